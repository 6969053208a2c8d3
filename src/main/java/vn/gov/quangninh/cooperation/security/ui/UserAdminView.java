package vn.gov.quangninh.cooperation.security.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import vn.gov.quangninh.cooperation.base.text.SearchText;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.DepartmentService;
import vn.gov.quangninh.cooperation.security.UserAccountRow;
import vn.gov.quangninh.cooperation.security.UserAccountService;

/** The administrator's list of accounts: create, change roles and department, disable, reset a password. */
@Route("admin/users")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 90, icon = "vaadin:users", title = "nav.admin.users")
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final DepartmentService departments;
    private final Grid<UserAccountRow> grid = new Grid<>();
    private final TextField filter = new TextField();
    private ListDataProvider<UserAccountRow> rows;

    UserAdminView(UserAccountService accounts, DepartmentService departments) {
        this.accounts = accounts;
        this.departments = departments;
        setSizeFull();

        filter.setPlaceholder(getTranslation("account.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(change -> applyFilter());
        var create = new Button(getTranslation("account.create"), VaadinIcon.PLUS.create(), click -> open(null));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("create-account");
        var toolbar = new HorizontalLayout(filter, create);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, filter);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(UserAccountRow::username)
                .setHeader(getTranslation("account.username"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(UserAccountRow::fullName)
                .setHeader(getTranslation("account.full-name"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(row -> row.department() == null ? "" : row.department().in(getLocale()))
                .setHeader(getTranslation("account.department"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.roles().stream()
                        .map(role -> getTranslation("role." + role))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("account.roles"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("account.status"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> open(click.getItem().id()));
        grid.setSizeFull();

        add(toolbar, grid);
        refresh();
    }

    private HorizontalLayout status(UserAccountRow row) {
        var status = new HorizontalLayout();
        status.setSpacing(false);
        status.addClassName("badges");
        var enabled = new Badge(getTranslation(row.enabled() ? "account.enabled" : "account.disabled"));
        enabled.addThemeVariants(row.enabled() ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
        status.add(enabled);
        if (row.mustChangePassword()) {
            var temporary = new Badge(getTranslation("account.must-change-password"));
            temporary.addThemeVariants(BadgeVariant.WARNING);
            status.add(temporary);
        }
        return status;
    }

    private void open(Long id) {
        var draft = id == null ? null : accounts.edit(id);
        new UserAccountDialog(accounts, departments.listActive(), draft, this::refresh).open();
    }

    private void refresh() {
        rows = new ListDataProvider<>(accounts.list());
        grid.setItems(rows);
        applyFilter();
    }

    private void applyFilter() {
        var query = SearchText.fold(filter.getValue());
        rows.setFilter(row -> query.isEmpty()
                || SearchText.index(500, row.username(), row.fullName()).contains(query));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.users");
    }
}
