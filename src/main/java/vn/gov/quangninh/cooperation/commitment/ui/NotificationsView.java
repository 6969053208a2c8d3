package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.commitment.NotificationRow;
import vn.gov.quangninh.cooperation.commitment.NotificationService;

/**
 * The user's deadline reminders, newest first; the ones not seen before stand out, and opening the
 * list counts as reading them.
 */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationService notifications;
    private final UnorderedList list = new UnorderedList();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notifications-view");
        list.addClassName("notification-list");
        list.setId("notifications");
        add(new Paragraph(getTranslation("notification.explanation")), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.removeAll();
        var rows = notifications.latest();
        if (rows.isEmpty()) {
            list.add(new ListItem(getTranslation("notification.none")));
        }
        rows.forEach(row -> list.add(item(row)));
        notifications.markAllRead();
    }

    private ListItem item(NotificationRow row) {
        var kind = new Span(getTranslation(row.kind().labelKey()));
        kind.addClassNames("notification-kind", "reminder-" + row.kind().name().toLowerCase(Locale.ROOT));
        var when = new Span(Formats.dateTime(row.createdAt()));
        when.addClassName("notification-when");
        var head = new Div(kind, when);
        head.addClassName("notification-head");
        var link = new RouterLink(
                row.code() + " · " + row.titleVi(), CommitmentView.class, CommitmentView.params(row.commitmentId()));
        var due = new Span(getTranslation("notification.due", Formats.date(row.dueDate())));
        due.addClassName("notification-due");
        var item = new ListItem(head, link, due);
        item.addClassName(row.isRead() ? "notification-read" : "notification-unread");
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
