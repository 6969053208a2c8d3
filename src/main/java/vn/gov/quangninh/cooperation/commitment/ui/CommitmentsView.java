package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import vn.gov.quangninh.cooperation.agreement.AgreementOption;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.text.SearchText;
import vn.gov.quangninh.cooperation.base.ui.ChineseText;
import vn.gov.quangninh.cooperation.base.ui.CountedGrids;
import vn.gov.quangninh.cooperation.base.ui.DatePickers;
import vn.gov.quangninh.cooperation.base.ui.NarrowScreens;
import vn.gov.quangninh.cooperation.base.ui.UrlState;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CommitmentRow;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.commitment.Party;
import vn.gov.quangninh.cooperation.meeting.MeetingFilter;
import vn.gov.quangninh.cooperation.meeting.MeetingRow;
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
    private static final int MEETING_CHOICES = 500;

    private final CommitmentService commitments;
    private final @Nullable Long myDepartment;
    private final TextField text = new TextField();
    private final Select<CommitmentFlag> flag = new Select<>();
    private final MultiSelectComboBox<CompletionLevel> completion = new MultiSelectComboBox<>();
    private final ComboBox<DepartmentOption> department = new ComboBox<>();
    private final ComboBox<MeetingRow> meeting = new ComboBox<>();
    private final ComboBox<AgreementOption> agreement = new ComboBox<>();
    private final Select<CooperationField> field = new Select<>();
    private final Select<Party> party = new Select<>();
    private final DatePicker dueFrom = DatePickers.create("");
    private final DatePicker dueTo = DatePickers.create("");
    private final Checkbox closed = new Checkbox();
    private final Button mine = new Button();
    private final Button overdue = new Button();
    private final Button review = new Button();
    private final Span total = new Span();
    private final Grid<CommitmentRow> grid = new Grid<>();
    private final AgreementService agreements;
    private final MeetingService meetings;
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
        if (currentUser.get().filter(user -> user.hasRole(AppRoles.MANAGER)).isPresent()) {
            quick.add(review);
        } else {
            review.setVisible(false);
        }
        quick.addClassName("quick-filters");
        var main = new FlexLayout(text, flag, completion, department);
        main.addClassName("filter-bar");
        var more = new FlexLayout(meeting, agreement, field, party, dueFrom, dueTo, closed);
        more.addClassName("filter-bar");
        var moreFilters = new Details(getTranslation("commitment.filter.more"), more);
        moreFilters.addClassName("more-filters");
        total.setId("commitment-count");
        var header = new Div(quick, total);
        header.addClassName("list-header");
        configureGrid();
        add(main, moreFilters, header, grid);
        setFlexGrow(1, grid);
    }

    private void configureFilters(List<DepartmentOption> departmentOptions) {
        text.setPlaceholder(getTranslation("commitment.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setAriaLabel(getTranslation("commitment.filter.text"));
        text.setId("filter-text");
        flag.setPlaceholder(getTranslation("commitment.flag"));
        flag.setItems(CommitmentFlag.values());
        flag.setItemLabelGenerator(
                value -> value == null ? getTranslation("commitment.flag.any") : getTranslation(value.labelKey()));
        flag.setEmptySelectionAllowed(true);
        flag.setEmptySelectionCaption(getTranslation("commitment.flag.any"));
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
        meeting.setPlaceholder(getTranslation("commitment.meeting"));
        // Fetched when the list opens, not kept with the view: every open session would hold them.
        meeting.setItems(query -> meetingRows()
                .filter(row -> SearchText.fold(meetingTitle(row))
                        .contains(SearchText.fold(query.getFilter().orElse(""))))
                .skip(query.getOffset())
                .limit(query.getLimit()));
        meeting.setItemLabelGenerator(this::meetingTitle);
        meeting.setClearButtonVisible(true);
        meeting.setId("filter-meeting");
        agreement.setPlaceholder(getTranslation("commitment.agreement"));
        agreement.setItems(query -> query.getOffset() > 0
                ? Stream.empty()
                : agreements.options(query.getFilter().orElse(""), query.getLimit()).stream());
        agreement.setItemLabelGenerator(AgreementOption::label);
        agreement.setClearButtonVisible(true);
        field.setPlaceholder(getTranslation("commitment.field"));
        field.setItems(CooperationField.values());
        field.setItemLabelGenerator(
                value -> value == null ? getTranslation("commitment.field.any") : getTranslation(value.labelKey()));
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(getTranslation("commitment.field.any"));
        party.setPlaceholder(getTranslation("commitment.party"));
        party.setItems(Party.values());
        party.setItemLabelGenerator(
                value -> value == null ? getTranslation("commitment.party.any") : getTranslation(value.labelKey()));
        party.setEmptySelectionAllowed(true);
        party.setEmptySelectionCaption(getTranslation("commitment.party.any"));
        dueFrom.setPlaceholder(getTranslation("commitment.due-from"));
        dueFrom.setAriaLabel(getTranslation("commitment.due-from"));
        dueTo.setPlaceholder(getTranslation("commitment.due-to"));
        closed.setLabel(getTranslation("commitment.filter.closed"));
        closed.setId("filter-closed");
        dueTo.setAriaLabel(getTranslation("commitment.due-to"));
        toggle(mine, "commitment.quick.mine", VaadinIcon.USER, "quick-mine");
        mine.setEnabled(myDepartment != null);
        toggle(overdue, "commitment.quick.overdue", VaadinIcon.EXCLAMATION_CIRCLE_O, "quick-overdue");
        toggle(review, "commitment.quick.review", VaadinIcon.CHECK_SQUARE_O, "quick-review");
        List<HasValue<?, ?>> inputs =
                List.of(text, flag, completion, department, meeting, agreement, field, party, dueFrom, dueTo, closed);
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
                setOn(review, !isOn(review));
            }
            restoring = false;
            filterChanged();
        });
    }

    private Stream<MeetingRow> meetingRows() {
        return meetings.search(MeetingFilter.all(), PageRequest.of(0, MEETING_CHOICES)).stream();
    }

    private String meetingTitle(MeetingRow row) {
        return row.title(this::getTranslation);
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

    private void configureGrid() {
        // Templates drawn by the browser from a few values per row, not components: those would be
        // kept, per cell, in every session that has the list open (DD014).
        grid.addColumn(LitRenderer.<CommitmentRow>of("""
                        <div class="code-cell"><span class="code">${item.code}</span>\
                        <span class="badges-inline">${item.badges.map(badge => html`\
                        <vaadin-badge theme="${badge.theme}">${badge.text}</vaadin-badge>`)}</span>\
                        ${item.waiting ? html`<span class="awaiting-review">${item.waiting}</span>` : ''}\
                        </div>""")
                        .withProperty("code", CommitmentRow::code)
                        .withProperty(
                                "badges",
                                row -> CommitmentBadges.flagLabels(row.flags(), row.closure(), this::getTranslation))
                        .withProperty(
                                "waiting",
                                row -> row.awaitingReview() ? getTranslation("commitment.awaiting-review") : null))
                .setHeader(getTranslation("commitment.code"))
                .setSortProperty("code")
                .setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(ChineseText.titleRenderer(CommitmentRow::titleVi, CommitmentRow::titleZh))
                .setHeader(getTranslation("commitment.title"))
                .setSortProperty("title")
                .setWidth("14rem")
                .setFlexGrow(3);
        var lead = grid.addColumn(row -> row.leadDepartment().in(getLocale()))
                .setHeader(getTranslation("commitment.lead"))
                .setSortProperty("leadDepartment")
                .setWidth("10rem");
        grid.addColumn(row -> row.ongoing() ? getTranslation("commitment.ongoing") : Formats.date(row.dueDate()))
                .setHeader(getTranslation("commitment.due"))
                .setSortProperty("dueDate")
                .setWidth("8.5rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        var level = grid.addColumn(LitRenderer.<CommitmentRow>of("""
                        <vaadin-badge theme="${item.level.theme}" class="${item.level.className}">\
                        ${item.level.text}</vaadin-badge>""")
                        .withProperty(
                                "level",
                                row -> CommitmentBadges.completionLabel(row.completion(), this::getTranslation)))
                .setHeader(getTranslation("commitment.completion"))
                .setSortProperty("completion")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setMultiSort(true);
        grid.setEmptyStateText(getTranslation("commitment.empty"));
        grid.addItemClickListener(click -> UI.getCurrent()
                .navigate(
                        CommitmentView.class,
                        CommitmentView.params(click.getItem().id())));
        CountedGrids.pageFrom(
                grid,
                page -> commitments.search(filter, page),
                () -> commitments.count(filter),
                total,
                "commitment.count");
        grid.setId("commitments");
        NarrowScreens.hide(grid, lead, level);
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        filter = new CommitmentFilter(
                text.getValue(),
                meeting.getOptionalValue().map(MeetingRow::id).orElse(null),
                agreement.getOptionalValue().map(AgreementOption::id).orElse(null),
                field.getValue(),
                department.getOptionalValue().map(DepartmentOption::id).orElse(null),
                party.getValue(),
                completion.getValue(),
                flag.getValue(),
                dueFrom.getValue(),
                dueTo.getValue(),
                isOn(review),
                closed.getValue());
        setOn(mine, myDepartment != null && myDepartment.equals(filter.departmentId()));
        setOn(overdue, filter.flag() == CommitmentFlag.OVERDUE);
        grid.getDataProvider().refreshAll();
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
        meeting.setValue(url.getLong("meeting")
                .flatMap(id -> meetingRows().filter(row -> row.id() == id).findFirst())
                .orElse(null));
        agreement.setValue(url.getLong("agreement").flatMap(agreements::option).orElse(null));
        field.setValue(url.getEnum("field", CooperationField.class).orElse(null));
        party.setValue(url.getEnum("party", Party.class).orElse(null));
        dueFrom.setValue(url.getDate("dueFrom").orElse(null));
        dueTo.setValue(url.getDate("dueTo").orElse(null));
        setOn(review, url.get("review").isPresent());
        closed.setValue(url.get("closed").isPresent());
        restoring = false;
        filterChanged();
    }

    /** A link to this grid filtered as the query says, as the dashboard's numbers are. */
    static RouterLink linkTo(String text, UrlState query) {
        var link = new RouterLink(text, CommitmentsView.class);
        link.setQueryParameters(query.toQueryParameters());
        return link;
    }

    private static boolean isOn(Button button) {
        return button.hasThemeName("primary");
    }

    private static void setOn(Button button, boolean on) {
        if (on) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.PRIMARY);
        }
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.commitments");
    }
}
