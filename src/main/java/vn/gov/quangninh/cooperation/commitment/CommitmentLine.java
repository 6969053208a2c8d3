package vn.gov.quangninh.cooperation.commitment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;

/**
 * A commitment as documents list it: a grid row plus where it comes from (meeting, clause) and
 * its latest approved progress update. Read by the PDF reports.
 */
public record CommitmentLine(
        long id,
        String code,
        String titleVi,
        @Nullable String titleZh,
        @Nullable CooperationField field,
        LocalizedName leadDepartment,
        @Nullable Long meetingId,
        @Nullable Long clauseId,
        @Nullable LocalDate dueDate,
        boolean ongoing,
        CompletionLevel completion,
        Set<CommitmentFlag> flags,
        @Nullable ApprovedUpdate latestApproved)
        implements Serializable {

    /** The latest progress update a manager approved: what the commitment officially stands at. */
    public record ApprovedUpdate(
            LocalDate asOfDate,
            String narrativeVi,
            @Nullable String narrativeZh) implements Serializable {}

    public boolean has(CommitmentFlag flag) {
        return flags.contains(flag);
    }
}
