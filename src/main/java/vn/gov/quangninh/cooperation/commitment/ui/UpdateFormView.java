package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.DatePickers;
import vn.gov.quangninh.cooperation.base.ui.DocumentsPanel;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.base.ui.FormButtons;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.base.ui.SaveConflicts;
import vn.gov.quangninh.cooperation.base.ui.UnsavedChanges;
import vn.gov.quangninh.cooperation.commitment.CommitmentDetails;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.commitment.ProgressUpdate;
import vn.gov.quangninh.cooperation.commitment.UpdateDraft;
import vn.gov.quangninh.cooperation.security.AppRoles;

/**
 * A progress update on a commitment: what was done as of a day, the completion level it proposes,
 * the evidence, blockers and next steps. Saved as a draft (evidence files need a saved draft), then
 * submitted to the managers.
 */
@Route("commitments/:id([0-9]+)/updates/new")
@RouteAlias("commitments/:id([0-9]+)/updates/:updateId([0-9]+)")
@RolesAllowed({AppRoles.STAFF, AppRoles.MANAGER, AppRoles.ADMIN})
public class UpdateFormView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CommitmentService commitments;
    private final BeanValidationBinder<UpdateDraft> binder = new BeanValidationBinder<>(UpdateDraft.class);
    private final FieldErrors errors = new FieldErrors(this);
    private final SaveConflicts<UpdateDraft> saving = conflicts();
    private final Div context = new Div();
    private final Div evidenceSection = new Div();
    private UpdateDraft draft = new UpdateDraft();

    final DatePicker asOfDate = DatePickers.create("");
    final RadioButtonGroup<CompletionLevel> proposedLevel = new RadioButtonGroup<>();
    final TextArea narrativeVi = new TextArea();
    final TextArea narrativeZh = new TextArea();
    final TextField letterNumber = new TextField();
    final DatePicker letterDate = DatePickers.create("");
    final TextField link = new TextField();
    final TextArea blockers = new TextArea();
    final TextArea nextSteps = new TextArea();
    final PartiesField partyStatuses;
    final Button saveDraft = new Button();
    final Button submit = new Button();

    UpdateFormView(CommitmentService commitments) {
        this.commitments = commitments;
        this.partyStatuses = new PartiesField(getTranslation("update.party-statuses"), false);
        addClassName("form-view");
        configureFields();
        bind();
        evidenceSection.addClassName("section");
        add(context, form(), evidenceSection, buttons());
    }

    public static RouteParameters params(long commitmentId, @Nullable Long updateId) {
        var commitment = new RouteParam("id", String.valueOf(commitmentId));
        return updateId == null
                ? new RouteParameters(commitment)
                : new RouteParameters(commitment, new RouteParam("updateId", String.valueOf(updateId)));
    }

    private void configureFields() {
        asOfDate.setLabel(getTranslation("update.as-of"));
        asOfDate.setId("as-of-date");
        proposedLevel.setLabel(getTranslation("update.proposed-level"));
        proposedLevel.setItems(CompletionLevel.PROPOSABLE);
        proposedLevel.setItemLabelGenerator(level -> getTranslation(level.labelKey()));
        proposedLevel.setHelperText(getTranslation("update.proposed-level.helper"));
        proposedLevel.setId("proposed-level");
        narrativeVi.setLabel(getTranslation("update.narrative-vi"));
        narrativeVi.setMaxLength(ProgressUpdate.NARRATIVE_LENGTH);
        narrativeVi.setId("narrative-vi");
        narrativeVi.setRequiredIndicatorVisible(true);
        narrativeZh.setLabel(getTranslation("update.narrative-zh"));
        narrativeZh.setMaxLength(ProgressUpdate.NARRATIVE_LENGTH);
        narrativeZh.getElement().setAttribute("lang", "zh");
        letterNumber.setLabel(getTranslation("update.letter-number"));
        letterNumber.setPlaceholder(getTranslation("update.letter-number.placeholder"));
        letterNumber.setMaxLength(ProgressUpdate.LETTER_LENGTH);
        letterNumber.setId("letter-number");
        letterDate.setLabel(getTranslation("update.letter-date"));
        letterDate.setId("letter-date");
        link.setLabel(getTranslation("update.link"));
        link.setPlaceholder("https://");
        link.setMaxLength(ProgressUpdate.LINK_LENGTH);
        link.setId("update-link");
        blockers.setLabel(getTranslation("update.blockers"));
        blockers.setMaxLength(ProgressUpdate.NOTE_LENGTH);
        nextSteps.setLabel(getTranslation("update.next-steps"));
        nextSteps.setMaxLength(ProgressUpdate.NOTE_LENGTH);
        errors.add("asOfDate", asOfDate)
                .add("narrativeVi", narrativeVi)
                .add("proposedLevel", proposedLevel)
                .add("link", link)
                .add("partyStatuses", partyStatuses);
    }

    /** What the user sees side by side when someone else saved the update meanwhile. */
    private SaveConflicts<UpdateDraft> conflicts() {
        return SaveConflicts.bound(
                        this, errors, binder, () -> commitments.editUpdate(draft.getId()), theirs -> draft = theirs)
                .compare("update.as-of", UpdateDraft::getAsOfDate)
                .compareAs(
                        "update.proposed-level",
                        UpdateDraft::getProposedLevel,
                        level -> getTranslation(level.labelKey()))
                .compare("update.narrative-vi", UpdateDraft::getNarrativeVi)
                .compare("update.narrative-zh", UpdateDraft::getNarrativeZh)
                .compareAll(
                        "update.party-statuses",
                        UpdateDraft::getPartyStatuses,
                        party -> getTranslation(party.party().labelKey()) + ": "
                                + getTranslation(party.status().labelKey()))
                .compare("update.letter-number", UpdateDraft::getLetterNumber)
                .compare("update.letter-date", UpdateDraft::getLetterDate)
                .compare("update.link", UpdateDraft::getLink)
                .compare("update.blockers", UpdateDraft::getBlockers)
                .compare("update.next-steps", UpdateDraft::getNextSteps);
    }

    private void bind() {
        binder.forField(link)
                .withValidator(
                        value -> value.isBlank() || value.strip().matches("(?i)https?://\\S+"),
                        getTranslation("update.link.invalid"))
                .bind("link");
        binder.bindInstanceFields(this);
    }

    private Component form() {
        var form = new FormLayout(
                asOfDate,
                proposedLevel,
                narrativeVi,
                narrativeZh,
                partyStatuses,
                letterNumber,
                letterDate,
                link,
                blockers,
                nextSteps);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        for (var wide : List.<Component>of(proposedLevel, narrativeVi, narrativeZh, partyStatuses, link)) {
            form.setColspan(wide, 2);
        }
        return form;
    }

    private Component buttons() {
        saveDraft.setText(getTranslation("update.save-draft"));
        saveDraft.setId("save-update");
        saveDraft.addClickListener(click -> save(commitments::saveUpdate).ifPresent(this::saved));
        submit.setText(getTranslation("update.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("submit-update");
        submit.addClickListener(click -> save(commitments::submitUpdate).ifPresent(id -> {
            Notifications.success(getTranslation("update.submitted"));
            leave();
        }));
        return new FormButtons(submit, saveDraft, new Button(getTranslation("action.cancel"), click -> leave()));
    }

    /** Writes the form and hands it to the service; refusals go next to their fields, nothing typed is lost. */
    private Optional<Long> save(ToLongFunction<UpdateDraft> action) {
        return saving.writeAndSave(binder, draft, () -> action.applyAsLong(draft));
    }

    /** A saved draft stays open, under its own address, so evidence files can be attached to it. */
    private void saved(long id) {
        Notifications.success(getTranslation("update.saved"));
        if (draft.isNew()) {
            UI.getCurrent().navigate(UpdateFormView.class, params(draft.getCommitmentId(), id));
        } else {
            draft = commitments.editUpdate(id);
            binder.readBean(draft);
        }
    }

    private void leave() {
        UI.getCurrent().navigate(CommitmentView.class, CommitmentView.params(draft.getCommitmentId()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var commitmentId = event.getRouteParameters().getLong("id").orElseThrow();
        var updateId = event.getRouteParameters().getLong("updateId");
        CommitmentDetails commitment;
        try {
            commitment = commitments.get(commitmentId);
            draft = updateId.isPresent() ? commitments.editUpdate(updateId.get()) : commitments.newUpdate(commitmentId);
        } catch (RuleViolationException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (AccessDeniedException notTheirs) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        if (draft.getCommitmentId() != commitmentId) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        binder.readBean(draft);
        showContext(commitment);
        showEvidence();
    }

    private void showContext(CommitmentDetails details) {
        var code = new Span(details.code());
        code.addClassName("record-code");
        var title = new H2(details.titleVi());
        context.removeAll();
        context.add(code, title);
        context.addClassName("record-header");
    }

    private void showEvidence() {
        evidenceSection.removeAll();
        if (draft.isNew()) {
            evidenceSection.add(
                    new H3(getTranslation("update.evidence-files")),
                    new Paragraph(getTranslation("update.evidence.save-first")));
        } else {
            evidenceSection.add(new DocumentsPanel(
                    "update.evidence-files", new EvidenceDocuments(commitments, draft.getId()), true));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (binder.hasChanges()) {
            UnsavedChanges.confirmLeaving(event, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(draft.isNew() ? "update.new" : "update.edit");
    }
}
