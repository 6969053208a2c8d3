package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.AbstractEntity;

/** A reminder in one user's in-app list, read or not yet. */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    @Column(name = "user_account_id", nullable = false)
    private long userAccountId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reminder_id")
    private CommitmentReminder reminder;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {}

    Notification(long userAccountId, CommitmentReminder reminder) {
        this.userAccountId = userAccountId;
        this.reminder = reminder;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
