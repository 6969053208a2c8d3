package vn.gov.quangninh.cooperation.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.agreement.AgreementKind;
import vn.gov.quangninh.cooperation.agreement.AgreementLevel;
import vn.gov.quangninh.cooperation.agreement.AgreementStatus;
import vn.gov.quangninh.cooperation.agreement.AuthoritativeText;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.base.text.SearchText;
import vn.gov.quangninh.cooperation.base.text.VietnameseCollation;
import vn.gov.quangninh.cooperation.commitment.Closure;
import vn.gov.quangninh.cooperation.commitment.Commitment;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.commitment.Party;
import vn.gov.quangninh.cooperation.commitment.PartyStatus;
import vn.gov.quangninh.cooperation.commitment.Priority;
import vn.gov.quangninh.cooperation.commitment.UpdateState;
import vn.gov.quangninh.cooperation.meeting.MeetingFormat;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;
import vn.gov.quangninh.cooperation.meeting.MinutesKind;
import vn.gov.quangninh.cooperation.meeting.MinutesState;

/**
 * Fills the database with {@code app.bench.commitments} generated commitments and, in proportion,
 * agreements (1 per 400), meetings with signed minutes (1 per 100), clauses (1 per 2) and progress
 * updates (1 per 2), for the benchmark (issue 8). The same seed gives the same data. Rows go in
 * with JDBC batches, not through JPA: a million entities would take an hour and the heap. It adds
 * to what is there (the sample data), once: a database that already holds the generated rows is
 * left alone.
 */
@Component
@Profile("bench")
class BenchData {

    static final String CODE_PREFIX = "BENCH-";
    private static final Logger log = LoggerFactory.getLogger(BenchData.class);
    private static final int BATCH = 2_000;
    /** As Commitment.WORD_LENGTH: the generated rows must be what the entity would write. */
    private static final int WORD_LENGTH = 40;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int commitments;
    private final long seed;

