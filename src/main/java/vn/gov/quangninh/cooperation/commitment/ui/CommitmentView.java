package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.ui.AgreementView;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.ui.ChineseText;
import vn.gov.quangninh.cooperation.base.ui.FactSheet;
import vn.gov.quangninh.cooperation.base.ui.HistoryPanel;
import vn.gov.quangninh.cooperation.commitment.Closure;
import vn.gov.quangninh.cooperation.commitment.CommitmentDetails;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.ResponsibleParty;
import vn.gov.quangninh.cooperation.meeting.MeetingTitles;

/** One commitment: where it comes from, who owns it, each party's status, and the timeline of updates. */
@Route(CommitmentView.ROUTE)
@PermitAll
public class CommitmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "commitments/:id([0-9]+)";

    private final CommitmentService commitments;
    private @Nullable CommitmentDetails commitment;

    CommitmentView(CommitmentService commitments) {
        this.commitments = commitments;
        addClassName("detail-view");
    }

    public static RouteParameters params(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            commitment =
                    commitments.get(event.getRouteParameters().getLong("id").orElseThrow());
        } catch (RuleViolationException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    void reload() {
        commitment = commitments.get(commitment.id());
        render();
    }

    private void render() {
        removeAll();
        add(header(commitment), facts(commitment), parties(commitment), timeline(commitment));
        var id = commitment.id();
        add(new HistoryPanel(() -> commitments.changes(id, this::getTranslation)));
    }

    private Component header(CommitmentDetails details) {
        var code = new Span(details.code());
        code.addClassName("record-code");
        code.setId("commitment-code");
        var top = new Div(
                code,
                CommitmentBadges.completion(details.completion()),
                CommitmentBadges.flags(details.flags(), details.closure()));
        top.addClassName("record-top");
        var title = new H2(details.titleVi());
        title.setId("commitment-title");
        var header = new Div(top, title);
        ChineseText.addTo(header, details.titleZh());
        header.addClassName("record-header");
        var actions = new Div();
        actions.addClassName("record-actions");
        if (details.editable()) {
            var update = new Button(
                    getTranslation("update.new"),
                    VaadinIcon.PLUS.create(),
                    click -> UI.getCurrent().navigate(UpdateFormView.class, UpdateFormView.params(details.id(), null)));
            update.addThemeVariants(ButtonVariant.PRIMARY);
            update.setId("new-update");
            var edit = new Button(
                    getTranslation("action.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> UI.getCurrent().navigate(CommitmentFormView.class, params(details.id())));
            edit.setId("edit-commitment");
            actions.add(update, edit);
        }
        if (details.reviewer() && details.closure() == Closure.OPEN) {
            var close = new Button(
                    getTranslation("commitment.close"),
                    VaadinIcon.BAN.create(),
                    click -> new CloseCommitmentDialog(commitments, details, this::reload).open());
            close.addThemeVariants(ButtonVariant.TERTIARY);
            close.setId("close-commitment");
            actions.add(close);
        }
        if (actions.getComponentCount() > 0) {
            header.add(actions);
        }
        return header;
    }

    private Component facts(CommitmentDetails details) {
        var sheet = new FactSheet()
                .add(getTranslation("commitment.source"), source(details))
                .add(
                        getTranslation("commitment.field"),
                        details.field() == null
                                ? null
                                : getTranslation(details.field().labelKey()))
                .add(getTranslation("commitment.lead"), details.leadDepartment().in(getLocale()))
                .add(
                        getTranslation("commitment.supporting"),
                        details.supportingDepartments().stream()
                                .map(name -> name.in(getLocale()))
                                .collect(Collectors.joining(", ")))
                .add(getTranslation("commitment.counterpart-agency"), details.counterpartAgency())
                .add(
                        getTranslation("commitment.due"),
                        details.ongoing()
                                ? getTranslation("commitment.ongoing.every", details.reviewIntervalMonths())
                                : Formats.date(details.dueDate()))
                .add(
                        getTranslation("commitment.priority"),
                        getTranslation(details.priority().labelKey()))
                .add(getTranslation("commitment.description"), details.description());
        if (details.closedAt() != null) {
            sheet.add(
                    getTranslation(details.closure().labelKey()),
                    getTranslation(
                            "commitment.closed-by",
                            details.closedBy(),
                            Formats.dateTime(details.closedAt()),
                            details.closureReason()));
            if (details.supersededById() != null) {
                sheet.add(
                        getTranslation("commitment.superseded-by"),
                        new RouterLink(
                                details.supersededByCode(), CommitmentView.class, params(details.supersededById())));
            }
        }
        var section = new Div(new H3(getTranslation("commitment.general")), sheet);
        section.addClassName("section");
        return section;
    }

    private Component source(CommitmentDetails details) {
        var source = details.source();
        if (source.meetingId() != null) {
            var title = MeetingTitles.of(
                    source.series(),
                    source.session(),
                    source.meetingStart(),
                    source.meetingTitle(),
                    this::getTranslation);
            var link = new Anchor(
                    "meetings/" + source.meetingId() + "#clause-" + source.clauseId(),
                    getTranslation("meeting.clause-reference", title, source.clauseNumber()));
            link.setId("commitment-source");
            var text = new Paragraph(source.clauseText());
            text.addClassName("source-text");
            return new Div(link, text);
        }
        var link = new RouterLink(
                source.agreementCode() + " · " + source.agreementTitle(),
                AgreementView.class,
                AgreementView.params(source.agreementId()));
        link.setId("commitment-source");
        return link;
    }

    private Component parties(CommitmentDetails details) {
        var list = new UnorderedList();
        list.addClassName("party-list");
        for (ResponsibleParty party : details.parties()) {
            var name = new Span(getTranslation(party.party().labelKey()));
            name.addClassName("party-name");
            var status = new Span(getTranslation(party.status().labelKey()));
            status.addClassName("party-status-" + party.status().name().toLowerCase(Locale.ROOT));
            list.add(new ListItem(name, status));
        }
        var section = new Div(new H3(getTranslation("commitment.parties")), list);
        section.addClassName("section");
        return section;
    }

    private Component timeline(CommitmentDetails details) {
        var section = new Div(new H3(getTranslation("commitment.updates")));
        section.addClassName("section");
        section.setId("commitment-updates");
        if (details.updates().isEmpty()) {
            section.add(new Paragraph(getTranslation("commitment.updates.none")));
        }
        details.updates()
                .forEach(update -> section.add(
                        new UpdateCard(commitments, details.id(), update, details.reviewer(), this::reload)));
        return section;
    }

    @Override
    public String getPageTitle() {
        return commitment == null ? getTranslation("nav.commitments") : commitment.code();
    }

    static Anchor external(String url) {
        var link = new Anchor(url, url);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }
}
