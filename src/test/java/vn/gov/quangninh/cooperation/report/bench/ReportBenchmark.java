package vn.gov.quangninh.cooperation.report.bench;

import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import vn.gov.quangninh.cooperation.base.i18n.Languages;
import vn.gov.quangninh.cooperation.report.CommitmentReportRow;
import vn.gov.quangninh.cooperation.report.DemoReport;
import vn.gov.quangninh.cooperation.report.ReportEngine;
import vn.gov.quangninh.cooperation.report.ReportProgress;
import vn.gov.quangninh.cooperation.report.ReportRequest;

/**
 * Times the report engine on the commitment status report (generated rows, the request as
 * CommitmentStatusReport builds it; {@code -Dbench.report=demo} for the demo report) against bare
 * JasperReports filling and exporting the same compiled template with the same parameters and
 * rows, in one JVM. Not a unit test: run it
 * with {@code ./mvnw -q -Pbench test-compile exec:exec} (see the README, "Reports"), which gives the
 * JVM 512 MB of heap. Arguments: the row counts (default 5000 50000).
 *
 * <p>"engine": {@link ReportEngine#render} as the application calls it (records through
 * ReportRows, labels and parameters, PDF/A-2b). "bare": JasperFillManager + JRPdfExporter with the
 * parameter map the engine built and the same PDF/A settings, rows as maps (JasperReports' own
 * data source). Both write to a sink, so the PDF is not kept in memory. For the engine it also
 * prints what one report allocates and the collectors' time while it runs: with one core the
 * collector's pauses are what a report costs the users working beside it (DD018).
 */
public final class ReportBenchmark {

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        var sizes = args.length == 0
                ? new int[] {5_000, 50_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        var jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();

        var workload = workload(System.getProperty("bench.report", "commitment-status"));
        System.out.printf("Report: %s%n", workload.name());
        var firstStart = System.nanoTime();
        var engine = new ReportEngine();
        var first = render(engine, workload.request(workload.rows(4)));
        var firstMillis = millis(System.nanoTime() - firstStart);
        System.out.printf(
                "First request (new engine in a fresh JVM, 4 rows, %d pages): %d ms (%d ms after JVM start)%n",
                first.pages, firstMillis, System.currentTimeMillis() - jvmStart);
        var second = timed(() -> render(engine, workload.request(workload.rows(4))));
        System.out.printf("Second request (4 rows): %d ms%n", second);

        System.out.printf(
                "%n%8s %8s %6s %10s %12s %12s %7s %9s %12s %14s%n",
                "rows",
                "pages",
                "runs",
                "PDF kB",
                "engine ms",
                "bare ms",
                "ratio",
                "heap MB",
                "engine MB*",
                "engine GC ms*");
        for (var size : sizes) {
            var rows = workload.rows(size);
            var request = workload.request(rows);
            var maps = asMaps(rows);
            var runs = size >= 20_000 ? 3 : 5;
            // Warm-up: one of each before timing.
            var pages = render(engine, request).pages;
            bare(engine, request, maps);
            var engineTimes = new ArrayList<Long>();
            var bareTimes = new ArrayList<Long>();
            long bytes = 0;
            long allocated = 0;
            long collecting = 0;
            for (int run = 0; run < runs; run++) {
                var allocatedBefore = allocatedBytes();
                var collectingBefore = collectorMillis();
                var started = System.nanoTime();
                bytes = render(engine, workload.request(rows)).bytes;
                engineTimes.add(millis(System.nanoTime() - started));
                collecting += collectorMillis() - collectingBefore;
                allocated += allocatedBytes() - allocatedBefore;
                started = System.nanoTime();
                bare(engine, request, maps);
                bareTimes.add(millis(System.nanoTime() - started));
            }
            var engineMedian = median(engineTimes);
            var bareMedian = median(bareTimes);
            System.out.printf(
                    "%8d %8d %6d %10d %12d %12d %7.2f %9d %12d %14d%n",
                    size,
                    pages,
                    runs,
                    bytes / 1024,
                    engineMedian,
                    bareMedian,
                    (double) engineMedian / bareMedian,
                    usedHeapMegabytes(),
                    allocated / runs / (1024 * 1024),
                    collecting / runs);
            System.out.printf("         engine runs %s, bare runs %s%n", engineTimes, bareTimes);
        }
        System.out.printf(
                "%n* per engine run: what the rendering thread allocated, and the time of the collectors %s"
                        + " meanwhile%n",
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName)
                        .toList());
        System.out.printf(
                "%nJava %s, %d processors, max heap %d MB%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private record Result(int pages, long bytes) {}

    /** A report to time: its generated rows, and its request for given rows. */
    private record Workload(
            String name, IntFunction<List<? extends Record>> rows, Function<List<?>, ReportRequest> requestFor) {

        ReportRequest request(List<? extends Record> someRows) {
            return requestFor.apply(someRows);
        }

        List<? extends Record> rows(int count) {
            return rows.apply(count);
        }
    }

    /** {@code -Dbench.report=demo} for the demo template (DD007); the commitment status report by default. */
    @SuppressWarnings("unchecked")
    private static Workload workload(String name) {
        return switch (name) {
            case "demo" ->
                new Workload(
                        "demo (counterpart localities)",
                        DemoReport::generatedRows,
                        rows -> DemoReport.request(Languages.VIETNAMESE, (List<DemoReport.Locality>) rows));
            case "commitment-status" ->
                new Workload(
                        "commitment status",
                        CommitmentStatusRows::generated,
                        rows -> CommitmentStatusRows.request(Languages.VIETNAMESE, (List<CommitmentReportRow>) rows));
            default -> throw new IllegalArgumentException("Unknown report: " + name);
        };
    }

    private static Result render(ReportEngine engine, ReportRequest request) {
        var out = new CountingSink();
        var pages = engine.render(request, DemoReport.AUTHOR, DemoReport.GENERATED_AT, out, ReportProgress.NONE);
        return new Result(pages, out.count);
    }

    /** Bare JasperReports: fill with the engine's parameters, export with the same PDF/A settings. */
    private static void bare(ReportEngine engine, ReportRequest request, List<Map<String, ?>> maps) throws JRException {
        var template = engine.template(request.template());
        var parameters = engine.parameters(request, template, DemoReport.AUTHOR, DemoReport.GENERATED_AT);
        var print = JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                .fill(template, new HashMap<>(parameters), new JRMapCollectionDataSource(maps));
        var exporter = new JRPdfExporter(DefaultJasperReportsContext.getInstance());
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(new CountingSink()));
        exporter.setConfiguration(engine.pdfConfiguration(print, request.locale(), DemoReport.AUTHOR));
        exporter.exportReport();
    }

    private static List<Map<String, ?>> asMaps(List<? extends Record> rows) {
        var maps = new ArrayList<Map<String, ?>>(rows.size());
        for (var row : rows) {
            var map = new HashMap<String, Object>();
            for (RecordComponent component : row.getClass().getRecordComponents()) {
                try {
                    map.put(component.getName(), component.getAccessor().invoke(row));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            maps.add(map);
        }
        return maps;
    }

    private static long timed(Supplier<?> work) {
        var started = System.nanoTime();
        work.get();
        return millis(System.nanoTime() - started);
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long collectorMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static long usedHeapMegabytes() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed() / (1024 * 1024);
    }

    /** Discards the PDF, counting its bytes. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
