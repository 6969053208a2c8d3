package vn.gov.quangninh.cooperation.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.gov.quangninh.cooperation.testsupport.LastPageQuery;

/** {@link GridQueriesTests} on H2, and H2's plans where its choice of index depends on our query. */
class GridQueriesTest extends GridQueriesTests {

    /**
     * H2 costs the level's and the lead's indexes (V20) as the due date's when the closure is the
     * only condition, and read a whole level from the older one, sorted; the condition on the sort
     * key (CommitmentSearchImpl#onTheSortKey) makes it read the page in order.
     */
    @ParameterizedTest
    @CsvSource({"completion, ASC", "completion, DESC", "leadDepartment, ASC", "leadDepartment, DESC"})
    void theLevelAndLeadSortsReadOnlyTheirPage(String property, Sort.Direction direction) {
        commitments.search(CommitmentFilter.followed(), PageRequest.of(0, 25, Sort.by(direction, property)));

        // The values Hibernate binds, written in: the open ones, any level or lead, the first page.
        var page = LastPageQuery.sql()
                .replace("closure=?", "closure='" + Closure.OPEN.name() + "'")
                .replace("completion_rank>=?", "completion_rank>=0")
                .replace("lead_sort_key>=?", "lead_sort_key>=''")
                .replace("offset ? rows fetch first ? rows only", "offset 0 rows fetch first 25 rows only");
        assertThat(page).doesNotContain("?");
        var plan = jdbc.queryForObject("explain analyze " + page, String.class);

        assertThat(plan).contains("/* index sorted */").contains("/* scanCount: 25 */");
    }
}
