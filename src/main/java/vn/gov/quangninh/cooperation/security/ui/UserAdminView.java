package vn.gov.quangninh.cooperation.security.ui;

import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.quangninh.cooperation.base.text.SearchText;
import vn.gov.quangninh.cooperation.base.text.VietnameseCollation;
import vn.gov.quangninh.cooperation.base.ui.BadgeLook;
import vn.gov.quangninh.cooperation.base.ui.ClickOrEnter;
import vn.gov.quangninh.cooperation.base.ui.CodeCells;
import vn.gov.quangninh.cooperation.base.ui.FilterBar;
import vn.gov.quangninh.cooperation.base.ui.NarrowScreens;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.DepartmentService;
import vn.gov.quangninh.cooperation.security.UserAccountRow;
import vn.gov.quangninh.cooperation.security.UserAccountService;

/** The administrator's list of accounts: create, change roles and department, disable, reset a password. */
@Route("admin/users")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 90, icon = "vaadin:users", title = "nav.admin.users")
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final BadgeLook ENABLED = new BadgeLook("account.enabled", List.of(BadgeVariant.SUCCESS), "");
    private static final BadgeLook DISABLED = new BadgeLook("account.disabled", List.of(BadgeVariant.ERROR), "");
    private static final BadgeLook MUST_CHANGE_PASSWORD =
            new BadgeLook("account.must-change-password", List.of(BadgeVariant.WARNING), "");

    private final UserAccountService accounts;
    private final DepartmentService departments;
    private final Grid<UserAccountRow> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Span total = new Span();
    private GridListDataView<UserAccountRow> rows;

    UserAdminView(UserAccountService accounts, DepartmentService departments) {
        this.accounts = accounts;
        this.departments = departments;
        addClassName("list-view");
        setSizeFull();

        FilterBar.search(filter, getTranslation("account.filter"));
        filter.addValueChangeListener(change -> applyFilter());
        var create = new Button(getTranslation("account.create"), VaadinIcon.PLUS.create(), click -> open(null));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("create-account");
        var header = new Div(total, create);
        header.addClassName("list-header");

        configureGrid();
        add(new FilterBar(filter), header, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void configureGrid() {
        new CodeCells<>(UserAccountRow::username, this::status, row -> null)
                .addColumn(grid)
                .setHeader(getTranslation("account.username"))
                .setComparator(UserAccountRow::username)
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(NarrowScreens.withAsides(
                        UserAccountRow::fullName,
                        new NarrowScreens.Aside<>("department", this::department),
                        new NarrowScreens.Aside<>("roles", this::roles)))
                .setHeader(getTranslation("account.full-name"))
                .setComparator(UserAdminView::byGivenName)
                .setWidth("10rem")
                .setFlexGrow(2);
        var department = grid.addColumn(this::department)
                .setHeader(getTranslation("account.department"))
                .setKey("department")
                .setWidth("11rem")
                .setFlexGrow(1);
        var roles = grid.addColumn(this::roles)
                .setHeader(getTranslation("account.roles"))
                .setKey("roles")
                .setWidth("10rem")
                .setFlexGrow(1);
        // On a phone the account and its holder's name; the department and roles under the name.
        NarrowScreens.hide(grid, roles, department);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        ClickOrEnter.opens(grid, row -> open(row.id()));
    }

    private List<BadgeLook.Label> status(UserAccountRow row) {
        var looks = row.mustChangePassword()
                ? List.of(row.enabled() ? ENABLED : DISABLED, MUST_CHANGE_PASSWORD)
                : List.of(row.enabled() ? ENABLED : DISABLED);
        return looks.stream().map(look -> look.in(this::getTranslation)).toList();
    }

    private String department(UserAccountRow row) {
        return row.department() == null ? "" : row.department().in(getLocale());
    }

    private String roles(UserAccountRow row) {
        return row.roles().stream()
                .map(role -> getTranslation("role." + role))
                .sorted(Comparator.comparing(VietnameseCollation::sortKey))
                .collect(Collectors.joining(", "));
    }

    /** Vietnamese lists of people go by the given name, the last word, then the rest. */
    private static String byGivenName(UserAccountRow row) {
        var name = row.fullName().strip();
        var given = name.substring(name.lastIndexOf(' ') + 1);
        return VietnameseCollation.sortKey(given) + "\u0000" + VietnameseCollation.sortKey(name);
    }

    private void open(Long id) {
        var draft = id == null ? null : accounts.edit(id);
        new UserAccountDialog(accounts, departments.listActive(), draft, this::refresh).open();
    }

    private void refresh() {
        rows = grid.setItems(accounts.list());
        applyFilter();
    }

    private void applyFilter() {
        var query = SearchText.fold(filter.getValue());
        rows.setFilter(row -> query.isEmpty()
                || SearchText.index(500, row.username(), row.fullName()).contains(query));
        total.setText(getTranslation("account.count", rows.getItemCount()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.users");
    }
}
