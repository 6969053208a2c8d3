package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.DatePickers;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.base.ui.FormButtons;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.base.ui.SaveConflicts;
import vn.gov.quangninh.cooperation.base.ui.UnsavedChanges;
import vn.gov.quangninh.cooperation.base.ui.UrlState;
import vn.gov.quangninh.cooperation.commitment.Commitment;
import vn.gov.quangninh.cooperation.commitment.CommitmentDraft;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.Priority;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.DepartmentOption;
import vn.gov.quangninh.cooperation.security.DepartmentService;

/**
 * Records a commitment from its source, a minutes clause ({@code ?clause=}) or an agreement
 * ({@code ?agreement=}), or changes one ({@code commitments/{id}/edit}). The source is fixed once made.
 */
@Route("commitments/new")
@RouteAlias("commitments/:id([0-9]+)/edit")
@RolesAllowed({AppRoles.STAFF, AppRoles.MANAGER, AppRoles.ADMIN})
public class CommitmentFormView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CommitmentService commitments;
    private final BeanValidationBinder<CommitmentDraft> binder = new BeanValidationBinder<>(CommitmentDraft.class);
    private final FieldErrors errors = new FieldErrors(this);
    private final SaveConflicts<CommitmentDraft> saving = conflicts();
    private final Span source = new Span();
    private CommitmentDraft draft = new CommitmentDraft();

    final TextArea titleVi = new TextArea();
    final TextArea titleZh = new TextArea();
    final TextArea description = new TextArea();
    final Select<CooperationField> field = new Select<>();
    final PartiesField parties;
    final ComboBox<DepartmentOption> leadDepartment = new ComboBox<>();
    final MultiSelectComboBox<DepartmentOption> supportingDepartments = new MultiSelectComboBox<>();
    final TextField counterpartAgency = new TextField();
    final Checkbox ongoing = new Checkbox();
    final DatePicker dueDate = DatePickers.create("");
    final IntegerField reviewIntervalMonths = new IntegerField();
    final RadioButtonGroup<Priority> priority = new RadioButtonGroup<>();
    final Button save = new Button();

    CommitmentFormView(CommitmentService commitments, DepartmentService departments) {
        this.commitments = commitments;
        this.parties = new PartiesField(getTranslation("commitment.parties"), true);
        addClassName("form-view");
        configureFields(departments.list());
        binder.bindInstanceFields(this);
        source.addClassName("record-code");
        source.setId("commitment-source-label");
        add(source, form(), buttons());
    }

    private void configureFields(List<DepartmentOption> departmentOptions) {
        titleVi.setLabel(getTranslation("commitment.title-vi"));
        titleVi.setMaxLength(Commitment.TITLE_LENGTH);
        titleVi.setId("title-vi");
        titleVi.setRequiredIndicatorVisible(true);
        titleZh.setLabel(getTranslation("commitment.title-zh"));
        titleZh.setMaxLength(Commitment.TITLE_LENGTH);
        titleZh.getElement().setAttribute("lang", "zh");
        description.setLabel(getTranslation("commitment.description"));
        description.setMaxLength(Commitment.DESCRIPTION_LENGTH);
        field.setLabel(getTranslation("commitment.field"));
        field.setItems(CooperationField.values());
        field.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        field.setEmptySelectionAllowed(true);
        leadDepartment.setLabel(getTranslation("commitment.lead"));
        leadDepartment.setItems(departmentOptions);
        leadDepartment.setItemLabelGenerator(option -> option.label(getLocale()));
        leadDepartment.setId("lead-department");
        supportingDepartments.setLabel(getTranslation("commitment.supporting"));
        supportingDepartments.setItems(departmentOptions);
        supportingDepartments.setItemLabelGenerator(option -> option.label(getLocale()));
        counterpartAgency.setLabel(getTranslation("commitment.counterpart-agency"));
        counterpartAgency.setMaxLength(Commitment.AGENCY_LENGTH);
        ongoing.setLabel(getTranslation("commitment.ongoing.label"));
        ongoing.addValueChangeListener(change -> showDeadlineFields(change.getValue()));
        ongoing.setId("ongoing");
        dueDate.setLabel(getTranslation("commitment.due"));
        dueDate.setId("due-date");
        reviewIntervalMonths.setLabel(getTranslation("commitment.review-interval"));
        reviewIntervalMonths.setSuffixComponent(new Span(getTranslation("commitment.months")));
        reviewIntervalMonths.setMin(1);
        reviewIntervalMonths.setMax(60);
        reviewIntervalMonths.setStepButtonsVisible(true);
        priority.setLabel(getTranslation("commitment.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        errors.add("titleVi", titleVi)
                .add("parties", parties)
                .add("leadDepartment", leadDepartment)
                .add("dueDate", dueDate)
                .add("reviewIntervalMonths", reviewIntervalMonths);
    }

    private void showDeadlineFields(boolean isOngoing) {
        dueDate.setVisible(!isOngoing);
        reviewIntervalMonths.setVisible(isOngoing);
    }

    private Component form() {
        var form = new FormLayout(
                titleVi,
                titleZh,
                description,
                field,
                priority,
                parties,
                leadDepartment,
                supportingDepartments,
                counterpartAgency,
                ongoing,
                dueDate,
                reviewIntervalMonths);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        for (var wide : List.<Component>of(titleVi, titleZh, description, parties, counterpartAgency)) {
            form.setColspan(wide, 2);
        }
        return form;
    }

    /** What the user sees side by side when someone else saved the commitment meanwhile. */
    private SaveConflicts<CommitmentDraft> conflicts() {
        return SaveConflicts.bound(
                        this, errors, binder, () -> commitments.edit(draft.getId()), theirs -> draft = theirs)
                .compare("commitment.title-vi", CommitmentDraft::getTitleVi)
                .compare("commitment.title-zh", CommitmentDraft::getTitleZh)
                .compare("commitment.description", CommitmentDraft::getDescription)
                .compareAs("commitment.field", CommitmentDraft::getField, value -> getTranslation(value.labelKey()))
                .compareAll(
                        "commitment.parties",
                        CommitmentDraft::getParties,
                        party -> getTranslation(party.party().labelKey()) + ": "
                                + getTranslation(party.status().labelKey()))
                .compareAs("commitment.lead", CommitmentDraft::getLeadDepartment, value -> value.label(getLocale()))
                .compareAll(
                        "commitment.supporting",
                        CommitmentDraft::getSupportingDepartments,
                        value -> value.label(getLocale()))
                .compare("commitment.counterpart-agency", CommitmentDraft::getCounterpartAgency)
                .compare("commitment.due", CommitmentDraft::getDueDate)
                .compare("commitment.review-interval", CommitmentDraft::getReviewIntervalMonths)
                .compareAs(
                        "commitment.priority", CommitmentDraft::getPriority, value -> getTranslation(value.labelKey()));
    }

    private Component buttons() {
        return FormButtons.saveOrCancel(save, "save-commitment", this::save, this::leave);
    }

    private void save() {
        saving.writeAndSave(binder, draft, () -> draft.isNew() ? commitments.create(draft) : update())
                .ifPresent(id -> {
                    Notifications.success(getTranslation("commitment.saved"));
                    UI.getCurrent().navigate(CommitmentView.class, CommitmentView.params(id));
                });
    }

    private long update() {
        commitments.update(draft);
        return draft.getId();
    }

    private void leave() {
        if (draft.isNew()) {
            UI.getCurrent().getPage().getHistory().back();
        } else {
            UI.getCurrent().navigate(CommitmentView.class, CommitmentView.params(draft.getId()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        var url = UrlState.of(event.getLocation());
        try {
            if (id.isPresent()) {
                draft = commitments.edit(id.get());
            } else if (url.getLong("clause").isPresent()) {
                draft = commitments.draftFromClause(url.getLong("clause").get());
            } else if (url.getLong("agreement").isPresent()) {
                draft = commitments.draftFromAgreement(url.getLong("agreement").get());
            } else {
                event.forwardTo(CommitmentsView.class);
                return;
            }
        } catch (RuleViolationException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (AccessDeniedException notTheirs) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        binder.readBean(draft);
        showDeadlineFields(draft.isOngoing());
        source.setText(
                getTranslation(draft.isNew() ? "commitment.from" : "commitment.editing", draft.getSourceLabel()));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (binder.hasChanges()) {
            UnsavedChanges.confirmLeaving(event, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(draft.isNew() ? "commitment.create" : "commitment.edit");
    }
}
