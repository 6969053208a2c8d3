package vn.gov.quangninh.cooperation.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CommitmentLine;

/**
 * A commitment as the commitment status report and the review pack list it, under a group
 * (department, or section of the review pack); {@code overdue} rows are highlighted.
 */
public record CommitmentReportRow(
        String group,
        String code,
        String title,
        @Nullable String titleZh,
        String leadDepartment,
        @Nullable LocalDate dueDate,
        String completion,
        @Nullable String flags,
        boolean overdue,
        @Nullable LocalDate updateDate,
        @Nullable String update) {

    static CommitmentReportRow of(String group, CommitmentLine line, ReportTexts texts) {
        var latest = line.latestApproved();
        return new CommitmentReportRow(
                group,
                line.code(),
                line.titleVi(),
                line.titleZh(),
                line.leadDepartment().in(texts.locale()),
                line.dueDate(),
                texts.translate(line.completion().labelKey()),
                texts.flags(line.flags()),
                line.has(CommitmentFlag.OVERDUE),
                latest == null ? null : latest.asOfDate(),
                latest == null ? null : latest.narrativeVi());
    }
}
