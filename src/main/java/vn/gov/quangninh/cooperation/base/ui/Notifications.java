package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short, consistent feedback after an action. Texts are already translated by the caller. */
public final class Notifications {

    private static final int SUCCESS_MILLIS = 3000;
    private static final int ERROR_MILLIS = 8000;

    private Notifications() {}

    public static Notification success(String text) {
        return show(text, SUCCESS_MILLIS, NotificationVariant.SUCCESS);
    }

    public static Notification error(String text) {
        return show(text, ERROR_MILLIS, NotificationVariant.ERROR);
    }

    private static Notification show(String text, int millis, NotificationVariant variant) {
        var notification = Notification.show(text, millis, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        return notification;
    }
}
