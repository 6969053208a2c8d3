package vn.gov.quangninh.cooperation.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.AgreementDetails;
import vn.gov.quangninh.cooperation.agreement.AgreementReferences;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.LifecycleAction;
import vn.gov.quangninh.cooperation.agreement.LocalityOption;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.agreement.Signatory;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.ui.ChineseText;
import vn.gov.quangninh.cooperation.base.ui.DocumentsPanel;
import vn.gov.quangninh.cooperation.base.ui.FactSheet;
import vn.gov.quangninh.cooperation.base.ui.HistoryPanel;
import vn.gov.quangninh.cooperation.security.CurrentUser;

/** One agreement on one page: its facts, signatories, lifecycle, documents and everything linked to it. */
@Route(AgreementView.ROUTE)
@PermitAll
public class AgreementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "agreements/:id([0-9]+)";

    private final AgreementService agreements;
    private final List<AgreementReferences> references;
    private final boolean editable;
    private final Clock clock;
    private @Nullable AgreementDetails agreement;

    AgreementView(
            AgreementService agreements, List<AgreementReferences> references, CurrentUser currentUser, Clock clock) {
        this.agreements = agreements;
        this.references = references.stream()
                .sorted(Comparator.comparingInt(AgreementReferences::order))
                .toList();
        this.editable = currentUser.isEditor();
        this.clock = clock;
        addClassName("detail-view");
    }

    public static RouteParameters params(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            agreement = agreements.get(id);
        } catch (RuleViolationException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var details = agreement;
        add(
                header(details),
                facts(details),
                signatories(details),
                history(details),
                new DocumentsPanel("agreement.documents", new AgreementDocuments(agreements, details.id()), editable),
                new RelatedAgreementsSection(agreements, details.id(), details.related(), editable, this::reload));
        references.forEach(source -> add(referencesSection(source, details.id())));
        add(new HistoryPanel(() -> agreements.changes(details.id(), this::getTranslation)));
    }

    private void reload() {
        agreement = agreements.get(agreement.id());
        render();
    }

    private Component header(AgreementDetails details) {
        var code = new Span(details.referenceCode());
        code.addClassName("record-code");
        var top = new Div(code, StatusBadge.create(details.status()));
        top.addClassName("record-top");
        var title = new H2(details.titleVi());
        title.setId("agreement-title");
        var header = new Div(top, title);
        ChineseText.addTo(header, details.titleZh());
        if (details.titleEn() != null) {
            var english = new Paragraph(details.titleEn());
            english.getElement().setAttribute("lang", "en");
            english.addClassName("title-en");
            header.add(english);
        }
        if (editable) {
            header.add(actions(details));
        }
        header.addClassName("record-header");
        return header;
    }

    private Component actions(AgreementDetails details) {
        var edit = new Button(
                getTranslation("action.edit"),
                VaadinIcon.EDIT.create(),
                click -> UI.getCurrent().navigate(AgreementFormView.class, params(details.id())));
        edit.setId("edit-agreement");
        var bar = new Div(edit);
        if (!details.possibleActions().isEmpty()) {
            var menu = new MenuBar();
            menu.setId("lifecycle-actions");
            MenuItem root = menu.addItem(getTranslation("agreement.actions"));
            root.addComponentAsFirst(VaadinIcon.FLAG_CHECKERED.create());
            details.possibleActions()
                    .forEach(action -> root.getSubMenu()
                            .addItem(getTranslation(action.labelKey()), click -> openLifecycleDialog(action)));
            bar.add(menu);
        }
        bar.addClassName("record-actions");
        return bar;
    }

    private void openLifecycleDialog(LifecycleAction action) {
        new LifecycleDialog(agreements, agreement, action, LocalDate.now(clock), this::reload).open();
    }

    private Component facts(AgreementDetails details) {
        var sheet = new FactSheet()
                .add(
                        getTranslation("agreement.kind"),
                        getTranslation(details.kind().labelKey()))
                .add(
                        getTranslation("agreement.level"),
                        getTranslation(details.level().labelKey()))
                .add(getTranslation("agreement.counterpart"), counterparts(details.counterparts()))
                .add(
                        getTranslation("agreement.fields"),
                        details.fields().stream()
                                .map(field -> getTranslation(field.labelKey()))
                                .collect(Collectors.joining(", ")))
                .add(
                        getTranslation("agreement.lead-department"),
                        details.leadDepartment() == null
                                ? null
                                : details.leadDepartment().in(getLocale()))
                .add(getTranslation("agreement.signing-date"), Formats.date(details.signingDate()))
                .add(getTranslation("agreement.signing-place"), details.signingPlace())
                .add(getTranslation("agreement.effective-date"), Formats.date(details.effectiveDate()))
                .add(
                        getTranslation("agreement.expiry-date"),
                        details.indefinite()
                                ? getTranslation("agreement.indefinite")
                                : Formats.date(details.expiryDate()))
                .add(getTranslation("agreement.renewal"), renewal(details))
                .add(
                        getTranslation("agreement.authoritative-text"),
                        getTranslation(details.authoritativeText().labelKey()))
                .add(getTranslation("agreement.mofa"), mofa(details))
                .add(getTranslation("agreement.summary"), details.summary());
        var section = new Div(new H3(getTranslation("agreement.general")), sheet);
        section.addClassName("section");
        return section;
    }

    private Component counterparts(List<LocalityOption> counterparts) {
        var names = new Span(counterparts.stream().map(LocalityOption::label).collect(Collectors.joining("; ")));
        names.setId("agreement-counterparts");
        return names;
    }

    private @Nullable String renewal(AgreementDetails details) {
        if (!details.autoRenewal() && details.noticePeriodDays() == null) {
            return null;
        }
        var renewal = getTranslation(details.autoRenewal() ? "agreement.renewal.auto" : "agreement.renewal.none");
        return details.noticePeriodDays() == null
                ? renewal
                : renewal + " · " + getTranslation("agreement.notice-period.days", details.noticePeriodDays());
    }

    private @Nullable String mofa(AgreementDetails details) {
        if (details.mofaReference() == null && details.mofaDate() == null) {
            return null;
        }
        return String.join(
                " · ",
                Stream.of(details.mofaReference(), Formats.date(details.mofaDate()))
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
    }

    private Component signatories(AgreementDetails details) {
        var section = new Div(new H3(getTranslation("agreement.signatories")));
        section.addClassName("section");
        if (details.signatories().isEmpty()) {
            section.add(new Paragraph(getTranslation("agreement.signatories.none")));
            return section;
        }
        var columns = new Div();
        columns.addClassName("two-columns");
        for (var side : Side.values()) {
            var list = new UnorderedList();
            details.signatories().stream()
                    .filter(signatory -> signatory.side() == side)
                    .map(AgreementView::signatoryItem)
                    .forEach(list::add);
            columns.add(new Div(new Span(getTranslation(side.labelKey())), list));
        }
        section.add(columns);
        return section;
    }

    private static ListItem signatoryItem(Signatory signatory) {
        var name = new Span(signatory.name());
        name.addClassName("signatory-name");
        return signatory.title() == null || signatory.title().isBlank()
                ? new ListItem(name)
                : new ListItem(name, new Span(", " + signatory.title()));
    }

    private Component history(AgreementDetails details) {
        var list = new UnorderedList();
        list.addClassName("timeline");
        details.history().reversed().forEach(entry -> {
            var what = new Span(
                    entry.action() == null
                            ? getTranslation("agreement.history.created")
                            : getTranslation(entry.action().labelKey()));
            what.addClassName("timeline-what");
            var when = new Span(Formats.date(
                    entry.date() != null
                            ? entry.date()
                            : entry.recordedAt().atZone(Formats.OFFICE_ZONE).toLocalDate()));
            when.addClassName("timeline-when");
            var item = new ListItem(when, what, StatusBadge.create(entry.toStatus()));
            if (entry.note() != null) {
                var note = new Paragraph(entry.note());
                note.addClassName("timeline-note");
                item.add(note);
            }
            var who = new Paragraph(getTranslation(
                    "agreement.history.recorded", entry.recordedBy(), Formats.dateTime(entry.recordedAt())));
            who.addClassName("timeline-who");
            item.add(who);
            list.add(item);
        });
        var section = new Div(new H3(getTranslation("agreement.history")), list);
        section.addClassName("section");
        section.setId("agreement-history");
        return section;
    }

    private Component referencesSection(AgreementReferences source, long agreementId) {
        var section = new Div(new H3(getTranslation(source.headingKey())));
        section.addClassName("section");
        var found = source.referencesTo(agreementId, getLocale());
        if (found.isEmpty()) {
            section.add(new Paragraph(getTranslation("agreement.references.none")));
        }
        var list = new UnorderedList();
        found.forEach(reference -> {
            var link = new Anchor(reference.route(), reference.label());
            list.add(new ListItem(link));
        });
        section.add(list);
        source.creationLink(agreementId, getLocale()).ifPresent(action -> {
            var link = new Anchor(action.route(), action.label());
            link.addClassName("section-action");
            section.add(link);
        });
        return section;
    }

    @Override
    public String getPageTitle() {
        return agreement == null ? getTranslation("nav.agreements") : agreement.referenceCode();
    }
}
