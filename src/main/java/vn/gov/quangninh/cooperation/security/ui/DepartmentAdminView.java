package vn.gov.quangninh.cooperation.security.ui;

import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.BadgeLook;
import vn.gov.quangninh.cooperation.base.ui.ClickOrEnter;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.base.ui.NarrowScreens;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.Department;
import vn.gov.quangninh.cooperation.security.DepartmentOption;
import vn.gov.quangninh.cooperation.security.DepartmentService;

/** The managed list of departments that users belong to and that own agreements and commitments. */
@Route("admin/departments")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 91, icon = "vaadin:building", title = "nav.admin.departments")
public class DepartmentAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final BadgeLook ACTIVE = new BadgeLook("department.active", List.of(BadgeVariant.SUCCESS), "");
    private static final BadgeLook RETIRED = new BadgeLook("department.retired", List.of(BadgeVariant.CONTRAST), "");

    private final DepartmentService departments;
    private final Grid<DepartmentOption> grid = new Grid<>();
    private final Span total = new Span();

    DepartmentAdminView(DepartmentService departments) {
        this.departments = departments;
        addClassName("list-view");
        setSizeFull();
        var create = new Button(getTranslation("department.create"), VaadinIcon.PLUS.create(), click -> open(null));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var header = new Div(total, create);
        header.addClassName("list-header");

        grid.addColumn(DepartmentOption::code)
                .setHeader(getTranslation("department.code"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(NarrowScreens.withAsides(
                        option -> option.name().vi(),
                        new NarrowScreens.Aside<>(
                                "status", option -> option.active() ? "" : getTranslation("department.retired"))))
                .setHeader(getTranslation("department.name-vi"))
                .setWidth("12rem")
                .setFlexGrow(2);
        var nameEn = grid.addColumn(option -> option.name().en())
                .setHeader(getTranslation("department.name-en"))
                .setWidth("12rem")
                .setFlexGrow(2);
        var status = grid.addColumn(
                        BadgeLook.cell(option -> (option.active() ? ACTIVE : RETIRED).in(this::getTranslation)))
                .setHeader(getTranslation("department.status"))
                .setKey("status")
                .setWidth("10rem")
                .setFlexGrow(0);
        // On a phone the code and the Vietnamese name, and under it whether the department is retired.
        NarrowScreens.hide(grid, nameEn, status);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        ClickOrEnter.opens(grid, this::open);
        add(header, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        var list = departments.list();
        grid.setItems(list);
        total.setText(getTranslation("department.count", list.size()));
    }

    private void open(@Nullable DepartmentOption existing) {
        var dialog = new Dialog(getTranslation(existing == null ? "department.create" : "department.edit"));
        dialog.setWidth("min(36rem, 100vw)");
        var code = new TextField(getTranslation("department.code"));
        code.setMaxLength(Department.CODE_LENGTH);
        code.setReadOnly(existing != null);
        code.setRequired(true);
        var nameVi = new TextField(getTranslation("department.name-vi"));
        nameVi.setMaxLength(Department.NAME_LENGTH);
        nameVi.setRequired(true);
        var nameEn = new TextField(getTranslation("department.name-en"));
        nameEn.setMaxLength(Department.NAME_LENGTH);
        var active = new Checkbox(getTranslation("department.active"), true);
        if (existing != null) {
            code.setValue(existing.code());
            nameVi.setValue(existing.name().vi());
            nameEn.setValue(existing.name().en() == null ? "" : existing.name().en());
            active.setValue(existing.active());
        }
        var errors = new FieldErrors(dialog).add("code", code);
        var form = new FormLayout(code, nameVi, nameEn, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        var save = new Button(getTranslation("action.save"), click -> {
            if (code.isEmpty() || nameVi.isEmpty()) {
                FieldErrors.mark(code.isEmpty() ? code : nameVi, getTranslation("validation.required"));
                return;
            }
            try {
                var saved = existing == null
                        ? departments.create(code.getValue(), nameVi.getValue(), nameEn.getValue())
                        : departments.rename(existing.id(), nameVi.getValue(), nameEn.getValue());
                departments.setActive(saved.id(), active.getValue());
            } catch (RuleViolationException violation) {
                errors.show(violation);
                return;
            }
            Notifications.success(getTranslation("department.saved"));
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.departments");
    }
}
