package vn.gov.quangninh.cooperation.commitment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select count(n) from Notification n where n.userAccountId = :userId and n.readAt is null")
    long countUnread(long userId);

    @Query("""
            select new vn.gov.quangninh.cooperation.commitment.NotificationRow(
                n.id, r.kind, c.id, c.code, c.titleVi, r.dueDate, r.createdAt, n.readAt)
            from Notification n join n.reminder r join r.commitment c
            where n.userAccountId = :userId
            order by r.createdAt desc, n.id desc""")
    List<NotificationRow> findRows(long userId, Pageable page);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.userAccountId = :userId and n.readAt is null")
    int markAllRead(long userId, Instant at);
}
