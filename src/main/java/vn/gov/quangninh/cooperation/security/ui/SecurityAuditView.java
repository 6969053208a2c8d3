package vn.gov.quangninh.cooperation.security.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.gov.quangninh.cooperation.base.ui.DatePickers;
import vn.gov.quangninh.cooperation.base.ui.FilterBar;
import vn.gov.quangninh.cooperation.base.ui.NarrowScreens;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.SecurityEvent;
import vn.gov.quangninh.cooperation.security.SecurityEventCriteria;
import vn.gov.quangninh.cooperation.security.SecurityEventService;
import vn.gov.quangninh.cooperation.security.SecurityEventType;

/**
 * The security audit log for administrators: newest first, filtered by event type, user, days and
 * free text, loaded page by page from the database as the grid scrolls.
 */
@Route("admin/audit")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 92, icon = "vaadin:clipboard-text", title = "nav.admin.audit")
public class SecurityAuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    final ComboBox<SecurityEventType> type = new ComboBox<>();
    final TextField username = new TextField();
    final DatePicker from = DatePickers.create("");
    final DatePicker to = DatePickers.create("");
    final TextField text = new TextField();
    final Grid<SecurityEvent> grid = new Grid<>();

    SecurityAuditView(SecurityEventService events, Clock clock) {
        addClassName("list-view");
        setSizeFull();
        FilterBar.search(text, getTranslation("audit.text"));
        FilterBar.named(type, getTranslation("audit.type"));
        type.setItems(SecurityEventType.values());
        type.setItemLabelGenerator(this::label);
        type.setClearButtonVisible(true);
        FilterBar.named(username, getTranslation("audit.username"));
        username.setValueChangeMode(ValueChangeMode.LAZY);
        username.setClearButtonVisible(true);
        FilterBar.named(from, getTranslation("audit.from"));
        FilterBar.named(to, getTranslation("audit.to"));
        from.addValueChangeListener(change -> to.setMin(change.getValue()));

        var zone = TIME.withZone(clock.getZone());
        var time = grid.addColumn(NarrowScreens.withAsides(
                        event -> zone.format(event.getOccurredAt()),
                        new NarrowScreens.Aside<>("username", SecurityEvent::getUsername)))
                .setHeader(getTranslation("audit.time"))
                .setSortProperty("occurredAt")
                .setWidth("11.5rem")
                .setFlexGrow(0);
        var typeColumn = grid.addColumn(event -> label(event.getType()))
                .setHeader(getTranslation("audit.type"))
                .setSortProperty("type")
                .setWidth("10rem")
                .setFlexGrow(0);
        var usernameColumn = grid.addColumn(SecurityEvent::getUsername)
                .setHeader(getTranslation("audit.username"))
                .setSortProperty("username")
                .setKey("username")
                .setWidth("9rem")
                .setFlexGrow(0);
        var addressColumn = grid.addColumn(SecurityEvent::getRemoteAddress)
                .setHeader(getTranslation("audit.address"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(event -> event.getAuditDetail()
                        .map(detail -> detail.in(this::getTranslation))
                        .orElse(event.getDetail()))
                .setHeader(getTranslation("audit.detail"))
                .setWidth("10rem")
                .setFlexGrow(1);
        // The detail takes the room the others leave, and wraps: it is the longest, and in
        // Vietnamese longer still ("vai trò của …: [STAFF] → [MANAGER]"). Short of room, the
        // address steps aside, then the type (the detail says what happened), and on a phone the
        // username, under the time.
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addClassName("audit-log");
        NarrowScreens.hide(grid, addressColumn, typeColumn, usernameColumn);
        grid.setItemsPageable(page -> events.search(criteria(), page));
        grid.sort(List.of(new GridSortOrder<>(time, SortDirection.DESCENDING)));

        List<HasValue<?, ?>> fields = List.of(type, username, from, to, text);
        fields.forEach(field ->
                field.addValueChangeListener(change -> grid.getDataProvider().refreshAll()));
        add(new FilterBar(text, type, username, from, to), grid);
        setFlexGrow(1, grid);
    }

    private SecurityEventCriteria criteria() {
        return new SecurityEventCriteria(
                type.getValue(), username.getValue(), from.getValue(), to.getValue(), text.getValue());
    }

    private String label(SecurityEventType eventType) {
        return getTranslation("audit.type." + eventType.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.audit");
    }
}
