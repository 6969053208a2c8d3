package vn.gov.quangninh.cooperation.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.text.SearchText;

/**
 * One line of the security audit log. Written once and never changed: no setters, and Hibernate
 * treats it as read-only. No version column either, since nothing ever updates it.
 */
@Entity
@Immutable
@Table(name = "security_event")
public class SecurityEvent {

    static final int USERNAME_LENGTH = 100;
    static final int ADDRESS_LENGTH = 45;
    static final int DETAIL_LENGTH = 500;
    private static final int SEARCH_TEXT_LENGTH = 700;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private SecurityEventType type;

    @Column(length = USERNAME_LENGTH)
    private @Nullable String username;

    @Column(name = "remote_address", length = ADDRESS_LENGTH)
    private @Nullable String remoteAddress;

    /** In English, as the application log has it; the whole detail of rows older than its key. */
    @Column(nullable = false, length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "detail_key", length = 60)
    private @Nullable String detailKey;

    @Column(name = "detail_values", length = DETAIL_LENGTH)
    private @Nullable String detailValues;

    /** Username, address and detail in both languages folded for diacritic-free search (DD002). */
    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_LENGTH)
    private String searchText;

    protected SecurityEvent() {}

    SecurityEvent(
            Instant occurredAt,
            SecurityEventType type,
            @Nullable String username,
            @Nullable String remoteAddress,
            AuditDetail detail,
            String english,
            String vietnamese) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.username = cut(username, USERNAME_LENGTH);
        this.remoteAddress = cut(remoteAddress, ADDRESS_LENGTH);
        this.detail = cut(english, DETAIL_LENGTH);
        this.detailKey = detail.key();
        this.detailValues = cut(detail.storedValues(), DETAIL_LENGTH);
        this.searchText =
                SearchText.index(SEARCH_TEXT_LENGTH, this.username, this.remoteAddress, this.detail, vietnamese);
    }

    private static @Nullable String cut(@Nullable String text, int maxLength) {
        return text == null || text.length() <= maxLength ? text : text.substring(0, maxLength);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventType getType() {
        return type;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public @Nullable String getRemoteAddress() {
        return remoteAddress;
    }

    /** The detail in English, as the application log has it. */
    public String getDetail() {
        return detail;
    }

    /** The detail to translate; none in rows written before details were (V19), only their English. */
    public Optional<AuditDetail> getAuditDetail() {
        return Optional.ofNullable(detailKey).map(key -> AuditDetail.stored(key, detailValues));
    }
}
