package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Supplier;
import vn.gov.quangninh.cooperation.base.history.ChangeRow;
import vn.gov.quangninh.cooperation.base.i18n.Formats;

/**
 * The "History" section of a detail page: every change of the record, newest first, as when, who,
 * field, old value and new value. Read only when the reader opens it; text is shown as text.
 */
public class HistoryPanel extends Details {

    final Grid<ChangeRow> grid = new Grid<>();
    private final Supplier<List<ChangeRow>> rows;
    private boolean loaded;

    /** @param rows the record's changes, from its feature's service */
    public HistoryPanel(Supplier<List<ChangeRow>> rows) {
        this.rows = rows;
        setSummaryText(getTranslation("history.tab"));
        setId("history");
        addClassName("section");
        setWidthFull();
        grid.addColumn(row -> Formats.dateTime(row.changedAt()))
                .setHeader(getTranslation("history.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ChangeRow::username)
                .setHeader(getTranslation("history.who"))
                .setAutoWidth(true);
        grid.addColumn(ChangeRow::field)
                .setHeader(getTranslation("history.field"))
                .setAutoWidth(true);
        grid.addColumn(ChangeRow::oldValue)
                .setHeader(getTranslation("history.old"))
                .setFlexGrow(2);
        grid.addColumn(ChangeRow::newValue)
                .setHeader(getTranslation("history.new"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                load();
            }
        });
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        var changes = rows.get();
        add(changes.isEmpty() ? new Paragraph(getTranslation("history.empty")) : grid);
        grid.setItems(changes);
    }

    /** The rows shown, for tests. */
    public List<ChangeRow> shown() {
        return grid.getListDataView().getItems().toList();
    }
}
