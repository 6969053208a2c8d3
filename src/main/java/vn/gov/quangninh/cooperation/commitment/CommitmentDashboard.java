package vn.gov.quangninh.cooperation.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.commitment.DashboardFigures.DepartmentTally;
import vn.gov.quangninh.cooperation.commitment.DashboardFigures.FieldTally;
import vn.gov.quangninh.cooperation.commitment.DashboardFigures.MeetingTally;
import vn.gov.quangninh.cooperation.commitment.DashboardFigures.Tally;
import vn.gov.quangninh.cooperation.meeting.MeetingFilter;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.DepartmentService;

/**
 * The figures of the dashboard, counted in the database by grouped queries, so they cost the same
 * with a hundred commitments or a hundred thousand.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentDashboard {

    /** How many overdue commitments the dashboard lists; the grid has the rest. */
    static final int OVERDUE_LISTED = 10;

    /** How many of the latest meetings the dashboard shows. */
    static final int MEETINGS_SHOWN = 12;

    private final CommitmentRepository commitments;
    private final DepartmentService departments;
    private final MeetingService meetings;
    private final Clock clock;

    CommitmentDashboard(
            CommitmentRepository commitments, DepartmentService departments, MeetingService meetings, Clock clock) {
        this.commitments = commitments;
        this.departments = departments;
        this.meetings = meetings;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public DashboardFigures figures() {
        var today = LocalDate.now(clock);
        var followed = CommitmentFilter.followed();
        var byCompletion = new EnumMap<CompletionLevel, Long>(CompletionLevel.class);
        for (var level : CompletionLevel.values()) {
            byCompletion.put(level, 0L);
        }
        for (var row : commitments.countFollowedByCompletion()) {
            byCompletion.put((CompletionLevel) row[0], count(row[1]));
        }
        var byFlag = new EnumMap<CommitmentFlag, Long>(CommitmentFlag.class);
        for (var flag : CommitmentFlag.values()) {
            byFlag.put(flag, commitments.count(followed.withFlag(flag), today));
        }

        return new DashboardFigures(
                byCompletion.values().stream().mapToLong(Long::longValue).sum(),
                commitments.count(followed.withAwaitingReview(true), today),
                byCompletion,
                byFlag,
                byDepartment(today),
                byField(today),
                byMeeting(today),
                commitments.search(
                        followed.withFlag(CommitmentFlag.OVERDUE),
                        today,
                        PageRequest.of(0, OVERDUE_LISTED, Sort.by("dueDate"))),
                byFlag.get(CommitmentFlag.OVERDUE));
    }

    private List<DepartmentTally> byDepartment(LocalDate today) {
        var tallies = new HashMap<Long, Tally>();
        for (var rows :
                List.of(commitments.tallyByLeadDepartment(today), commitments.tallyBySupportingDepartment(today))) {
            for (var row : rows) {
                tallies.merge(count(row[0]), tally(row), Tally::plus);
            }
        }
        return departments.list().stream()
                .filter(department -> tallies.containsKey(department.id()))
                .map(department -> new DepartmentTally(department, tallies.get(department.id())))
                .sorted(Comparator.comparingLong(
                        (DepartmentTally entry) -> -entry.tally().overdue()))
                .toList();
    }

    private List<FieldTally> byField(LocalDate today) {
        return commitments.tallyByField(today).stream()
                .map(row -> new FieldTally((CooperationField) row[0], tally(row)))
                .sorted(Comparator.comparingLong(
                        (FieldTally entry) -> -entry.tally().total()))
                .toList();
    }

    private List<MeetingTally> byMeeting(LocalDate today) {
        Map<Long, Tally> tallies = new HashMap<>();
        for (var row : commitments.tallyByMeeting(today)) {
            tallies.put(count(row[0]), tally(row));
        }
        return meetings
                .search(MeetingFilter.all(), PageRequest.of(0, 1000, Sort.by(Sort.Direction.DESC, "startDate")))
                .stream()
                .filter(meeting -> tallies.containsKey(meeting.id()))
                .limit(MEETINGS_SHOWN)
                .map(meeting -> new MeetingTally(meeting, tallies.get(meeting.id())))
                .toList();
    }

    private static Tally tally(Object[] row) {
        return new Tally(count(row[1]), count(row[2]), count(row[3]));
    }

    /** Sums come back as Long or BigDecimal depending on the database. */
    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
