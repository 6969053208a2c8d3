package vn.gov.quangninh.cooperation.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.ui.AnyChoice;
import vn.gov.quangninh.cooperation.base.ui.CountedGrid;
import vn.gov.quangninh.cooperation.base.ui.FilterBar;
import vn.gov.quangninh.cooperation.base.ui.NarrowScreens;
import vn.gov.quangninh.cooperation.base.ui.UrlState;
import vn.gov.quangninh.cooperation.meeting.MeetingFilter;
import vn.gov.quangninh.cooperation.meeting.MeetingRow;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.security.CurrentUser;

/**
 * The meetings: by default a timeline, one row per year with the spring talks, the Joint Working
 * Committee conferences and other meetings side by side; or a paged list. Filters live in the URL.
 */
@Route(MeetingsView.ROUTE)
@PermitAll
@Menu(order = 20, icon = "vaadin:calendar-user", title = "nav.meetings")
public class MeetingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "meetings";
    private static final int YEARS_PER_STEP = 4;

    private final MeetingService meetings;
    private final MultiSelectComboBox<MeetingSeries> series = new MultiSelectComboBox<>();
    private final IntegerField year = new IntegerField();
    private final ComboBox<Side> host = new ComboBox<>();
    private final TextField text = new TextField();
    private final Tab timelineTab = new Tab();
    private final Tab listTab = new Tab();
    private final Tabs tabs = new Tabs(timelineTab, listTab);
    private final Div timeline = new Div();
    private final Grid<MeetingRow> grid = new Grid<>();
    private final CountedGrid<MeetingRow> rows;
    private final Span total = new Span();
    private MeetingFilter filter = MeetingFilter.all();
    private int oldestYearShown;
    private boolean restoring;

    MeetingsView(MeetingService meetings, CurrentUser currentUser) {
        this.meetings = meetings;
        addClassName("list-view");
        setSizeFull();
        configureFilters();
        var toolbar = new FilterBar(text, series, year, host);
        var header = new Div(tabs, total);
        header.addClassName("list-header");
        if (currentUser.isEditor()) {
            header.add(createMenu());
        }
        timeline.addClassName("timeline-view");
        timeline.setId("meeting-timeline");
        rows = configureGrid();
        add(toolbar, header, timeline, grid);
        setFlexGrow(1, grid);
    }

    private void configureFilters() {
        FilterBar.search(text, getTranslation("meeting.filter.text"));
        series.setPlaceholder(getTranslation("meeting.series"));
        series.setItems(MeetingSeries.values());
        series.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        series.setClearButtonVisible(true);
        year.setPlaceholder(getTranslation("meeting.year"));
        year.setMin(1990);
        year.setMax(2100);
        year.setValueChangeMode(ValueChangeMode.LAZY);
        year.addClassName("year-filter");
        AnyChoice.offer(host, "meeting.host", side -> "meeting.host." + side.name(), Side.values());
        timelineTab.setLabel(getTranslation("meeting.view.timeline"));
        listTab.setLabel(getTranslation("meeting.view.list"));
        tabs.addSelectedChangeListener(change -> filterChanged());
        List<HasValue<?, ?>> inputs = List.of(text, series, year, host);
        inputs.forEach(input -> input.addValueChangeListener(change -> filterChanged()));
    }

    private Component createMenu() {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.PRIMARY);
        MenuItem create = menu.addItem(getTranslation("meeting.create"));
        create.addComponentAsFirst(VaadinIcon.PLUS.create());
        for (var value : MeetingSeries.values()) {
            create.getSubMenu()
                    .addItem(
                            getTranslation(value.labelKey()),
                            click -> UI.getCurrent()
                                    .navigate(MeetingFormView.class, QueryParameters.of("series", value.name())));
        }
        menu.setId("create-meeting");
        return menu;
    }

    private CountedGrid<MeetingRow> configureGrid() {
        grid.addComponentColumn(row -> new RouterLink(
                        row.title(this::getTranslation), MeetingView.class, MeetingView.params(row.id())))
                .setHeader(getTranslation("meeting.title"))
                .setSortProperty("series")
                .setFlexGrow(3);
        grid.addColumn(this::dates)
                .setHeader(getTranslation("meeting.dates"))
                .setSortProperty("startDate")
                .setWidth("12rem")
                .setFlexGrow(0);
        var place = grid.addColumn(this::place)
                .setHeader(getTranslation("meeting.place"))
                .setSortProperty("city")
                .setWidth("10rem");
        var hostColumn = grid.addColumn(
                        row -> getTranslation("meeting.host." + row.hostSide().name()))
                .setHeader(getTranslation("meeting.host"))
                .setWidth("9rem")
                .setFlexGrow(0);
        var minutes = grid.addComponentColumn(this::minutesCell)
                .setHeader(getTranslation("minutes"))
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("meeting.empty"));
        grid.setId("meetings");
        // The minutes' state is on the meeting's page too; its title and dates are what tell meetings apart.
        NarrowScreens.hide(grid, hostColumn, place, minutes);
        return CountedGrid.pageFrom(
                grid, page -> meetings.search(filter, page), limit -> meetings.count(filter), total, "meeting.count");
    }

    private String dates(MeetingRow row) {
        return row.startDate().equals(row.endDate())
                ? Formats.date(row.startDate())
                : Formats.date(row.startDate()) + " – " + Formats.date(row.endDate());
    }

    private String place(MeetingRow row) {
        return row.city() != null ? row.city() : getTranslation(row.format().labelKey());
    }

    private Component minutesCell(MeetingRow row) {
        var cell = new Div();
        cell.addClassName("minutes-cell");
        if (row.minutesState() != null) {
            cell.add(MinutesStateBadge.create(row.minutesState()));
        }
        cell.add(new Span(getTranslation("minutes.clause-count", row.clauses())));
        return cell;
    }

    private void renderTimeline() {
        timeline.removeAll();
        int[] years = meetings.years();
        int newest = filter.year() != null ? filter.year() : years[1];
        int oldest = filter.year() != null ? filter.year() : Math.max(years[0], newest - YEARS_PER_STEP + 1);
        oldestYearShown = oldest;
        var header = new Div(new Span(getTranslation("meeting.year")));
        visibleSeries().forEach(value -> header.add(new Span(getTranslation(value.labelKey()))));
        header.addClassName("timeline-row");
        header.addClassName("timeline-header");
        timeline.add(header);
        appendYears(newest, oldest);
        if (oldest > years[0] && filter.year() == null) {
            var more = new Button(getTranslation("meeting.timeline.earlier"), VaadinIcon.ANGLE_DOWN.create());
            more.addThemeVariants(ButtonVariant.TERTIARY);
            more.setId("timeline-earlier");
            more.addClickListener(click -> {
                int to = oldestYearShown - 1;
                int from = Math.max(years[0], to - YEARS_PER_STEP + 1);
                timeline.remove(more);
                appendYears(to, from);
                oldestYearShown = from;
                if (from > years[0]) {
                    timeline.add(more);
                }
            });
            timeline.add(more);
        }
    }

    private void appendYears(int newest, int oldest) {
        var byYear = meetings.timeline(filter, oldest, newest);
        byYear.forEach((yearValue, rows) -> {
            var row = new Div(new H3(String.valueOf(yearValue)));
            row.addClassName("timeline-row");
            for (var value : visibleSeries()) {
                var cell = new Div();
                cell.addClassName("timeline-cell");
                cell.getElement().setAttribute("data-series", getTranslation(value.labelKey()));
                rows.stream()
                        .filter(meeting -> meeting.series() == value)
                        .map(this::card)
                        .forEach(cell::add);
                row.add(cell);
            }
            timeline.add(row);
        });
    }

    private List<MeetingSeries> visibleSeries() {
        return filter.series().isEmpty()
                ? List.of(MeetingSeries.values())
                : Arrays.stream(MeetingSeries.values())
                        .filter(filter.series()::contains)
                        .toList();
    }

    private Component card(MeetingRow row) {
        var title = new Span(row.title(this::getTranslation));
        title.addClassName("card-title");
        var when = new Span(dates(row) + " · " + place(row));
        when.addClassName("card-meta");
        var card = new RouterLink();
        card.setRoute(MeetingView.class, MeetingView.params(row.id()));
        card.add(title, when, minutesCell(row));
        card.addClassName("meeting-card");
        card.addClassName("series-" + row.series().name().toLowerCase(Locale.ROOT));
        return card;
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        filter = new MeetingFilter(series.getValue(), year.getValue(), host.getValue(), text.getValue());
        boolean list = tabs.getSelectedTab() == listTab;
        timeline.setVisible(!list);
        grid.setVisible(list);
        total.setVisible(list);
        if (list) {
            rows.refresh();
        } else {
            renderTimeline();
        }
        UrlState.empty()
                .set("view", list ? "list" : null)
                .setAll(
                        "series",
                        filter.series().stream().map(Enum::name).sorted().toList())
                .set("year", filter.year())
                .set("host", filter.hostSide())
                .set("q", filter.text())
                .replaceIn(UI.getCurrent(), ROUTE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var url = UrlState.of(event.getLocation());
        restoring = true;
        text.setValue(url.get("q").orElse(""));
        series.setValue(url.getEnums("series", MeetingSeries.class));
        year.setValue(url.getYear("year").orElse(null));
        host.setValue(url.getEnum("host", Side.class).orElse(null));
        tabs.setSelectedTab(url.get("view").filter("list"::equals).isPresent() ? listTab : timelineTab);
        restoring = false;
        filterChanged();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.meetings");
    }
}
