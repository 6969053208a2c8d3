package vn.gov.quangninh.cooperation.commitment.ui;

import static vn.gov.quangninh.cooperation.base.ui.Toggles.isOn;
import static vn.gov.quangninh.cooperation.base.ui.Toggles.setOn;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.ui.AnyChoice;
import vn.gov.quangninh.cooperation.base.ui.BadgeLook;
import vn.gov.quangninh.cooperation.base.ui.ClickOrEnter;
import vn.gov.quangninh.cooperation.base.ui.CodeCells;
import vn.gov.quangninh.cooperation.base.ui.CountedGrid;
import vn.gov.quangninh.cooperation.base.ui.FilterBar;
import vn.gov.quangninh.cooperation.base.ui.NarrowScreens;
import vn.gov.quangninh.cooperation.base.ui.UrlState;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CommitmentRow;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.CurrentUser;
import vn.gov.quangninh.cooperation.security.DepartmentOption;
import vn.gov.quangninh.cooperation.security.DepartmentService;

/**
 * All commitments, paged, sorted and filtered in the database. "Mine", "overdue" and "awaiting my
 * review" are one click; every filter lives in the address bar.
 */
@Route(CommitmentsView.ROUTE)
@PermitAll
@Menu(order = 30, icon = "vaadin:tasks", title = "nav.commitments")
public class CommitmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "commitments";

    private final CommitmentService commitments;
    private final @Nullable Long myDepartment;
    private final TextField text = new TextField();
    private final ComboBox<CommitmentFlag> flag = new ComboBox<>();
    private final MultiSelectComboBox<CompletionLevel> completion = new MultiSelectComboBox<>();
    private final ComboBox<DepartmentOption> department = new ComboBox<>();
    private final Button mine = new Button();
    private final Button overdue = new Button();
    private @Nullable Button review;
    private boolean awaitingReview;
    private final Span total = new Span();
    private final Grid<CommitmentRow> grid = new Grid<>();
    private final CountedGrid<CommitmentRow> rows;
    private final AgreementService agreements;
    private final MeetingService meetings;
    private final Details moreFilters = new Details();
    private @Nullable MoreFilters more;
    private CommitmentFilter filter = CommitmentFilter.followed();
    private boolean restoring;

    CommitmentsView(
            CommitmentService commitments,
            MeetingService meetings,
            AgreementService agreements,
            DepartmentService departments,
            CurrentUser currentUser) {
        this.commitments = commitments;
        this.agreements = agreements;
        this.meetings = meetings;
        this.myDepartment =
                currentUser.get().map(user -> user.getDepartmentId()).orElse(null);
        addClassName("list-view");
        setSizeFull();
        configureFilters(departments.list());
        var quick = new Div(mine, overdue);
        // Only managers review; other roles' sessions do not keep the button.
        if (currentUser.get().filter(user -> user.hasRole(AppRoles.MANAGER)).isPresent()) {
            var reviewButton = new Button();
            toggle(reviewButton, "commitment.quick.review", VaadinIcon.CHECK_SQUARE_O, "quick-review");
            quick.add(reviewButton);
            review = reviewButton;
        }
        quick.addClassName("quick-filters");
        var main = new FilterBar(text, flag, completion, department);
        moreFilters.setSummaryText(getTranslation("commitment.filter.more"));
        moreFilters.addClassName("more-filters");
        moreFilters.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                more();
            }
        });
        total.setId("commitment-count");
        var header = new Div(quick, total);
        header.addClassName("list-header");
        rows = configureGrid();
        add(main, moreFilters, header, grid);
        setFlexGrow(1, grid);
    }

    private void configureFilters(List<DepartmentOption> departmentOptions) {
        FilterBar.search(text, getTranslation("commitment.filter.text")).setId("filter-text");
        AnyChoice.offer(flag, "commitment.flag", CommitmentFlag::labelKey, CommitmentFlag.values());
        flag.setId("filter-flag");
        completion.setPlaceholder(getTranslation("commitment.completion"));
        completion.setItems(CompletionLevel.values());
        completion.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        completion.setClearButtonVisible(true);
        department.setPlaceholder(getTranslation("commitment.department"));
        department.setItems(departmentOptions);
        department.setItemLabelGenerator(option -> option.label(getLocale()));
        department.setClearButtonVisible(true);
        department.setId("filter-department");
        department.addClassName("wide-filter");
        toggle(mine, "commitment.quick.mine", VaadinIcon.USER, "quick-mine");
        mine.setEnabled(myDepartment != null);
        toggle(overdue, "commitment.quick.overdue", VaadinIcon.EXCLAMATION_CIRCLE_O, "quick-overdue");
        List<HasValue<?, ?>> inputs = List.of(text, flag, completion, department);
        inputs.forEach(input -> input.addValueChangeListener(change -> filterChanged()));
    }

    private void toggle(Button button, String key, VaadinIcon icon, String id) {
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.setId(id);
        button.addClickListener(click -> {
            restoring = true;
            if (button == mine) {
                department.setValue(isOn(mine) ? null : option(myDepartment));
            } else if (button == overdue) {
                flag.setValue(isOn(overdue) ? null : CommitmentFlag.OVERDUE);
            } else {
                awaitingReview = !awaitingReview;
            }
            restoring = false;
            filterChanged();
        });
    }

    private MoreFilters more() {
        if (more == null) {
            more = new MoreFilters(meetings, agreements, this::filterChanged);
            moreFilters.add(more);
            moreFilters.setOpened(true);
        }
        return more;
    }

    private @Nullable DepartmentOption option(@Nullable Long id) {
        return id == null
                ? null
                : department
                        .getListDataView()
                        .getItems()
                        .filter(o -> o.id() == id)
                        .findFirst()
                        .orElse(null);
    }

    private CountedGrid<CommitmentRow> configureGrid() {
        // Templates drawn by the browser from a few values per row, not components: those would be
        // kept, per cell, in every session that has the list open (DD014).
        var cells = new CodeCells<CommitmentRow>(
                CommitmentRow::code,
                row -> CommitmentBadges.flagLabels(row.flags(), row.closure(), this::getTranslation),
                row -> row.awaitingReview() ? getTranslation("commitment.awaiting-review") : null);
        var code = cells.addColumn(grid)
                .setHeader(getTranslation("commitment.code"))
                .setSortProperty("code")
                .setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(cells.overTitles(CommitmentRow::titleVi, CommitmentRow::titleZh))
                .setHeader(getTranslation("commitment.title"))
                .setSortProperty("title")
                .setWidth("10rem")
                .setFlexGrow(3);
        var lead = grid.addColumn(row -> row.leadDepartment().in(getLocale()))
                .setHeader(getTranslation("commitment.lead"))
                .setSortProperty("leadDepartment")
                .setWidth("10rem");
        var due = grid.addColumn(
                        row -> row.ongoing() ? getTranslation("commitment.ongoing") : Formats.date(row.dueDate()))
                .setHeader(getTranslation("commitment.due"))
                .setSortProperty("dueDate")
                .setWidth("8.5rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        var level = grid.addColumn(
                        BadgeLook.cell(row -> CommitmentBadges.completionLabel(row.completion(), this::getTranslation)))
                .setHeader(getTranslation("commitment.completion"))
                .setSortProperty("completion")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setMultiSort(true);
        grid.setEmptyStateText(getTranslation("commitment.empty"));
        ClickOrEnter.opens(
                grid, row -> UI.getCurrent().navigate(CommitmentView.class, CommitmentView.params(row.id())));
        grid.setId("commitments");
        // A page fills a tall screen (rows wrap two languages); the rows a page holds are kept in the
        // session of everyone who has the list open.
        grid.setPageSize(25);
        // Short of room (a phone, a tablet beside the navigation) the lead steps aside first, then the
        // due date (the code's flags say overdue or due soon), then the level; the rest is on the
        // commitment's page. The titles keep 4rem more than their width: narrower, the two languages
        // wrap over eight lines or more, so on a phone the code column goes too, and its code and
        // flags head the titles.
        NarrowScreens.hide(grid, 4, lead, due, level, code);
        return CountedGrid.pageFrom(
                grid,
                page -> commitments.search(filter, page),
                limit -> commitments.countUpTo(filter, limit),
                total,
                "commitment.count");
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        var main = new CommitmentFilter(
                text.getValue(),
                null,
                null,
                null,
                department.getOptionalValue().map(DepartmentOption::id).orElse(null),
                null,
                completion.getValue(),
                flag.getValue(),
                null,
                null,
                awaitingReview,
                false);
        filter = more == null ? main : more.narrow(main);
        setOn(mine, myDepartment != null && myDepartment.equals(filter.departmentId()));
        setOn(overdue, filter.flag() == CommitmentFlag.OVERDUE);
        if (review != null) {
            setOn(review, awaitingReview);
        }
        rows.refresh();
        UrlState.empty()
                .set("q", filter.text())
                .set("flag", filter.flag())
                .setAll(
                        "completion",
                        filter.completion().stream().map(Enum::name).sorted().toList())
                .set("department", filter.departmentId())
                .set("meeting", filter.meetingId())
                .set("agreement", filter.agreementId())
                .set("field", filter.field())
                .set("party", filter.party())
                .set("dueFrom", filter.dueFrom())
                .set("dueTo", filter.dueTo())
                .set("review", filter.awaitingReview() ? "1" : null)
                .set("closed", filter.includeClosed() ? "1" : null)
                .replaceIn(UI.getCurrent(), ROUTE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var url = UrlState.of(event.getLocation());
        restoring = true;
        text.setValue(url.get("q").orElse(""));
        flag.setValue(url.getEnum("flag", CommitmentFlag.class).orElse(null));
        completion.setValue(url.getEnums("completion", CompletionLevel.class));
        department.setValue(url.getLong("department").map(this::option).orElse(null));
        awaitingReview = url.get("review").isPresent();
        if (more != null || MoreFilters.named(url)) {
            more().restore(url);
        }
        restoring = false;
        filterChanged();
    }

    /** A link to this grid filtered as the query says, as the dashboard's numbers are. */
    static RouterLink linkTo(String text, UrlState query) {
        var link = new RouterLink(text, CommitmentsView.class);
        link.setQueryParameters(query.toQueryParameters());
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.commitments");
    }
}
