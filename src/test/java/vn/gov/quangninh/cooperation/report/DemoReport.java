package vn.gov.quangninh.cooperation.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The demo report of the engine, "Danh mục địa phương đối tác": template
 * {@code src/test/reports/counterpart-localities.jrxml}, labels in
 * {@code src/test/resources/reports/counterpart-localities_{vi,en}.properties}, rows defined here.
 */
public final class DemoReport {

    public static final String TEMPLATE = "counterpart-localities";
    public static final String AUTHOR = "Nguyễn Văn Dương";
    /** 22/11/2026 16:30 in Quảng Ninh. */
    public static final ZonedDateTime GENERATED_AT =
            ZonedDateTime.of(2026, 11, 22, 16, 30, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A counterpart locality: a row of the demo report (a record, as services return them). */
    public record Locality(
            String name,
            @Nullable String chineseName,
            String level,
            String mechanism,
            @Nullable Integer agreements,
            @Nullable Long tradeUsd,
            @Nullable LocalDate since) {}

    public static final List<Locality> ROWS = List.of(
            new Locality(
                    "Khu tự trị dân tộc Choang Quảng Tây",
                    "广西壮族自治区",
                    "Cấp tỉnh",
                    "Hội đàm đầu Xuân",
                    12,
                    1_234_567_890L,
                    LocalDate.of(2008, 1, 15)),
            new Locality(
                    "Đông Hưng",
                    "东兴市",
                    "Cấp huyện",
                    "Ủy ban công tác liên hợp",
                    5,
                    456_789_000L,
                    LocalDate.of(2012, 3, 1)),
            new Locality("Phòng Thành Cảng", "防城港市", "Cấp thành phố", "Ủy ban công tác liên hợp", 3, 98_765_432L, null),
            new Locality("Bằng Tường", "凭祥市", "Cấp huyện", "Hướng dẫn thông quan tại Hạ Long", 1, 7_500L, null));

    /** A slice of the charts: agreements per cooperation mechanism. */
    public record Slice(String label, Number value) {}

    private static final java.util.Map<String, String> MECHANISM_IN_CHINESE =
            java.util.Map.of("Hội đàm đầu Xuân", "新春会晤", "Ủy ban công tác liên hợp", "联合工作委员会");

    private DemoReport() {}

    /** Agreements per mechanism, as a service would compute them for the charts. */
    public static List<Slice> slices(List<Locality> rows) {
        var totals = new java.util.TreeMap<String, Integer>();
        rows.forEach(
                row -> totals.merge(row.mechanism(), row.agreements() == null ? 0 : row.agreements(), Integer::sum));
        return totals.entrySet().stream()
                .map(entry -> new Slice(
                        entry.getKey() + " " + MECHANISM_IN_CHINESE.getOrDefault(entry.getKey(), ""), entry.getValue()))
                .toList();
    }

    public static ReportRequest request(Locale locale, List<Locality> rows) {
        return request(locale, rows, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    public static ReportRequest request(Locale locale, List<Locality> rows, LocalDate from, LocalDate to) {
        return ReportRequest.of(TEMPLATE)
                .locale(locale)
                .title("report.localities.title")
                .criterion("report.localities.criteria.region", "Quảng Ninh – Quảng Tây")
                .criterion("report.criteria.from", from)
                .criterion("report.criteria.to", to)
                .parameter("CHART_ROWS", slices(rows))
                .rows(rows)
                .build();
    }

    public static ReportRequest request(Locale locale) {
        return request(locale, ROWS);
    }

    /** {@code count} generated rows for the benchmark and the long-report tests. */
    public static List<Locality> generatedRows(int count) {
        var rows = new java.util.ArrayList<Locality>(count);
        for (int i = 1; i <= count; i++) {
            var sample = ROWS.get(i % ROWS.size());
            rows.add(new Locality(
                    sample.name() + " " + i,
                    sample.chineseName(),
                    sample.level(),
                    sample.mechanism(),
                    i % 17,
                    1_000L * i,
                    i % 3 == 0 ? LocalDate.of(2000 + i % 26, 1 + i % 12, 1 + i % 28) : null));
        }
        return rows;
    }
}
