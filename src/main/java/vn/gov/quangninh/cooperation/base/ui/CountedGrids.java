package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.data.domain.Pageable;
import vn.gov.quangninh.cooperation.base.i18n.Formats;

/**
 * The registers' grids (agreements, meetings, commitments): rows paged from the database, and the
 * number of records matching the filter shown beside the grid each time the grid counts them. The
 * rows the client asks for come in one query ({@link RowRange}).
 */
public final class CountedGrids {

    private CountedGrids() {}

    /**
     * @param countKey the translation of the total, with the formatted number as its argument
     */
    public static <T> void pageFrom(
            Grid<T> grid, Function<Pageable, List<T>> rows, LongSupplier count, Span total, String countKey) {
        grid.setItems(query -> rows.apply(RowRange.of(query)).stream(), query -> {
            var matching = count.getAsLong();
            total.setText(grid.getTranslation(
                    countKey, Formats.number(matching, UI.getCurrent().getLocale())));
            return (int) matching;
        });
        grid.getDataCommunicator().setPagingEnabled(false);
    }
}
