package vn.gov.quangninh.cooperation.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.agreement.Signatory;
import vn.gov.quangninh.cooperation.agreement.ui.AgreementView;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.ui.DocumentsPanel;
import vn.gov.quangninh.cooperation.base.ui.FactSheet;
import vn.gov.quangninh.cooperation.base.ui.HistoryPanel;
import vn.gov.quangninh.cooperation.meeting.ClauseFollowUps;
import vn.gov.quangninh.cooperation.meeting.Delegate;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails.ClauseDetails;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails.MinutesDetails;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.meeting.MinutesState;
import vn.gov.quangninh.cooperation.meeting.VietnameseProvince;
import vn.gov.quangninh.cooperation.security.CurrentUser;

/** A whole meeting on one page: delegations, agenda, minutes with their clauses and files. */
@Route(MeetingView.ROUTE)
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "meetings/:id([0-9]+)";

    private final MeetingService meetings;
    private final List<ClauseFollowUps> followUps;
    private final boolean editable;
    private final Clock clock;
    private @Nullable MeetingDetails meeting;

    MeetingView(MeetingService meetings, List<ClauseFollowUps> followUps, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.followUps = followUps;
        this.editable = currentUser.isEditor();
        this.clock = clock;
        addClassName("detail-view");
    }

    static RouteParameters params(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            meeting = meetings.get(event.getRouteParameters().getLong("id").orElseThrow());
        } catch (RuleViolationException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void reload() {
        meeting = meetings.get(meeting.id());
        render();
    }

    private void render() {
        removeAll();
        add(header(meeting), delegations(meeting), agenda(meeting));
        meeting.minutes().forEach(minutes -> add(minutesSection(minutes)));
        var id = meeting.id();
        add(new HistoryPanel(() -> meetings.changes(id, this::getTranslation)));
    }

    private Component header(MeetingDetails details) {
        var series = new Span(getTranslation(details.series().labelKey()));
        series.addClassName("record-code");
        var title = new H2(details.title(this::getTranslation));
        title.setId("meeting-title");
        var when = details.startDate().equals(details.endDate())
                ? Formats.date(details.startDate())
                : Formats.date(details.startDate()) + " – " + Formats.date(details.endDate());
        var where = details.city() == null
                ? getTranslation(details.format().labelKey())
                : (details.venue() == null ? details.city() : details.venue() + ", " + details.city());
        var meta = new Paragraph(when + " · " + where + " · " + getTranslation("meeting.host." + details.hostSide()));
        meta.addClassName("record-meta");
        var header = new Div(series, title, meta, reports(details.id()));
        header.addClassName("record-header");
        if (editable) {
            var edit = new Button(
                    getTranslation("action.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> UI.getCurrent().navigate(MeetingFormView.class, params(details.id())));
            edit.setId("edit-meeting");
            var next = new Button(
                    getTranslation("meeting.next-session"),
                    VaadinIcon.FORWARD.create(),
                    click -> UI.getCurrent()
                            .navigate(
                                    MeetingFormView.class, QueryParameters.of("after", String.valueOf(details.id()))));
            next.setId("next-session");
            var actions = new Div(edit, next);
            actions.addClassName("record-actions");
            header.add(actions);
        }
        return header;
    }

    /**
     * The meeting's PDF reports, at their stable links (report.ReportLinks; the report feature is on
     * top of this one, so the paths are written here), in the reader's language.
     */
    private Component reports(long meetingId) {
        var minutes =
                new Anchor("reports/meeting-minutes/" + meetingId + ".pdf", getTranslation("meeting.report.minutes"));
        minutes.setId("meeting-minutes-report");
        var reviewPack =
                new Anchor("reports/review-pack/" + meetingId + ".pdf", getTranslation("meeting.report.review-pack"));
        reviewPack.setId("meeting-review-pack-report");
        for (var link : List.of(minutes, reviewPack)) {
            link.setRouterIgnore(true);
            link.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        }
        var links = new Div(minutes, reviewPack);
        links.addClassName("record-reports");
        return links;
    }

    private Component delegations(MeetingDetails details) {
        var columns = new Div();
        columns.addClassName("two-columns");
        for (var side : Side.values()) {
            var column = new Div(new Span(getTranslation(side.labelKey())));
            column.addClassName("delegation");
            var ofSide =
                    details.delegates().stream().filter(d -> d.side() == side).toList();
            if (side == Side.VIETNAMESE) {
                var byProvince = ofSide.stream()
                        .collect(Collectors.groupingBy(
                                d -> d.province() == null ? VietnameseProvince.QUANG_NINH : d.province(),
                                () -> new EnumMap<>(VietnameseProvince.class),
                                Collectors.toList()));
                byProvince.forEach((province, delegates) -> {
                    var name = new Span(getTranslation(province.labelKey()));
                    name.addClassName("delegation-province");
                    column.add(name, delegateList(delegates));
                });
            } else {
                column.add(delegateList(ofSide));
            }
            columns.add(column);
        }
        var section = new Div(new H3(getTranslation("meeting.delegations")), columns);
        if (details.observers() != null) {
            section.add(new FactSheet().add(getTranslation("meeting.observers"), details.observers()));
        }
        section.addClassName("section");
        return section;
    }

    private UnorderedList delegateList(List<Delegate> delegates) {
        var list = new UnorderedList();
        delegates.stream()
                .sorted((a, b) -> Boolean.compare(b.isHead(), a.isHead()))
                .forEach(delegate -> {
                    var name = new Span(delegate.name());
                    name.addClassName(delegate.isHead() ? "delegate-head" : "delegate-member");
                    var item = new ListItem(name);
                    if (delegate.title() != null && !delegate.title().isBlank()) {
                        item.add(new Span(", " + delegate.title()));
                    }
                    if (delegate.isHead()) {
                        var role =
                                new Span(" · " + getTranslation(delegate.role().labelKey()));
                        role.addClassName("delegate-role");
                        item.add(role);
                    }
                    list.add(item);
                });
        return list;
    }

    private Component agenda(MeetingDetails details) {
        var list = new OrderedList();
        details.agenda().forEach(item -> list.add(new ListItem(item)));
        var section = new Div(new H3(getTranslation("meeting.agenda")));
        section.add(details.agenda().isEmpty() ? new Paragraph(getTranslation("meeting.agenda.none")) : list);
        section.addClassName("section");
        return section;
    }

    private Component minutesSection(MinutesDetails minutes) {
        var heading = new H3(getTranslation(minutes.kind().labelKey())
                + (minutes.documentNumber() == null ? "" : " " + minutes.documentNumber()));
        var top = new Div(heading, MinutesStateBadge.create(minutes.state()));
        top.addClassName("record-top");
        var section = new Div(top);
        section.addClassName("section");
        section.setId("minutes-" + minutes.id());
        section.add(new FactSheet()
                .add(getTranslation("minutes.signing-date"), Formats.date(minutes.signingDate()))
                .add(getTranslation("minutes.signing-place"), minutes.signingPlace())
                .add(
                        getTranslation("minutes.languages"),
                        minutes.languages().stream()
                                .map(language -> getTranslation(language.labelKey()))
                                .collect(Collectors.joining(", ")))
                .add(getTranslation("minutes.signatories"), signatories(minutes.signatories())));
        if (editable) {
            section.add(minutesActions(minutes));
        }
        var clauseList = new Div();
        clauseList.addClassName("clauses");
        Map<Long, List<ClauseFollowUps.Link>> made = new HashMap<>();
        var ids = minutes.clauses().stream().map(ClauseDetails::id).toList();
        followUps.forEach(source -> source.madeFrom(ids, getLocale())
                .forEach((id, links) ->
                        made.computeIfAbsent(id, key -> new ArrayList<>()).addAll(links)));
        minutes.clauses()
                .forEach(clause ->
                        clauseList.add(clauseItem(minutes, clause, made.getOrDefault(clause.id(), List.of()))));
        if (minutes.clauses().isEmpty()) {
            clauseList.add(new Paragraph(getTranslation("minutes.clause.none")));
        }
        section.add(clauseList);
        section.add(new DocumentsPanel("minutes.files", new MinutesDocuments(meetings, minutes.id()), editable));
        return section;
    }

    private @Nullable String signatories(List<Signatory> signatories) {
        return signatories.isEmpty()
                ? null
                : signatories.stream()
                        .map(s ->
                                s.title() == null || s.title().isBlank() ? s.name() : s.name() + " (" + s.title() + ")")
                        .collect(Collectors.joining("; "));
    }

    private Component minutesActions(MinutesDetails minutes) {
        var actions = new Div();
        actions.addClassName("record-actions");
        if (minutes.state() != MinutesState.SIGNED) {
            var edit = new Button(
                    getTranslation("minutes.edit-clauses"),
                    VaadinIcon.EDIT.create(),
                    click -> UI.getCurrent()
                            .navigate(MinutesEditorView.class, MinutesEditorView.params(meeting.id(), minutes.id())));
            edit.setId("edit-clauses");
            actions.add(edit);
        }
        if (minutes.state() == MinutesState.DRAFT && !minutes.clauses().isEmpty()) {
            var agree = new Button(getTranslation("minutes.agree"), click -> {
                meetings.agree(minutes.id(), minutes.version());
                reload();
            });
            agree.setId("agree-minutes");
            actions.add(agree);
        }
        if (minutes.state() != MinutesState.SIGNED && !minutes.clauses().isEmpty()) {
            var sign = new Button(
                    getTranslation("minutes.sign"),
                    VaadinIcon.SIGN_IN.create(),
                    click -> new SignMinutesDialog(meetings, minutes, suggestedSigningDate(), this::reload).open());
            sign.addThemeVariants(ButtonVariant.PRIMARY);
            sign.setId("sign-minutes");
            actions.add(sign);
        }
        return actions;
    }

    private LocalDate suggestedSigningDate() {
        var today = LocalDate.now(clock);
        return today.isBefore(meeting.endDate()) ? meeting.endDate() : today;
    }

    private Component clauseItem(MinutesDetails minutes, ClauseDetails clause, List<ClauseFollowUps.Link> made) {
        var number = new Span(getTranslation("clause.number", clause.number()));
        number.addClassName("clause-number");
        var head = new Div(number);
        head.addClassName("clause-head");
        if (clause.field() != null) {
            var field = new Span(getTranslation(clause.field().labelKey()));
            field.addClassName("clause-field");
            head.add(field);
        }
        var item = new Div(head);
        item.addClassName("clause");
        item.setId("clause-" + clause.id());
        var vietnamese = new Paragraph(clause.textVi());
        vietnamese.addClassName("clause-vi");
        item.add(vietnamese);
        if (clause.textZh() != null) {
            var chinese = new Paragraph(clause.textZh());
            chinese.getElement().setAttribute("lang", "zh");
            chinese.addClassName("clause-zh");
            item.add(chinese);
        }
        clause.agreements().forEach(reference -> {
            var link = new RouterLink(
                    reference.referenceCode() + " · " + reference.titleVi(),
                    AgreementView.class,
                    AgreementView.params(reference.agreementId()));
            var line = new Div(new Span(getTranslation(reference.relation().labelKey()) + ": "), link);
            line.addClassName("clause-agreement");
            item.add(line);
        });
        made.forEach(link -> {
            var line = new Div(new Anchor(link.route(), link.label()));
            line.addClassName("clause-follow-up");
            item.add(line);
        });
        if (!clause.revisions().isEmpty()) {
            item.add(revisions(clause));
        }
        if (editable) {
            var actions = new Div();
            actions.addClassName("clause-actions");
            if (minutes.state() == MinutesState.SIGNED) {
                var correct = new Button(
                        getTranslation("minutes.correction.open"),
                        VaadinIcon.EDIT.create(),
                        click -> new CorrectClauseDialog(meetings, minutes.id(), clause, this::reload).open());
                correct.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                actions.add(correct);
            }
            followUps.forEach(source -> source.actionFor(clause.id(), getLocale())
                    .ifPresent(action -> {
                        var link = new Anchor(action.route(), action.label());
                        link.addClassName("clause-action");
                        actions.add(link);
                    }));
            item.add(actions);
        }
        return item;
    }

    private Component revisions(ClauseDetails clause) {
        var list = new Div();
        clause.revisions().forEach(revision -> {
            var entry = new Div(new Paragraph(getTranslation(
                    "minutes.correction.entry",
                    revision.number(),
                    revision.revisedBy(),
                    Formats.dateTime(revision.revisedAt()),
                    revision.reason())));
            var before = new Paragraph(getTranslation("minutes.correction.before") + " " + revision.oldTextVi()
                    + (revision.oldTextZh() == null ? "" : " / " + revision.oldTextZh()));
            before.addClassName("revision-before");
            entry.add(before);
            entry.addClassName("revision");
            list.add(entry);
        });
        var details = new Details(
                getTranslation("minutes.correction.count", clause.revisions().size()), list);
        details.addClassName("clause-revisions");
        return details;
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? getTranslation("nav.meetings") : meeting.title(this::getTranslation);
    }
}
