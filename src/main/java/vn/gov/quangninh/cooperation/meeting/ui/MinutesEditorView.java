package vn.gov.quangninh.cooperation.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.AgreementOption;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.Signatory;
import vn.gov.quangninh.cooperation.agreement.ui.SignatoriesField;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.base.ui.FormButtons;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.base.ui.SaveConflicts;
import vn.gov.quangninh.cooperation.base.ui.UnsavedChanges;
import vn.gov.quangninh.cooperation.meeting.ClauseDraft;
import vn.gov.quangninh.cooperation.meeting.ClauseRelation;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails.MinutesDetails;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.meeting.Minutes;
import vn.gov.quangninh.cooperation.meeting.MinutesDraft;
import vn.gov.quangninh.cooperation.meeting.MinutesKind;
import vn.gov.quangninh.cooperation.meeting.MinutesState;
import vn.gov.quangninh.cooperation.meeting.TextLanguage;
import vn.gov.quangninh.cooperation.security.AppRoles;

/**
 * Writing the minutes while the meeting is fresh: the header, then the clauses typed one after the
 * other (Enter starts the next). Saved as a draft at any time (Ctrl+S); if someone else saved
 * meanwhile, the save is refused and the text typed here stays on screen.
 */
@Route("meetings/:id([0-9]+)/minutes/:minutesId([0-9]+)")
@RolesAllowed({AppRoles.STAFF, AppRoles.MANAGER, AppRoles.ADMIN})
public class MinutesEditorView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final H2 title = new H2();
    final Select<MinutesKind> kind = new Select<>();
    final TextField documentNumber = new TextField();
    final TextField signingPlace = new TextField();
    final CheckboxGroup<TextLanguage> languages = new CheckboxGroup<>();
    final SignatoriesField signatories;
    final ClauseListEditor clauses;
    final Button save = new Button();
    private final SaveConflicts<MinutesDraft> saving = conflicts();
    private @Nullable MeetingDetails meeting;
    private @Nullable MinutesDetails minutes;
    /** The version of the minutes the text on screen is based on. */
    private long version;

    private boolean dirty;

    MinutesEditorView(MeetingService meetings, AgreementService agreements) {
        this.meetings = meetings;
        this.signatories = new SignatoriesField(getTranslation("minutes.signatories"));
        this.clauses = new ClauseListEditor(agreements, () -> dirty = true);
        addClassName("form-view");
        kind.setLabel(getTranslation("minutes.kind"));
        kind.setItems(MinutesKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        documentNumber.setLabel(getTranslation("minutes.number"));
        documentNumber.setMaxLength(Minutes.NUMBER_LENGTH);
        signingPlace.setLabel(getTranslation("minutes.signing-place"));
        signingPlace.setMaxLength(Minutes.PLACE_LENGTH);
        languages.setLabel(getTranslation("minutes.languages"));
        languages.setItems(TextLanguage.values());
        languages.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        kind.addValueChangeListener(change -> markDirty(change.isFromClient()));
        documentNumber.addValueChangeListener(change -> markDirty(change.isFromClient()));
        signingPlace.addValueChangeListener(change -> markDirty(change.isFromClient()));
        languages.addValueChangeListener(change -> markDirty(change.isFromClient()));
        signatories.addValueChangeListener(change -> markDirty(change.isFromClient()));

        var header = new FormLayout(kind, documentNumber, signingPlace, languages, signatories);
        header.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        header.setColspan(signatories, 3);
        var help = new Paragraph(getTranslation("clause.editor.help"));
        help.addClassName("hint");
        add(title, header, new H3(getTranslation("minutes.clauses")), help, clauses, addClauseButton(), buttons());
    }

    /** What the user sees side by side when someone else saved the minutes meanwhile. */
    private SaveConflicts<MinutesDraft> conflicts() {
        return new SaveConflicts<MinutesDraft>(
                        this,
                        new FieldErrors(this),
                        () -> draftOf(find(meetings.get(meeting.id()), minutes.id())),
                        theirs -> load(meeting.id(), minutes.id()),
                        theirs -> version = theirs.version())
                .compareAs("minutes.kind", MinutesDraft::kind, value -> getTranslation(value.labelKey()))
                .compare("minutes.number", MinutesDraft::documentNumber)
                .compare("minutes.signing-place", MinutesDraft::signingPlace)
                .compareAll("minutes.languages", MinutesDraft::languages, value -> getTranslation(value.labelKey()))
                .compareAll("minutes.signatories", MinutesDraft::signatories, Signatory::name)
                .compareAll(
                        "minutes.clauses", MinutesDraft::clauses, clause -> clause.number() + ". " + clause.textVi());
    }

    private void markDirty(boolean fromClient) {
        if (fromClient) {
            dirty = true;
        }
    }

    static RouteParameters params(long meetingId, long minutesId) {
        return new RouteParameters(Map.of("id", String.valueOf(meetingId), "minutesId", String.valueOf(minutesId)));
    }

    private Component addClauseButton() {
        var add = new Button(getTranslation("clause.add"), VaadinIcon.PLUS.create(), click -> clauses.addClause());
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.setId("add-clause");
        return add;
    }

    private Component buttons() {
        save.setText(getTranslation("minutes.save-draft"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-minutes");
        save.addClickListener(click -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.setTooltipText("Ctrl+S");
        var done = new Button(
                getTranslation("minutes.back-to-meeting"),
                click -> UI.getCurrent().navigate(MeetingView.class, MeetingView.params(meeting.id())));
        done.setId("back-to-meeting");
        return new FormButtons(save, done);
    }

    /** Saves everything on screen; returns whether it was saved. */
    boolean save() {
        if (!clauses.validate()) {
            return false;
        }
        var draft = new MinutesDraft(
                minutes.id(),
                version,
                kind.getValue(),
                documentNumber.getValue(),
                signingPlace.getValue(),
                languages.getValue(),
                signatories.getValue(),
                clauses.clauses());
        if (!saving.save(draft, () -> meetings.saveMinutes(draft))) {
            return false;
        }
        load(meeting.id(), minutes.id());
        Notifications.success(getTranslation("minutes.saved"));
        return true;
    }

    private void load(long meetingId, long minutesId) {
        meeting = meetings.get(meetingId);
        minutes = find(meeting, minutesId);
        if (minutes == null) {
            return;
        }
        title.setText(meeting.title(this::getTranslation));
        var saved = draftOf(minutes);
        version = saved.version();
        kind.setValue(saved.kind());
        documentNumber.setValue(saved.documentNumber() == null ? "" : saved.documentNumber());
        signingPlace.setValue(saved.signingPlace() == null ? "" : saved.signingPlace());
        languages.setValue(saved.languages());
        signatories.setValue(saved.signatories());
        clauses.setClauses(saved.clauses());
        dirty = false;
    }

    private static @Nullable MinutesDetails find(MeetingDetails meeting, long minutesId) {
        return meeting.minutes().stream()
                .filter(m -> m.id() == minutesId)
                .findFirst()
                .orElse(null);
    }

    /** The minutes as saved, in the editor's terms. */
    private static MinutesDraft draftOf(MinutesDetails minutes) {
        return new MinutesDraft(
                minutes.id(),
                minutes.version(),
                minutes.kind(),
                minutes.documentNumber(),
                minutes.signingPlace(),
                minutes.languages(),
                minutes.signatories(),
                minutes.clauses().stream()
                        .map(clause -> new ClauseDraft(
                                clause.id(),
                                clause.number(),
                                clause.field(),
                                clause.textVi(),
                                clause.textZh(),
                                agreements(clause, ClauseRelation.IMPLEMENTS),
                                agreements(clause, ClauseRelation.AMENDS)))
                        .toList());
    }

    private static Set<AgreementOption> agreements(MeetingDetails.ClauseDetails clause, ClauseRelation relation) {
        return clause.agreements().stream()
                .filter(reference -> reference.relation() == relation)
                .map(reference ->
                        new AgreementOption(reference.agreementId(), reference.referenceCode(), reference.titleVi()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var meetingId = event.getRouteParameters().getLong("id").orElseThrow();
        var minutesId = event.getRouteParameters().getLong("minutesId").orElseThrow();
        try {
            load(meetingId, minutesId);
        } catch (RuleViolationException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (minutes == null) {
            event.rerouteToError(NotFoundException.class);
        } else if (minutes.state() == MinutesState.SIGNED) {
            // Signed clauses are read-only: corrections are made, and recorded, on the meeting page.
            event.forwardTo(MeetingView.class, MeetingView.params(meetingId));
        } else {
            clauses.rows().getLast().textVi.focus();
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dirty) {
            UnsavedChanges.confirmLeaving(event, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("minutes.editor.title");
    }
}
