package vn.gov.quangninh.cooperation.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.testsupport.MutableClock;

/** The figures the grid's queries choose their plan by: right, and read again after ten minutes only. */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
class SearchStatisticsTest {

    private static final String NEW_WORD = "zkiemtrathongke";

    @Autowired
    SearchStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void removeTheWord() {
        jdbc.update("delete from commitment_word where word = ?", NEW_WORD);
        clock.reset();
    }

    @Test
    void countsCommitmentsAndThoseOfAWordPrefixAndOfADepartment() {
        // Other tests of this context may have searched, and added commitments, since.
        clock.advance(SearchStatistics.KEPT_FOR);
        assertThat(statistics.commitments())
                .isPositive()
                .isEqualTo(jdbc.queryForObject("select count(*) from commitment", Long.class));
        assertThat(statistics.commitmentsWith("hop"))
                .isPositive()
                .isEqualTo(
                        jdbc.queryForObject("select count(*) from commitment_word where word like 'hop%'", Long.class));
        var department =
                jdbc.queryForObject("select min(department_id) from commitment_supporting_department", Long.class);
        assertThat(statistics.commitmentsOf(department))
                .isPositive()
                .isEqualTo(jdbc.queryForObject("""
                        select (select count(*) from commitment where lead_department_id = ?)
                             + (select count(*) from commitment_supporting_department where department_id = ?)""", Long.class, department, department));
    }

    @Test
    void aWordsFigureIsKeptForTenMinutes() {
        assertThat(statistics.commitmentsWith(NEW_WORD)).isZero();
        var commitment = jdbc.queryForObject("select min(id) from commitment", Long.class);
        jdbc.update("insert into commitment_word (commitment_id, word) values (?, ?)", commitment, NEW_WORD);

        clock.advance(SearchStatistics.KEPT_FOR.minusSeconds(1));
        assertThat(statistics.commitmentsWith(NEW_WORD)).as("still kept").isZero();

        clock.advance(SearchStatistics.KEPT_FOR);
        assertThat(statistics.commitmentsWith(NEW_WORD)).as("read again").isOne();
    }
}
