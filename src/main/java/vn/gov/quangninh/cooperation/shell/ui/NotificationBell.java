package vn.gov.quangninh.cooperation.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.gov.quangninh.cooperation.commitment.NotificationService;

/** The bell in the top bar: how many deadline reminders the user has not read, and the way to them. */
class NotificationBell extends Anchor {

    private final NotificationService notifications;
    private final Span count = new Span();

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setHref("notifications");
        setId("notification-bell");
        addClassName("notification-bell");
        count.addClassName("notification-count");
        add(VaadinIcon.BELL_O.create(), count);
    }

    /** Reads the count again; the layout calls it after every navigation. */
    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        var label = getTranslation("notification.bell", unread);
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }
}
