package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;

/**
 * A register's grid (agreements, meetings, commitments): rows paged from the database, and beside
 * it the number of records matching the filter. The rows the client asks for come in one query
 * ({@link RowRange}). Counting is what grows with the data, so it is done once per filter, not
 * again when the user sorts or scrolls, and only up to {@link #EXACT_UP_TO}: beyond that the total
 * reads "more than 1,000" and the grid finds its end as the user scrolls (DD015).
 */
public final class CountedGrid<T> {

    /** Matches counted exactly up to this many. */
    public static final int EXACT_UP_TO = 1000;

    /** How many records match the filter; from the limit up, a number means at least the limit. */
    @FunctionalInterface
    public interface Counter {
        long upTo(int limit);
    }

    private final Grid<T> grid;
    private final Counter counter;
    private final Span total;
    private final String countKey;

    private CountedGrid(Grid<T> grid, Counter counter, Span total, String countKey) {
        this.grid = grid;
        this.counter = counter;
        this.total = total;
        this.countKey = countKey;
    }

    /**
     * @param countKey the translation of the total, with the formatted number as its argument;
     *     {@code countKey + ".more"} that of "more than" the number
     */
    public static <T> CountedGrid<T> pageFrom(
            Grid<T> grid, Function<Pageable, List<T>> rows, Counter counter, Span total, String countKey) {
        grid.setItems(query -> rows.apply(RowRange.of(query)).stream());
        grid.getDataCommunicator().setPagingEnabled(false);
        return new CountedGrid<>(grid, counter, total, countKey);
    }

    /** The filter changed: count the matches and read the rows again. */
    public void refresh() {
        var matching = counter.upTo(EXACT_UP_TO + 1);
        var rows = grid.getLazyDataView();
        if (matching > EXACT_UP_TO) {
            show(countKey + ".more", EXACT_UP_TO);
            rows.setItemCountEstimate(EXACT_UP_TO + 1);
            rows.setItemCountEstimateIncrease(EXACT_UP_TO);
        } else {
            show(countKey, matching);
            rows.setItemCountCallback(query -> (int) matching);
        }
        grid.getDataProvider().refreshAll();
    }

    private void show(String key, long number) {
        // A number, not its text: the English bundle chooses "1 commitment" or "2 commitments" by it.
        total.setText(grid.getTranslation(key, number));
    }
}
