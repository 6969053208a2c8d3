package vn.gov.quangninh.cooperation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.base.ui.CountedGrid;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * The bench profile's generator on H2, and what the commitments grid costs per page on its data:
 * a page of rows is a fixed number of SQL statements whatever its size (no N+1).
 */
@SpringBootTest(
        properties = {
            "app.bench.commitments=3000",
            "app.bench.seed=7",
            "spring.jpa.properties.hibernate.generate_statistics=true"
        })
@ActiveProfiles({"test", "bench"})
class BenchDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommitmentService commitments;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    SignedIn signedIn;

    @BeforeEach
    void signIn() {
        signedIn.as("manager");
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void generatesTheCommitmentsAndTheirSourcesInProportion() {
        assertThat(count("select count(*) from commitment where code like 'BENCH-%'"))
                .isEqualTo(3000);
        assertThat(count("select count(*) from agreement where reference_code like 'BENCH-%'"))
                .isEqualTo(7);
        assertThat(count("select count(*) from meeting where title like 'Hội đàm chuyên đề%'"))
                .isEqualTo(30);
        assertThat(count("""
                        select count(*) from progress_update u join commitment c on c.id = u.commitment_id
                        where c.code like 'BENCH-%'""")).isEqualTo(1500);
        assertThat(count("""
                        select count(*) from commitment_party p join commitment c on c.id = p.commitment_id
                        where c.code like 'BENCH-%'""")).isEqualTo(6000);
        assertThat(count("""
                        select count(*) from commitment c join minutes_clause k on k.id = c.source_clause_id
                        join minutes m on m.id = k.minutes_id
                        where c.code like 'BENCH-%' and m.meeting_id <> c.source_meeting_id"""))
                .as("a commitment's clause belongs to its meeting")
                .isZero();
    }

    @Test
    void theGeneratedTextIsFoundWithoutDiacritics() {
        var filter = new CommitmentFilter(
                "cau bac phong sinh", null, null, null, null, null, Set.of(), null, null, null, false, true);
        assertThat(commitments.count(filter)).isGreaterThan(100);
        assertThat(commitments.search(filter, PageRequest.of(0, 5)))
                .allSatisfy(row -> assertThat(row.titleVi()).contains("cầu Bắc Phong Sinh – Lý Hỏa"));
    }

    @Test
    void aPageOfTheGridIsThreeStatementsWhateverItsSize() {
        var filter = CommitmentFilter.followed().withFlag(CommitmentFlag.OVERDUE);
        var sorted = Sort.by("title").ascending();

        for (int size : new int[] {10, 50, 200}) {
            var statistics = statistics();
            var rows = commitments.search(filter, PageRequest.of(2, size, sorted));
            commitments.countUpTo(filter, CountedGrid.EXACT_UP_TO + 1);
            assertThat(rows).hasSize(size);
            assertThat(statistics.getPrepareStatementCount())
                    .as("statements for a page of %d rows and its count", size)
                    .isEqualTo(3);
        }
    }

    @Test
    void theSameSeedGivesTheSameText() {
        var first = new BenchText(new Random(42));
        var second = new BenchText(new Random(42));
        IntStream.range(0, 20).forEach(i -> assertThat(first.commitmentTitle()).isEqualTo(second.commitmentTitle()));
    }

    private Statistics statistics() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        return statistics;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
