package vn.gov.quangninh.cooperation.report.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.quangninh.cooperation.report.CommitmentReportRow;
import vn.gov.quangninh.cooperation.report.CommitmentStatusReport;
import vn.gov.quangninh.cooperation.report.ReportCount;
import vn.gov.quangninh.cooperation.report.ReportRequest;

/**
 * The commitment status report's request as {@link CommitmentStatusReport} builds it (template,
 * criteria, chart and summary parameters, rows grouped by department), for any number of generated
 * commitments: the report engine is timed on it without a database.
 */
final class CommitmentStatusRows {

    private static final List<String> DEPARTMENTS = List.of(
            "Ban Quản lý Khu kinh tế tỉnh",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            "Sở Công Thương",
            "Sở Du lịch",
            "Sở Ngoại vụ",
            "Sở Nông nghiệp và Môi trường",
            "Sở Xây dựng",
            "Sở Y tế");
    private static final List<String> LEVELS = List.of("Chưa bắt đầu", "Hạn chế", "Phần lớn", "Hoàn thành");
    private static final String[][] TITLES = {
        {"Phối hợp hoàn thiện hạ tầng cặp cửa khẩu song phương Hoành Mô – Động Trung", "协调完善横模—峒中双边口岸基础设施"},
        {"Đẩy nhanh xây dựng cầu Bắc Phong Sinh – Lý Hỏa", "加快建设北丰生—里火通道大桥"},
        {"Tăng cường chia sẻ thông tin thị trường hai chiều", "加强双向市场信息共享"},
        {"Phát triển du lịch tự lái xe qua biên giới Móng Cái – Đông Hưng", "发展芒街—东兴跨境自驾游"}
    };

    private CommitmentStatusRows() {}

    static List<CommitmentReportRow> generated(int count) {
        var rows = new ArrayList<CommitmentReportRow>(count);
        for (int i = 0; i < count; i++) {
            var title = TITLES[i % TITLES.length];
            var overdue = i % 5 == 0;
            rows.add(new CommitmentReportRow(
                    DEPARTMENTS.get(i * DEPARTMENTS.size() / count),
                    "BENCH-%05d".formatted(i + 1),
                    title[0] + " (" + (i + 1) + ")",
                    title[1],
                    DEPARTMENTS.get(i % DEPARTMENTS.size()),
                    LocalDate.of(2024, 1, 1).plusDays(i % 900),
                    LEVELS.get(i % LEVELS.size()),
                    overdue ? "Quá hạn" : null,
                    overdue,
                    i % 2 == 0 ? LocalDate.of(2025, 6, 25) : null,
                    i % 2 == 0 ? "Hai bên đã thống nhất kế hoạch; 双方已商定计划。" : null));
        }
        return rows;
    }

    static ReportRequest request(Locale locale, List<CommitmentReportRow> rows) {
        var levels = LEVELS.stream()
                .map(level -> new ReportCount(
                        level,
                        rows.stream()
                                .filter(row -> row.completion().equals(level))
                                .count()))
                .toList();
        var summary = new ArrayList<ReportCount>();
        summary.add(new ReportCount("Tổng số", rows.size()));
        summary.addAll(levels);
        return ReportRequest.of(CommitmentStatusReport.TEMPLATE)
                .locale(locale)
                .title("report.commitments.title")
                .criterion("report.criteria.from", LocalDate.of(2024, 1, 1))
                .criterion("report.criteria.to", LocalDate.of(2026, 12, 31))
                .parameter("CHART_ROWS", levels)
                .parameter("SUMMARY_ROWS", summary)
                .rows(rows)
                .build();
    }
}
