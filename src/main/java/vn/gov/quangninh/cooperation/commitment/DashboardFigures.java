package vn.gov.quangninh.cooperation.commitment;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.meeting.MeetingRow;
import vn.gov.quangninh.cooperation.security.DepartmentOption;

/**
 * The managers' overview of the followed commitments (cancelled and superseded ones left out), as of
 * today. Every figure is one the commitments grid can be filtered to.
 */
public record DashboardFigures(
        long followed,
        long awaitingReview,
        Map<CompletionLevel, Long> byCompletion,
        Map<CommitmentFlag, Long> byFlag,
        List<DepartmentTally> byDepartment,
        List<FieldTally> byField,
        List<MeetingTally> byMeeting,
        List<CommitmentRow> overdue,
        long overdueTotal)
        implements Serializable {

    /** How many commitments, how many of them complete, how many overdue. */
    public record Tally(long total, long complete, long overdue) implements Serializable {

        Tally plus(Tally other) {
            return new Tally(total + other.total, complete + other.complete, overdue + other.overdue);
        }

        public int percentComplete() {
            return total == 0 ? 0 : (int) Math.round(100.0 * complete / total);
        }
    }

    /** Commitments a department leads or supports. */
    public record DepartmentTally(DepartmentOption department, Tally tally) implements Serializable {}

    /** Commitments of a field; a null field gathers those not classified. */
    public record FieldTally(@Nullable CooperationField field, Tally tally) implements Serializable {}

    /** Commitments made at one meeting: how much of its minutes is done. */
    public record MeetingTally(MeetingRow meeting, Tally tally) implements Serializable {}
}