    BenchData(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${app.bench.commitments:10000}") int commitments,
            @Value("${app.bench.seed:2026}") long seed) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.commitments = commitments;
        this.seed = seed;
    }

    /** After the application runners: the generated rows refer to the sample data's departments. */
    @EventListener(ApplicationReadyEvent.class)
    public void fill() {
        var existing =
                jdbc.queryForObject("select count(*) from commitment where code like ?", Long.class, CODE_PREFIX + "%");
        if (existing != null && existing > 0) {
            log.info("Bench data: {} generated commitments already present, nothing added", existing);
            return;
        }
        var started = Instant.now(clock);
        generate(new Random(seed));
        log.info(
                "Bench data: {} commitments generated (seed {}) in {} s",
                commitments,
                seed,
                Duration.between(started, Instant.now(clock)).toSeconds());
    }

    private void generate(Random random) {
        var text = new BenchText(random);
        var departments = jdbc.queryForList("select id from department order by id", Long.class);
        var localities = jdbc.queryForList("select id from counterpart_locality order by id", Long.class);
        var today = LocalDate.now(clock);
        var now = Timestamp.from(Instant.now(clock));

        var agreementIds = agreements(Math.max(1, commitments / 400), text, departments, localities, today);
        var meetingIds = meetings(Math.max(1, commitments / 100), text, today);
        var clauseIds = clauses(meetingIds, Math.max(1, commitments / 2), text);
        commitments(text, departments, agreementIds, meetingIds, clauseIds, today, now);
        updates(text, departments, today, now);
    }

    private List<Long> agreements(
            int count, BenchText text, List<Long> departments, List<Long> localities, LocalDate today) {
        var first = next(jdbc.queryForObject("select max(id) from agreement", Long.class));
        var rows = new ArrayList<Object[]>();
        var links = new ArrayList<Object[]>();
        for (int i = 0; i < count; i++) {
            long id = first + i;
            var title = text.agreementTitle();
            var signed = today.minusDays(text.between(30, 3_650));
            rows.add(new Object[] {
                id,
                CODE_PREFIX + "A-%06d".formatted(i + 1),
                title.vi(),
                title.zh(),
                AuthoritativeText.EQUALLY_AUTHENTIC.name(),
                text.pick(AgreementKind.values()).name(),
                text.pick(AgreementLevel.values()).name(),
                Date.valueOf(signed),
                Date.valueOf(signed),
                Date.valueOf(signed.plusYears(5)),
                text.pick(departments),
                text.pick(AgreementStatus.values()).name(),
                VietnameseCollation.sortKey(title.vi()),
                SearchText.index(2000, title.vi(), title.zh())
            });
            links.add(new Object[] {id, text.pick(localities)});
        }
        batch("""
                insert into agreement (id, reference_code, title_vi, title_zh, authoritative_text, kind, level,
                    signing_date, effective_date, expiry_date, indefinite, auto_renewal, lead_department_id,
                    status, title_sort_key, search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, ?, ?, ?, ?)""", rows);
        batch("insert into agreement_counterpart (agreement_id, locality_id) values (?, ?)", links);
        return ids(first, count);
    }

    private List<Long> meetings(int count, BenchText text, LocalDate today) {
        var first = next(jdbc.queryForObject("select max(id) from meeting", Long.class));
        var firstMinutes = next(jdbc.queryForObject("select max(id) from minutes", Long.class));
        var meetings = new ArrayList<Object[]>();
        var minutes = new ArrayList<Object[]>();
        for (int i = 0; i < count; i++) {
            var title = text.meetingTitle(i + 1);
            var start = today.minusDays(text.between(0, 3_650));
            meetings.add(new Object[] {
                first + i,
                MeetingSeries.OTHER.name(),
                title,
                Date.valueOf(start),
                Date.valueOf(start.plusDays(1)),
                text.pick(Side.values()).name(),
                text.city(),
                MeetingFormat.IN_PERSON.name(),
                SearchText.index(1000, title)
            });
            minutes.add(new Object[] {
                firstMinutes + i,
                first + i,
                MinutesKind.MINUTES.name(),
                Date.valueOf(start.plusDays(1)),
                MinutesState.SIGNED.name()
            });
        }
        batch("""
                insert into meeting (id, series, title, start_date, end_date, host_side, city, format, search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", meetings);
        batch("insert into minutes (id, meeting_id, kind, signing_date, state) values (?, ?, ?, ?, ?)", minutes);
        return ids(first, count);
    }

    /** Clauses spread evenly over the meetings' minutes; returns their ids in order. */
    private List<Long> clauses(List<Long> meetingIds, int count, BenchText text) {
        var firstMinutes = jdbc.queryForObject(
                "select min(id) from minutes where meeting_id = ?", Long.class, meetingIds.getFirst());
        var first = next(jdbc.queryForObject("select max(id) from minutes_clause", Long.class));
        var perMinutes = Math.max(1, count / meetingIds.size());
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < count; i++) {
            var clause = text.commitmentTitle();
            rows.add(new Object[] {
                first + i,
                firstMinutes + Math.min(i / perMinutes, meetingIds.size() - 1),
                i % perMinutes + 1,
                text.pick(CooperationField.values()).name(),
                clause.vi(),
                clause.zh()
            });
            if (rows.size() == BATCH) {
                flush(
                        "insert into minutes_clause (id, minutes_id, number, field, text_vi, text_zh) values (?, ?, ?, ?, ?, ?)",
                        rows);
            }
        }
        flush(
                "insert into minutes_clause (id, minutes_id, number, field, text_vi, text_zh) values (?, ?, ?, ?, ?, ?)",
                rows);
        return ids(first, count);
    }

    private void commitments(
            BenchText text,
            List<Long> departments,
            List<Long> agreements,
            List<Long> meetings,
            List<Long> clauses,
            LocalDate today,
            Timestamp now) {
        var first = next(jdbc.queryForObject("select max(id) from commitment", Long.class));
        var leadSortKeys = new HashMap<Long, String>();
        jdbc.query("select id, name_vi from department", row -> {
            leadSortKeys.put(row.getLong(1), Commitment.leadSortKey(row.getString(2)));
        });
        var rows = new ArrayList<Object[]>();
        var parties = new ArrayList<Object[]>();
        var words = new ArrayList<Object[]>();
        var perMeeting = Math.max(1, commitments / meetings.size());
        for (int i = 0; i < commitments; i++) {
            long id = first + i;
            var title = text.commitmentTitle();
            var code = CODE_PREFIX + "%07d".formatted(i + 1);
            var fromAgreement = i % 10 == 0;
            var due = today.plusDays(text.between(-730, 730));
            var completion = text.pick(CompletionLevel.values());
            var field = text.pick(CooperationField.values());
            var awaiting = text.chance(10);
            var lead = text.pick(departments);
            rows.add(new Object[] {
                id,
                code,
                title.vi(),
                title.zh(),
                fromAgreement ? null : clauses.get(Math.min(i / 2, clauses.size() - 1)),
                fromAgreement ? null : meetings.get(Math.min(i / perMeeting, meetings.size() - 1)),
                fromAgreement ? agreements.get(i % agreements.size()) : null,
                field.name(),
                awaiting,
                lead,
                Date.valueOf(due),
                text.pick(Priority.values()).name(),
                completion.name(),
                completion.ordinal(),
                text.chance(3) ? Closure.CANCELLED.name() : Closure.OPEN.name(),
                now,
                VietnameseCollation.sortKey(title.vi()),
                leadSortKeys.get(lead),
                SearchText.index(1500, code, title.vi(), title.zh())
            });
            for (var word : SearchText.words(WORD_LENGTH, code, title.vi())) {
                words.add(new Object[] {id, word});
            }
            parties.add(new Object[] {
                id, 0, Party.QUANG_NINH.name(), text.pick(PartyStatus.values()).name()
            });
            parties.add(new Object[] {
                id, 1, Party.GUANGXI.name(), text.pick(PartyStatus.values()).name()
            });
            if (rows.size() == BATCH) {
                flushCommitments(rows, parties, words);
            }
        }
        flushCommitments(rows, parties, words);
    }

    private void flushCommitments(List<Object[]> rows, List<Object[]> parties, List<Object[]> words) {
        flush("""
                insert into commitment (id, code, title_vi, title_zh, source_clause_id, source_meeting_id,
                    source_agreement_id, field, awaiting_counterpart, lead_department_id, due_date, ongoing,
                    priority, completion, completion_rank, closure, created_at, title_sort_key, lead_sort_key,
                    search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        flush("insert into commitment_party (commitment_id, position, party, status) values (?, ?, ?, ?)", parties);
        flush("insert into commitment_word (commitment_id, word) values (?, ?)", words);
    }

    /** Every second generated commitment gets an update: most approved, some waiting for review. */
    private void updates(BenchText text, List<Long> departments, LocalDate today, Timestamp now) {
        var first =
                jdbc.queryForObject("select min(id) from commitment where code like ?", Long.class, CODE_PREFIX + "%");
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < commitments; i += 2) {
            var narrative = text.narrative();
            var state = text.chance(5) ? UpdateState.SUBMITTED : UpdateState.APPROVED;
            rows.add(new Object[] {
                first + i,
                Date.valueOf(today.minusDays(text.between(0, 365))),
                narrative.vi(),
                narrative.zh(),
                text.pick(CompletionLevel.values()).name(),
                "staff",
                text.reporter(),
                text.pick(departments),
                state.name(),
                now,
                now
            });
            if (rows.size() == BATCH) {
                flushUpdates(rows);
            }
        }
        flushUpdates(rows);
    }

    private void flushUpdates(List<Object[]> rows) {
        flush("""
                insert into progress_update (commitment_id, as_of_date, narrative_vi, narrative_zh, proposed_level,
                    reporter_username, reporter_name, reporter_department_id, state, submitted_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static long next(@Nullable Long maxId) {
        return maxId == null ? 1 : maxId + 1;
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private void flush(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }

    private static List<Long> ids(long first, int count) {
        var ids = new ArrayList<Long>(count);
        for (int i = 0; i < count; i++) {
            ids.add(first + i);
        }
        return ids;
    }
}
