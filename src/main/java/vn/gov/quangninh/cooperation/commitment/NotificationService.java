package vn.gov.quangninh.cooperation.commitment;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.CurrentUser;

/** The signed-in user's deadline reminders: how many are unread, the latest ones, marking them read. */
@Service
@Transactional
public class NotificationService {

    /** How many notifications the list shows; older ones stay in the database. */
    public static final int SHOWN = 100;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countUnread(currentUser.require().getId());
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<NotificationRow> latest() {
        return notifications.findRows(currentUser.require().getId(), PageRequest.of(0, SHOWN));
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public void markAllRead() {
        notifications.markAllRead(currentUser.require().getId(), clock.instant());
    }
}
