package vn.gov.quangninh.cooperation.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class RowRangeTest {

    @Test
    void aViewportThatStartsMidPageIsOneRangeFromItsOwnOffset() {
        var query = new Query<Object, Void>(
                50, 100, List.of(new QuerySortOrder("title", SortDirection.DESCENDING)), null, null);

        var range = RowRange.of(query);

        assertThat(range.getOffset()).isEqualTo(50);
        assertThat(range.getPageSize()).isEqualTo(100);
        assertThat(range.getSort()).isEqualTo(Sort.by(Sort.Order.desc("title")));
        assertThat(range.next().getOffset()).isEqualTo(150);
        assertThat(range.previousOrFirst().getOffset()).isZero();
    }
}
