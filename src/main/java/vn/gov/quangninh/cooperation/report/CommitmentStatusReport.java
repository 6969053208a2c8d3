package vn.gov.quangninh.cooperation.report;

import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.i18n.AppI18NProvider;
import vn.gov.quangninh.cooperation.base.i18n.Languages;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CommitmentLine;
import vn.gov.quangninh.cooperation.commitment.CommitmentLines;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.DepartmentService;

/**
 * "Báo cáo tình hình thực hiện cam kết": the followed commitments due in a period (optionally of a
 * department, field or meeting), grouped by lead department, overdue ones highlighted, with the
 * counts per completion level and flag in a table and the levels in a chart.
 */
@Service
@PreAuthorize(AppRoles.IS_SIGNED_IN)
public class CommitmentStatusReport {

    public static final String TEMPLATE = "commitment-status";

    /** The period is that of the due dates, both days included. */
    public record Criteria(
            LocalDate from,
            LocalDate to,
            @Nullable Long departmentId,
            @Nullable CooperationField field,
            @Nullable Long meetingId)
            implements Serializable {}

    private static final List<CommitmentFlag> COUNTED_FLAGS = List.of(
            CommitmentFlag.DUE_SOON,
            CommitmentFlag.OVERDUE,
            CommitmentFlag.LAPSED,
            CommitmentFlag.AWAITING_COUNTERPART);

    private final CommitmentLines commitments;
    private final MeetingService meetings;
    private final DepartmentService departments;
    private final ReportRenderer renderer;
    private final AppI18NProvider i18n;

    CommitmentStatusReport(
            CommitmentLines commitments,
            MeetingService meetings,
            DepartmentService departments,
            ReportRenderer renderer,
            AppI18NProvider i18n) {
        this.commitments = commitments;
        this.meetings = meetings;
        this.departments = departments;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    /** Refuses an unknown department or meeting (400 over HTTP). */
    public RenderedReport render(Criteria criteria, Locale locale, ReportProgress progress) {
        return renderer.render(request(criteria, locale), progress);
    }

    ReportRequest request(Criteria criteria, Locale locale) {
        var texts = new ReportTexts(i18n, locale);
        var department = criteria.departmentId() == null ? null : departments.option(criteria.departmentId());
        var meeting = criteria.meetingId() == null
                ? null
                : meetings.get(criteria.meetingId()).title(texts);
        var lines = commitments.of(new CommitmentFilter(
                null,
                criteria.meetingId(),
                null,
                criteria.field(),
                criteria.departmentId(),
                null,
                Set.of(),
                null,
                criteria.from(),
                criteria.to(),
                false,
                false));
        var rows = new ArrayList<CommitmentReportRow>(lines.size());
        lines.forEach(
                line -> rows.add(CommitmentReportRow.of(line.leadDepartment().in(locale), line, texts)));
        rows.sort(Comparator.comparing(CommitmentReportRow::group, Collator.getInstance(Languages.VIETNAMESE)));
        var levels = levels(lines, texts);
        return ReportRequest.of(TEMPLATE)
                .locale(locale)
                .title("report.commitments.title")
                .criterion("report.criteria.from", criteria.from())
                .criterion("report.criteria.to", criteria.to())
                .criterion("report.criteria.department", department == null ? null : department.label(locale))
                .criterion(
                        "report.criteria.field",
                        criteria.field() == null
                                ? null
                                : texts.translate(criteria.field().labelKey()))
                .criterion("report.criteria.meeting", meeting)
                .parameter(
                        "CHART_ROWS",
                        levels.stream()
                                .filter(count -> count.value().intValue() > 0)
                                .toList())
                .parameter("SUMMARY_ROWS", summary(lines, levels, texts))
                .rows(rows)
                .build();
    }

    /** Every level, in the scale's order, with its count (zero included in the table, left out of the pie). */
    private static List<ReportCount> levels(List<CommitmentLine> lines, ReportTexts texts) {
        var counts = new EnumMap<CompletionLevel, Integer>(CompletionLevel.class);
        for (var level : CompletionLevel.values()) {
            counts.put(level, 0);
        }
        lines.forEach(line -> counts.merge(line.completion(), 1, Integer::sum));
        var rows = new ArrayList<ReportCount>();
        counts.forEach((level, count) -> rows.add(new ReportCount(texts.translate(level.labelKey()), count)));
        return rows;
    }

    private static List<ReportCount> summary(List<CommitmentLine> lines, List<ReportCount> levels, ReportTexts texts) {
        var rows = new ArrayList<ReportCount>();
        rows.add(new ReportCount(texts.translate("report.commitments.total"), lines.size()));
        rows.addAll(levels);
        for (var flag : COUNTED_FLAGS) {
            rows.add(new ReportCount(
                    texts.translate(flag.labelKey()),
                    lines.stream().filter(line -> line.has(flag)).count()));
        }
        return rows;
    }
}
