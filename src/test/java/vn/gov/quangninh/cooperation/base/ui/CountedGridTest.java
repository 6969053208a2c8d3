package vn.gov.quangninh.cooperation.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A register's total is counted once per filter and only up to a limit; past it, the total says
 * "more than" and every row can still be scrolled to.
 */
@SpringBootTest
@ActiveProfiles("test")
class CountedGridTest extends SpringBrowserlessTest {

    private final List<Integer> limitsAsked = new ArrayList<>();
    private final Span total = new Span();
    private final Grid<Integer> grid = new Grid<>();

    private CountedGrid<Integer> register(int records) {
        grid.addColumn(Integer::intValue).setKey("number").setSortable(true).setSortProperty("number");
        UI.getCurrent().add(grid, total);
        return CountedGrid.pageFrom(
                grid,
                page -> IntStream.range(0, records)
                        .skip(page.getOffset())
                        .limit(page.getPageSize())
                        .boxed()
                        .toList(),
                limit -> {
                    limitsAsked.add(limit);
                    return Math.min(records, limit);
                },
                total,
                "commitment.count");
    }

    @Test
    void upToTheLimitTheTotalIsExactAndASortDoesNotCountAgain() {
        var rows = register(1000);
        rows.refresh();

        var grid = test(this.grid);
        assertThat(total.getText()).isEqualTo("1.000 cam kết");
        assertThat(grid.size()).isEqualTo(1000);
        grid.sortByColumn("number");
        assertThat(grid.size()).isEqualTo(1000);
        assertThat(limitsAsked).as("one count, for the filter").containsExactly(CountedGrid.EXACT_UP_TO + 1);

        rows.refresh();
        assertThat(limitsAsked).as("a new filter counts again").hasSize(2);
    }

    @Test
    void pastTheLimitTheTotalSaysMoreAndTheRowsBeyondItCanBeReached() {
        register(2500).refresh();

        assertThat(total.getText()).isEqualTo("Hơn 1.000 cam kết");
        assertThat(grid.getDataCommunicator().isDefinedSize()).isFalse();
        assertThat(grid.getLazyDataView().getItems().count()).isEqualTo(2500);
        assertThat(limitsAsked).containsExactly(CountedGrid.EXACT_UP_TO + 1);
    }
}
