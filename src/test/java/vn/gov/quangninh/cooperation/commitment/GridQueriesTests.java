package vn.gov.quangninh.cooperation.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.security.DepartmentService;
import vn.gov.quangninh.cooperation.testsupport.LastPageQuery;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * The grid's queries take different shapes by how common the searched words are and whether a
 * department is asked for (CommitmentSearchImpl, Words); on 3,000 generated commitments, where the
 * generator's words are common and a code's digits are rare, each shape must find exactly what the
 * plain query finds, in the same order, and count it the same, in full or up to a limit: H2 here,
 * MariaDB in {@link GridQueriesOnMariaDbTest} (its optimizer turns the same JPQL into other plans).
 */
@SpringBootTest(
        properties = {
            "app.bench.commitments=" + GridQueriesTests.COMMITMENTS,
            "app.bench.seed=7",
            LastPageQuery.PROPERTY
        })
@ActiveProfiles({"test", "bench"})
abstract class GridQueriesTests {

    static final int COMMITMENTS = 3000;

    private static final String PLAIN = """
            select c.id from commitment c where (? or c.closure = 'OPEN') %s
            and (coalesce(?, 0) = 0 or c.lead_department_id = ? or exists (
                select 1 from commitment_supporting_department s where s.commitment_id = c.id and s.department_id = ?))
            order by %s""";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommitmentService commitments;

    @Autowired
    DepartmentService departments;

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
    void commonWordsAreFoundInTheGridsOrder() {
        // Common enough for a first page to be walked (Words.walkPays), not for the tenth.
        assertThat(Math.pow(wordRows("khau"), 2)).as("a common word").isGreaterThan(25.0 * COMMITMENTS * 2);
        assertSameAsPlain(filter("cửa khẩu", null, false), Sort.unsorted(), "c.due_date, c.id", "cua", "khau");
        assertSameAsPlain(
                filter("phong", null, false),
                Sort.by("title").descending(),
                "c.title_sort_key desc, c.id desc",
                "phong");
    }

    @Test
    void aRareWordPicksItsCandidates() {
        assertThat(wordRows("0001500")).as("a code's number").isOne();
        assertSameAsPlain(filter("BENCH-0001500", null, true), Sort.unsorted(), "c.due_date, c.id", "bench", "0001500");
        assertSameAsPlain(filter("0002 bench", null, false), Sort.by("code"), "c.code, c.id", "bench", "0002");
    }

    @Test
    void aDepartmentCountsWhatItLeadsAndWhatItSupports() {
        var department = jdbc.queryForObject("""
                select s.department_id from commitment_supporting_department s
                group by s.department_id order by count(*) desc, s.department_id limit 1""", Long.class);
        assertSameAsPlain(filter(null, department, false), Sort.unsorted(), "c.due_date, c.id");
        assertSameAsPlain(
                filter("hợp tác", department, false),
                Sort.by("dueDate").descending(),
                "c.due_date desc, c.id desc",
                "hop",
                "tac");
        assertSameAsPlain(filter(null, department, true), Sort.by("title"), "c.title_sort_key, c.id");
        // Every generated code has "bench": the department's ids narrow its candidates in the word index.
        assertSameAsPlain(filter("bench", department, false), Sort.by("title"), "c.title_sort_key, c.id", "bench");
        assertSameAsPlain(filter("0002 bench", department, true), Sort.unsorted(), "c.due_date, c.id", "bench", "0002");
    }

    @Test
    void levelsSortOnTheirScaleAndLeadsAsTheDepartmentListsDo() {
        var levels = "case c.completion when 'NO_EVIDENCE' then 0 when 'NOT_STARTED' then 1 when 'LIMITED' then 2"
                + " when 'SUBSTANTIAL' then 3 else 4 end";
        assertSameAsPlain(filter(null, null, false), Sort.by("completion"), levels + ", c.id");
        assertSameAsPlain(
                filter("cửa khẩu", null, false),
                Sort.by("completion").descending(),
                levels + " desc, c.id desc",
                "cua",
                "khau");
        var leads = new StringBuilder("case c.lead_department_id");
        var listed = departments.list();
        for (int i = 0; i < listed.size(); i++) {
            leads.append(" when ").append(listed.get(i).id()).append(" then ").append(i);
        }
        leads.append(" end");
        assertSameAsPlain(filter(null, null, false), Sort.by("leadDepartment"), leads + ", c.id");
        assertSameAsPlain(
                filter("phong", null, false),
                Sort.by("leadDepartment").descending(),
                leads + " desc, c.id desc",
                "phong");
        assertSameAsPlain(
                filter("0002 bench", null, false), Sort.by("leadDepartment"), leads + ", c.id", "bench", "0002");
    }

    private void assertSameAsPlain(CommitmentFilter filter, Sort sort, String order, String... words) {
        var plain = plain(filter, order, words);
        assertThat(plain).as("the plain query finds something").isNotEmpty();
        assertThat(commitments.count(filter)).as("count of %s", filter).isEqualTo(plain.size());
        for (int limit : new int[] {1, plain.size() - 1, plain.size(), plain.size() + 1}) {
            assertThat(commitments.countUpTo(filter, limit))
                    .as("count of %s up to %d", filter, limit)
                    .isEqualTo(Math.min(plain.size(), limit));
        }
        var found = new ArrayList<Long>();
        for (int page = 0; page < 3; page++) {
            found.addAll(ids(filter, PageRequest.of(page, 25, sort)));
        }
        assertThat(found).as("first pages of %s", filter).isEqualTo(plain.subList(0, Math.min(75, plain.size())));
        var further = PageRequest.of(10, 25, sort);
        assertThat(ids(filter, further))
                .as("page 10 of %s", filter)
                .isEqualTo(plain.subList(Math.min(250, plain.size()), Math.min(275, plain.size())));
    }

    private List<Long> ids(CommitmentFilter filter, PageRequest page) {
        return commitments.search(filter, page).stream().map(CommitmentRow::id).toList();
    }

    private List<Long> plain(CommitmentFilter filter, String order, String... words) {
        var wordConditions = new StringBuilder();
        for (var word : words) {
            wordConditions.append(" and exists (select 1 from commitment_word w where w.commitment_id = c.id"
                    + " and w.word like '" + word + "%')");
        }
        var department = filter.departmentId();
        return jdbc.queryForList(
                PLAIN.formatted(wordConditions, order),
                Long.class,
                filter.includeClosed(),
                department,
                department,
                department);
    }

    private long wordRows(String word) {
        return jdbc.queryForObject(
                "select count(distinct commitment_id) from commitment_word where word like ?", Long.class, word + "%");
    }

    private static CommitmentFilter filter(@Nullable String text, @Nullable Long departmentId, boolean includeClosed) {
        return new CommitmentFilter(
                text, null, null, null, departmentId, null, Set.of(), null, null, null, false, includeClosed);
    }
}
