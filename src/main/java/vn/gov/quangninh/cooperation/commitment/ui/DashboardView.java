package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.ui.UrlState;
import vn.gov.quangninh.cooperation.commitment.CommitmentDashboard;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CommitmentRow;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.commitment.DashboardFigures;
import vn.gov.quangninh.cooperation.commitment.DashboardFigures.Tally;

/**
 * What a manager sees at a glance: how far the followed commitments are, what is late and who owns
 * it, by department, field and meeting. Every number opens the commitments grid filtered to it.
 */
@Route(DashboardView.ROUTE)
@PermitAll
@Menu(order = 5, icon = "vaadin:dashboard", title = "nav.dashboard")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** The route the home page forwards managers and officials to. */
    public static final String ROUTE = "dashboard";

    private final Clock clock;

    DashboardView(CommitmentDashboard dashboard, Clock clock) {
        this.clock = clock;
        addClassName("dashboard-view");
        var figures = dashboard.figures();
        var panels = new Div(
                completionPanel(figures),
                flagPanel(figures),
                departmentPanel(figures),
                fieldPanel(figures),
                meetingPanel(figures),
                overduePanel(figures));
        panels.addClassName("dashboard-panels");
        add(tiles(figures), panels);
    }

    private Component tiles(DashboardFigures figures) {
        var tiles = new Div(
                tile("dashboard.followed", figures.followed(), UrlState.empty(), "tile-followed"),
                tile(
                        CompletionLevel.COMPLETE.labelKey(),
                        figures.byCompletion().get(CompletionLevel.COMPLETE),
                        UrlState.empty().set("completion", CompletionLevel.COMPLETE),
                        "tile-complete"),
                tile(
                        CommitmentFlag.OVERDUE.labelKey(),
                        figures.byFlag().get(CommitmentFlag.OVERDUE),
                        UrlState.empty().set("flag", CommitmentFlag.OVERDUE),
                        "tile-overdue"),
                tile(
                        CommitmentFlag.DUE_SOON.labelKey(),
                        figures.byFlag().get(CommitmentFlag.DUE_SOON),
                        UrlState.empty().set("flag", CommitmentFlag.DUE_SOON),
                        "tile-due-soon"),
                tile(
                        "dashboard.awaiting-review",
                        figures.awaitingReview(),
                        UrlState.empty().set("review", "1"),
                        "tile-review"));
        tiles.addClassName("dashboard-tiles");
        return tiles;
    }

    private Component tile(String labelKey, long value, UrlState query, String id) {
        var number = CommitmentsView.linkTo(Formats.number(value, getLocale()), query);
        number.addClassName("tile-number");
        number.setId(id);
        var label = new Span(getTranslation(labelKey));
        label.addClassName("tile-label");
        var tile = new Div(number, label);
        tile.addClassName("dashboard-tile");
        return tile;
    }

    private Component completionPanel(DashboardFigures figures) {
        var parts = figures.byCompletion().entrySet().stream()
                .map(entry -> new Charts.Part(entry.getValue(), cssClass("chart-completion", entry.getKey())))
                .toList();
        var legend = new UnorderedList();
        legend.addClassName("chart-legend");
        figures.byCompletion().forEach((level, count) -> {
            var swatch = new Span();
            swatch.addClassNames("swatch", cssClass("chart-completion", level));
            var link = CommitmentsView.linkTo(
                    Formats.number(count, getLocale()), UrlState.empty().set("completion", level));
            link.setId("completion-" + level.name().toLowerCase(Locale.ROOT));
            legend.add(new ListItem(swatch, new Span(getTranslation(level.labelKey())), link));
        });
        var ring = Charts.ring(
                parts, Formats.number(figures.followed(), getLocale()), getTranslation("dashboard.by-completion"));
        var body = new Div(ring, legend);
        body.addClassName("ring-with-legend");
        return panel("dashboard.by-completion", body);
    }

    private Component flagPanel(DashboardFigures figures) {
        long max = figures.byFlag().values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        var rows = new Div();
        rows.addClassName("bar-rows");
        figures.byFlag().forEach((flag, count) -> {
            var link = CommitmentsView.linkTo(
                    Formats.number(count, getLocale()), UrlState.empty().set("flag", flag));
            link.setId("flag-" + flag.name().toLowerCase(Locale.ROOT));
            rows.add(barRow(
                    new Span(getTranslation(flag.labelKey())),
                    Charts.bar(
                            List.of(new Charts.Part(count, cssClass("chart-flag", flag))),
                            max,
                            getTranslation(flag.labelKey())),
                    link));
        });
        return panel("dashboard.by-flag", rows);
    }

    private Component departmentPanel(DashboardFigures figures) {
        long max = figures.byDepartment().stream()
                .mapToLong(entry -> entry.tally().total())
                .max()
                .orElse(0);
        var rows = new Div();
        rows.addClassName("bar-rows");
        figures.byDepartment().forEach(entry -> {
            Supplier<UrlState> query =
                    () -> UrlState.empty().set("department", entry.department().id());
            var name = CommitmentsView.linkTo(entry.department().label(getLocale()), query.get());
            rows.add(tallyRow(name, entry.tally(), max, query));
        });
        return panel("dashboard.by-department", withLegend(rows));
    }

    private Component fieldPanel(DashboardFigures figures) {
        long max = figures.byField().stream()
                .mapToLong(entry -> entry.tally().total())
                .max()
                .orElse(0);
        var rows = new Div();
        rows.addClassName("bar-rows");
        figures.byField().forEach(entry -> {
            if (entry.field() == null) {
                rows.add(tallyRow(new Span(getTranslation("dashboard.no-field")), entry.tally(), max, null));
            } else {
                Supplier<UrlState> query = () -> UrlState.empty().set("field", entry.field());
                rows.add(tallyRow(
                        CommitmentsView.linkTo(getTranslation(entry.field().labelKey()), query.get()),
                        entry.tally(),
                        max,
                        query));
            }
        });
        return panel("dashboard.by-field", withLegend(rows));
    }

    private Component meetingPanel(DashboardFigures figures) {
        var rows = new Div();
        rows.addClassName("bar-rows");
        figures.byMeeting().forEach(entry -> {
            var query = UrlState.empty().set("meeting", entry.meeting().id());
            var title = CommitmentsView.linkTo(entry.meeting().title(this::getTranslation), query);
            var tally = entry.tally();
            var done = CommitmentsView.linkTo(
                    getTranslation(
                            "dashboard.done-of",
                            Formats.number(tally.complete(), getLocale()),
                            Formats.number(tally.total(), getLocale()),
                            tally.percentComplete()),
                    UrlState.empty().set("meeting", entry.meeting().id()).set("completion", CompletionLevel.COMPLETE));
            done.addClassName("meeting-done");
            rows.add(barRow(
                    title,
                    Charts.bar(
                            List.of(new Charts.Part(tally.complete(), "chart-part-complete")),
                            tally.total(),
                            title.getText()),
                    done));
        });
        if (figures.byMeeting().isEmpty()) {
            rows.add(new Paragraph(getTranslation("dashboard.none")));
        }
        return panel("dashboard.by-meeting", rows);
    }

    private Component overduePanel(DashboardFigures figures) {
        var list = new UnorderedList();
        list.addClassName("overdue-list");
        var today = LocalDate.now(clock);
        for (CommitmentRow row : figures.overdue()) {
            var code = new RouterLink(row.code(), CommitmentView.class, CommitmentView.params(row.id()));
            code.addClassName("record-code");
            var title = new Span(row.titleVi());
            title.addClassName("overdue-title");
            var owner = new Span(row.leadDepartment().in(getLocale()));
            owner.addClassName("overdue-owner");
            var late = new Span(getTranslation(
                    "dashboard.late", Formats.date(row.dueDate()), ChronoUnit.DAYS.between(row.dueDate(), today)));
            late.addClassName("overdue-late");
            list.add(new ListItem(code, title, owner, late));
        }
        var panel = panel("dashboard.overdue", list);
        if (figures.overdue().isEmpty()) {
            panel.add(new Paragraph(getTranslation("dashboard.none")));
        } else {
            var all = CommitmentsView.linkTo(
                    getTranslation("dashboard.overdue.all", figures.overdueTotal()),
                    UrlState.empty().set("flag", CommitmentFlag.OVERDUE));
            all.setId("overdue-all");
            panel.add(all);
        }
        panel.addClassName("panel-wide");
        return panel;
    }

    /** A row of a department or field: total, complete and overdue, each a link when the grid can show it. */
    private Component tallyRow(Component name, Tally tally, long max, @Nullable Supplier<UrlState> query) {
        var bar = Charts.bar(
                List.of(
                        new Charts.Part(tally.complete(), "chart-part-complete"),
                        new Charts.Part(tally.total() - tally.complete() - tally.overdue(), "chart-part-open"),
                        new Charts.Part(tally.overdue(), "chart-part-overdue")),
                max,
                getTranslation("dashboard.tally", tally.total(), tally.complete(), tally.overdue()));
        var numbers = new Span(
                number(tally.total(), query == null ? null : query.get(), "tally-total"),
                number(
                        tally.complete(),
                        query == null ? null : query.get().set("completion", CompletionLevel.COMPLETE),
                        "tally-complete"),
                number(
                        tally.overdue(),
                        query == null ? null : query.get().set("flag", CommitmentFlag.OVERDUE),
                        "tally-overdue"));
        numbers.addClassName("tally-numbers");
        return barRow(name, bar, numbers);
    }

    private Component number(long value, @Nullable UrlState query, String cssClass) {
        var text = Formats.number(value, getLocale());
        Component number = query == null ? new Span(text) : CommitmentsView.linkTo(text, query);
        number.getElement().getClassList().add(cssClass);
        return number;
    }

    private static Component barRow(Component label, Component bar, Component figures) {
        label.getElement().getClassList().add("bar-label");
        figures.getElement().getClassList().add("bar-figures");
        var row = new Div(label, bar, figures);
        row.addClassName("bar-row");
        return row;
    }

    private Component withLegend(Component rows) {
        var legend = new UnorderedList();
        legend.addClassNames("chart-legend", "chart-legend-inline");
        for (var part : List.of("complete", "open", "overdue")) {
            var swatch = new Span();
            swatch.addClassNames("swatch", "chart-part-" + part);
            legend.add(new ListItem(swatch, new Span(getTranslation("dashboard.part." + part))));
        }
        return new Div(legend, rows);
    }

    private Div panel(String headingKey, Component body) {
        var panel = new Div(new H3(getTranslation(headingKey)), body);
        panel.addClassName("dashboard-panel");
        return panel;
    }

    private static String cssClass(String prefix, Enum<?> value) {
        return prefix + "-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
