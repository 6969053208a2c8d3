package vn.gov.quangninh.cooperation.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.gov.quangninh.cooperation.agreement.Agreement;
import vn.gov.quangninh.cooperation.agreement.AgreementDraft;
import vn.gov.quangninh.cooperation.agreement.AgreementKind;
import vn.gov.quangninh.cooperation.agreement.AgreementLevel;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.AuthoritativeText;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.agreement.LocalityOption;
import vn.gov.quangninh.cooperation.agreement.LocalityService;
import vn.gov.quangninh.cooperation.base.ui.DatePickers;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.base.ui.FormButtons;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.base.ui.SaveConflicts;
import vn.gov.quangninh.cooperation.base.ui.UnsavedChanges;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.DepartmentOption;
import vn.gov.quangninh.cooperation.security.DepartmentService;

/**
 * Records a new agreement or changes one. Messages appear next to the fields in the user's language;
 * leaving with unsaved changes asks first.
 */
@Route("agreements/new")
@RouteAlias("agreements/:id([0-9]+)/edit")
@RolesAllowed({AppRoles.STAFF, AppRoles.MANAGER, AppRoles.ADMIN})
public class AgreementFormView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final AgreementService agreements;
    private final BeanValidationBinder<AgreementDraft> binder = new BeanValidationBinder<>(AgreementDraft.class);
    private final FieldErrors errors = new FieldErrors(this);
    private final SaveConflicts<AgreementDraft> saving;
    private AgreementDraft draft = new AgreementDraft();

    final TextField referenceCode = new TextField();
    final TextField titleVi = new TextField();
    final TextField titleZh = new TextField();
    final TextField titleEn = new TextField();
    final Select<AuthoritativeText> authoritativeText = new Select<>();
    final Select<AgreementKind> kind = new Select<>();
    final Select<AgreementLevel> level = new Select<>();
    final MultiSelectComboBox<LocalityOption> counterparts = new MultiSelectComboBox<>();
    final SignatoriesField signatories;
    final DatePicker signingDate = new DatePicker();
    final TextField signingPlace = new TextField();
    final DatePicker effectiveDate = new DatePicker();
    final DatePicker expiryDate = new DatePicker();
    final Checkbox indefinite = new Checkbox();
    final Checkbox autoRenewal = new Checkbox();
    final IntegerField noticePeriodDays = new IntegerField();
    final CheckboxGroup<CooperationField> fields = new CheckboxGroup<>();
    final ComboBox<DepartmentOption> leadDepartment = new ComboBox<>();
    final TextArea summary = new TextArea();
    final TextField mofaReference = new TextField();
    final DatePicker mofaDate = new DatePicker();
    final Button save = new Button();

    AgreementFormView(AgreementService agreements, LocalityService localities, DepartmentService departments) {
        this.agreements = agreements;
        this.signatories = new SignatoriesField(getTranslation("agreement.signatories"));
        addClassName("form-view");
        configureFields(localities.list(), departments.listActive());
        bind();
        saving = conflicts();
        add(form(), buttons());
    }

    /** What the user sees side by side when someone else saved the agreement meanwhile. */
    private SaveConflicts<AgreementDraft> conflicts() {
        return SaveConflicts.bound(this, errors, binder, () -> agreements.edit(draft.getId()), theirs -> draft = theirs)
                .compare("agreement.reference-code", AgreementDraft::getReferenceCode)
                .compare("agreement.title-vi", AgreementDraft::getTitleVi)
                .compare("agreement.title-zh", AgreementDraft::getTitleZh)
                .compare("agreement.title-en", AgreementDraft::getTitleEn)
                .compareAs("agreement.kind", AgreementDraft::getKind, value -> getTranslation(value.labelKey()))
                .compareAs("agreement.level", AgreementDraft::getLevel, value -> getTranslation(value.labelKey()))
                .compareAll("agreement.counterpart", AgreementDraft::getCounterparts, LocalityOption::label)
                .compare("agreement.signing-date", AgreementDraft::getSigningDate)
                .compare("agreement.signing-place", AgreementDraft::getSigningPlace)
                .compare("agreement.effective-date", AgreementDraft::getEffectiveDate)
                .compare("agreement.expiry-date", AgreementDraft::getExpiryDate)
                .compare("agreement.notice-period", AgreementDraft::getNoticePeriodDays)
                .compareAll("agreement.fields", AgreementDraft::getFields, value -> getTranslation(value.labelKey()))
                .compareAs(
                        "agreement.lead-department",
                        AgreementDraft::getLeadDepartment,
                        value -> value.label(getLocale()))
                .compare("agreement.summary", AgreementDraft::getSummary)
                .compare("agreement.mofa-reference", AgreementDraft::getMofaReference)
                .compare("agreement.mofa-date", AgreementDraft::getMofaDate);
    }

    private void configureFields(List<LocalityOption> localityOptions, List<DepartmentOption> departmentOptions) {
        label(referenceCode, "agreement.reference-code", Agreement.CODE_LENGTH);
        referenceCode.setHelperText(getTranslation("agreement.reference-code.helper"));
        label(titleVi, "agreement.title-vi", Agreement.TITLE_LENGTH);
        label(titleZh, "agreement.title-zh", Agreement.TITLE_LENGTH);
        titleZh.getElement().setAttribute("lang", "zh");
        label(titleEn, "agreement.title-en", Agreement.TITLE_LENGTH);
        authoritativeText.setLabel(getTranslation("agreement.authoritative-text"));
        authoritativeText.setItems(AuthoritativeText.values());
        authoritativeText.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        kind.setLabel(getTranslation("agreement.kind"));
        kind.setItems(AgreementKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        level.setLabel(getTranslation("agreement.level"));
        level.setItems(AgreementLevel.values());
        level.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        counterparts.setLabel(getTranslation("agreement.counterpart"));
        counterparts.setItems((option, filter) -> option.matches(filter), localityOptions);
        counterparts.setItemLabelGenerator(LocalityOption::label);
        counterparts.setHelperText(getTranslation("agreement.counterpart.helper"));
        for (var picker : List.of(signingDate, effectiveDate, expiryDate, mofaDate)) {
            DatePickers.localize(picker);
        }
        signingDate.setLabel(getTranslation("agreement.signing-date"));
        effectiveDate.setLabel(getTranslation("agreement.effective-date"));
        expiryDate.setLabel(getTranslation("agreement.expiry-date"));
        mofaDate.setLabel(getTranslation("agreement.mofa-date"));
        label(signingPlace, "agreement.signing-place", Agreement.PLACE_LENGTH);
        indefinite.setLabel(getTranslation("agreement.indefinite"));
        indefinite.addValueChangeListener(change -> {
            expiryDate.setEnabled(!change.getValue());
            if (change.getValue()) {
                expiryDate.clear();
            }
        });
        autoRenewal.setLabel(getTranslation("agreement.renewal.auto"));
        noticePeriodDays.setLabel(getTranslation("agreement.notice-period"));
        noticePeriodDays.setSuffixComponent(new Div(getTranslation("agreement.days")));
        noticePeriodDays.setMin(0);
        noticePeriodDays.setMax(3650);
        fields.setLabel(getTranslation("agreement.fields"));
        fields.setItems(CooperationField.values());
        fields.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        fields.addClassName("field-choices");
        leadDepartment.setLabel(getTranslation("agreement.lead-department"));
        leadDepartment.setItems(departmentOptions);
        leadDepartment.setItemLabelGenerator(option -> option.label(getLocale()));
        summary.setLabel(getTranslation("agreement.summary"));
        summary.setMaxLength(Agreement.SUMMARY_LENGTH);
        label(mofaReference, "agreement.mofa-reference", Agreement.REFERENCE_LENGTH);
        mofaReference.setHelperText(getTranslation("agreement.mofa.helper"));
        kind.setId("kind");
        level.setId("level");
        counterparts.setId("counterparts");
        fields.setId("fields");
        leadDepartment.setId("lead-department");
        signingDate.setId("signing-date");
        errors.add("referenceCode", referenceCode)
                .add("counterparts", counterparts)
                .add("effectiveDate", effectiveDate)
                .add("expiryDate", expiryDate)
                .add("mofaDate", mofaDate);
    }

    private void label(TextField field, String key, int maxLength) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(maxLength);
        field.setId(key.substring(key.indexOf('.') + 1));
    }

    /** Date rules are checked as the user types, and again by the service. */
    private void bind() {
        var effective = binder.forField(effectiveDate)
                .withValidator((date, context) ->
                        date != null && signingDate.getValue() != null && date.isBefore(signingDate.getValue())
                                ? error("agreement.dates.effective-before-signing")
                                : ValidationResult.ok())
                .bind("effectiveDate");
        var expiry = binder.forField(expiryDate)
                .withValidator((date, context) -> {
                    var start = effectiveDate.getValue() != null ? effectiveDate.getValue() : signingDate.getValue();
                    return date != null && start != null && !date.isAfter(start)
                            ? error("agreement.dates.expiry-not-after-start")
                            : ValidationResult.ok();
                })
                .bind("expiryDate");
        var mofa = binder.forField(mofaDate)
                .withValidator((date, context) ->
                        date != null && signingDate.getValue() != null && date.isAfter(signingDate.getValue())
                                ? error("agreement.dates.mofa-after-signing")
                                : ValidationResult.ok())
                .bind("mofaDate");
        binder.bindInstanceFields(this);
        signingDate.addValueChangeListener(
                change -> List.of(effective, expiry, mofa).forEach(Binder.Binding::validate));
        effectiveDate.addValueChangeListener(change -> expiry.validate());
    }

    private ValidationResult error(String key) {
        return ValidationResult.error(getTranslation(key));
    }

    private Component form() {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.add(
                heading("agreement.section.identity"),
                referenceCode,
                kind,
                titleVi,
                titleZh,
                titleEn,
                authoritativeText,
                level,
                leadDepartment,
                counterparts,
                fields,
                heading("agreement.section.dates"),
                signingDate,
                signingPlace,
                effectiveDate,
                expiryDate,
                indefinite,
                autoRenewal,
                noticePeriodDays,
                mofaReference,
                mofaDate,
                heading("agreement.section.signatories"),
                signatories,
                heading("agreement.summary"),
                summary);
        // A section's heading has its line to itself: beside a field it read as that field's label.
        var wide = List.<Component>of(titleVi, titleZh, titleEn, counterparts, fields, signatories, summary);
        form.getChildren()
                .filter(child -> child instanceof H3 || wide.contains(child))
                .forEach(child -> form.setColspan(child, 2));
        return form;
    }

    private H3 heading(String key) {
        var heading = new H3(getTranslation(key));
        heading.addClassName("form-section");
        return heading;
    }

    private Component buttons() {
        return FormButtons.saveOrCancel(save, "save-agreement", this::save, this::leave);
    }

    private void save() {
        saving.writeAndSave(binder, draft, () -> draft.isNew() ? agreements.create(draft) : update())
                .ifPresent(id -> {
                    Notifications.success(getTranslation("agreement.saved", draft.getReferenceCode()));
                    UI.getCurrent().navigate(AgreementView.class, AgreementView.params(id));
                });
    }

    private long update() {
        agreements.update(draft);
        return draft.getId();
    }

    private void leave() {
        if (draft.isNew()) {
            UI.getCurrent().navigate(AgreementListView.class);
        } else {
            UI.getCurrent().navigate(AgreementView.class, AgreementView.params(draft.getId()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        draft = id.isPresent() ? agreements.edit(id.get()) : new AgreementDraft();
        binder.readBean(draft);
        referenceCode.focus();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (binder.hasChanges()) {
            UnsavedChanges.confirmLeaving(event, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(draft.isNew() ? "agreement.create" : "agreement.edit");
    }
}
