package vn.gov.quangninh.cooperation.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The audit log may only grow: this repository inserts and reads, and declares nothing that
 * updates or deletes ({@code SecurityEventRepositoryTest} keeps it so).
 */
interface SecurityEventRepository extends Repository<SecurityEvent, Long> {

    SecurityEvent save(SecurityEvent event);

    /**
     * Every filter is optional (null); {@code text} is a LIKE pattern on the folded search text, as
     * {@code SearchText.containsPattern} makes it. The escape character must be named: without it
     * Hibernate renders {@code escape ''}, and the escaped wildcards would match nothing.
     */
    @Query("""
            select e from SecurityEvent e
            where (:type is null or e.type = :type)
              and (:username is null or e.username = :username)
              and (:from is null or e.occurredAt >= :from)
              and (:until is null or e.occurredAt < :until)
              and (:text is null or e.searchText like :text escape '\\')
            """)
    Slice<SecurityEvent> search(
            @Param("type") @Nullable SecurityEventType type,
            @Param("username") @Nullable String username,
            @Param("from") @Nullable Instant from,
            @Param("until") @Nullable Instant until,
            @Param("text") @Nullable String text,
            Pageable pageable);
}
