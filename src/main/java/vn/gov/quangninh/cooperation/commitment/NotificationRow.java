package vn.gov.quangninh.cooperation.commitment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of a user's notification list. */
public record NotificationRow(
        long id,
        ReminderKind kind,
        long commitmentId,
        String code,
        String titleVi,
        LocalDate dueDate,
        Instant createdAt,
        @Nullable Instant readAt)
        implements Serializable {

    public boolean isRead() {
        return readAt != null;
    }
}
