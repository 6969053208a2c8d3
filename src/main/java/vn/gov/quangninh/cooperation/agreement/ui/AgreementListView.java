package vn.gov.quangninh.cooperation.agreement.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.gov.quangninh.cooperation.agreement.AgreementFilter;
import vn.gov.quangninh.cooperation.agreement.AgreementRow;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.AgreementStatus;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.agreement.LocalityOption;
import vn.gov.quangninh.cooperation.agreement.LocalityService;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.ui.ClickOrEnter;
import vn.gov.quangninh.cooperation.base.ui.CodeCells;
import vn.gov.quangninh.cooperation.base.ui.CountedGrid;
import vn.gov.quangninh.cooperation.base.ui.FilterBar;
import vn.gov.quangninh.cooperation.base.ui.NarrowScreens;
import vn.gov.quangninh.cooperation.base.ui.Toggles;
import vn.gov.quangninh.cooperation.base.ui.UrlState;
import vn.gov.quangninh.cooperation.security.CurrentUser;

/**
 * The agreements register: paged, sorted and filtered in the database. The filters live in the
 * address bar, so a copied link shows the same list.
 */
@Route(AgreementListView.ROUTE)
@PermitAll
@Menu(order = 10, icon = "vaadin:file-text-o", title = "nav.agreements")
public class AgreementListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "agreements";

    private final AgreementService agreements;
    private final TextField text = new TextField();
    private final ComboBox<LocalityOption> counterpart = new ComboBox<>();
    private final ComboBox<CooperationField> field = new ComboBox<>();
    private final MultiSelectComboBox<AgreementStatus> statuses = new MultiSelectComboBox<>();
    private final IntegerField fromYear = new IntegerField();
    private final IntegerField toYear = new IntegerField();
    private final Button expiringSoon = new Button();
    private final Span total = new Span();
    private final Grid<AgreementRow> grid = new Grid<>();
    private final CountedGrid<AgreementRow> rows;
    private AgreementFilter filter = AgreementFilter.all();
    private boolean restoring;

    AgreementListView(AgreementService agreements, LocalityService localities, CurrentUser currentUser) {
        this.agreements = agreements;
        addClassName("list-view");
        setSizeFull();

        configureFilters(localities.list());
        var toolbar = new FilterBar(text, counterpart, field, statuses, fromYear, toYear, expiringSoon, clearButton());
        var header = new Div(total);
        header.addClassName("list-header");
        if (currentUser.isEditor()) {
            var create = new Button(
                    getTranslation("agreement.create"),
                    VaadinIcon.PLUS.create(),
                    click -> UI.getCurrent().navigate(AgreementFormView.class));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("create-agreement");
            header.add(create);
        }
        rows = configureGrid();
        add(toolbar, header, grid);
        setFlexGrow(1, grid);
    }

    private void configureFilters(List<LocalityOption> localities) {
        FilterBar.search(text, getTranslation("agreement.filter.text")).setId("filter-text");
        counterpart.setPlaceholder(getTranslation("agreement.counterpart"));
        counterpart.setItems((option, filterText) -> option.matches(filterText), localities);
        counterpart.setItemLabelGenerator(LocalityOption::label);
        counterpart.setClearButtonVisible(true);
        counterpart.setId("filter-counterpart");
        field.setPlaceholder(getTranslation("agreement.field"));
        field.setItems(CooperationField.values());
        field.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        field.setClearButtonVisible(true);
        statuses.setPlaceholder(getTranslation("agreement.status"));
        statuses.setItems(AgreementStatus.values());
        statuses.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        statuses.setClearButtonVisible(true);
        statuses.setId("filter-status");
        fromYear.setPlaceholder(getTranslation("agreement.filter.from-year"));
        toYear.setPlaceholder(getTranslation("agreement.filter.to-year"));
        for (var year : List.of(fromYear, toYear)) {
            year.setMin(1990);
            year.setMax(2100);
            year.setValueChangeMode(ValueChangeMode.LAZY);
            year.addClassName("year-filter");
        }
        expiringSoon.setText(getTranslation("agreement.filter.expiring", AgreementFilter.EXPIRING_DAYS));
        expiringSoon.setIcon(VaadinIcon.CLOCK.create());
        expiringSoon.setId("filter-expiring");
        expiringSoon.addClickListener(click -> {
            Toggles.setOn(expiringSoon, !Toggles.isOn(expiringSoon));
            filterChanged();
        });
        List<HasValue<?, ?>> inputs = List.of(text, counterpart, field, statuses, fromYear, toYear);
        inputs.forEach(input -> input.addValueChangeListener(change -> filterChanged()));
    }

    private Button clearButton() {
        var clear = new Button(getTranslation("agreement.filter.clear"), click -> {
            restoring = true;
            List.<HasValue<?, ?>>of(text, counterpart, field, statuses, fromYear, toYear)
                    .forEach(HasValue::clear);
            Toggles.setOn(expiringSoon, false);
            restoring = false;
            filterChanged();
        });
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        return clear;
    }

    private CountedGrid<AgreementRow> configureGrid() {
        var cells = new CodeCells<AgreementRow>(
                AgreementRow::referenceCode,
                row -> List.of(StatusBadge.label(row.status(), this::getTranslation)),
                row -> null);
        var code = cells.addColumn(grid)
                .setHeader(getTranslation("agreement.reference-code"))
                .setSortProperty("referenceCode")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(cells.overTitles(AgreementRow::titleVi, AgreementRow::titleZh))
                .setHeader(getTranslation("agreement.title"))
                .setSortProperty("title")
                .setWidth("10rem")
                .setFlexGrow(3);
        var counterparts = grid.addColumn(row -> String.join("; ", row.counterparts()))
                .setHeader(getTranslation("agreement.counterpart"))
                .setWidth("11rem")
                .setFlexGrow(1);
        var signed = grid.addColumn(row -> Formats.date(row.signingDate()))
                .setHeader(getTranslation("agreement.signing-date"))
                .setSortProperty("signingDate")
                .setWidth("8rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        var expiry = grid.addColumn(row ->
                        row.indefinite() ? getTranslation("agreement.indefinite") : Formats.date(row.expiryDate()))
                .setHeader(getTranslation("agreement.expiry-date"))
                .setSortProperty("expiryDate")
                .setWidth("8.5rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        var department = grid.addColumn(row ->
                        row.leadDepartment() == null ? "" : row.leadDepartment().in(getLocale()))
                .setHeader(getTranslation("agreement.lead-department"))
                .setSortProperty("leadDepartment")
                .setWidth("10rem")
                .setFlexGrow(1);
        // Short of room the department steps aside first, then the dates, then the counterparts, the
        // rest is on the agreement's page; the titles keep 4rem more than their width, so on a phone
        // the code column goes too, and its code and status head the titles.
        NarrowScreens.hide(grid, 4, department, signed, expiry, counterparts, code);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setMultiSort(true);
        grid.setEmptyStateText(getTranslation("agreement.empty"));
        ClickOrEnter.opens(grid, row -> UI.getCurrent().navigate(AgreementView.class, AgreementView.params(row.id())));
        grid.setId("agreements");
        return CountedGrid.pageFrom(
                grid,
                page -> agreements.search(filter, page),
                limit -> agreements.count(filter),
                total,
                "agreement.count");
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        filter = new AgreementFilter(
                text.getValue(),
                counterpart.getOptionalValue().map(LocalityOption::id).orElse(null),
                field.getValue(),
                statuses.getValue(),
                fromYear.getValue(),
                toYear.getValue(),
                Toggles.isOn(expiringSoon));
        rows.refresh();
        writeUrl();
    }

    private void writeUrl() {
        UrlState.empty()
                .set("q", filter.text())
                .set("counterpart", filter.counterpartId())
                .set("field", filter.field())
                .setAll(
                        "status",
                        filter.statuses().stream().map(Enum::name).sorted().toList())
                .set("from", filter.signedFromYear())
                .set("to", filter.signedToYear())
                .set("expiring", filter.expiringSoon() ? "1" : null)
                .replaceIn(UI.getCurrent(), ROUTE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var url = UrlState.of(event.getLocation());
        restoring = true;
        text.setValue(url.get("q").orElse(""));
        counterpart.setValue(url.get("counterpart")
                .flatMap(id -> counterpart
                        .getListDataView()
                        .getItems()
                        .filter(option -> String.valueOf(option.id()).equals(id))
                        .findFirst())
                .orElse(null));
        field.setValue(url.getEnum("field", CooperationField.class).orElse(null));
        statuses.setValue(url.getEnums("status", AgreementStatus.class));
        fromYear.setValue(url.getYear("from").orElse(null));
        toYear.setValue(url.getYear("to").orElse(null));
        Toggles.setOn(expiringSoon, url.get("expiring").isPresent());
        restoring = false;
        filterChanged();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.agreements");
    }
}
