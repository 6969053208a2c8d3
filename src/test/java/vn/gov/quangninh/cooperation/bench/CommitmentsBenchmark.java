package vn.gov.quangninh.cooperation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.quangninh.cooperation.Application;
import vn.gov.quangninh.cooperation.base.ui.CountedGrid;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.testsupport.Browser;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * What the commitments grid costs as the data grow, and what a signed-in session with the grid open
 * keeps in memory. Not a unit test: {@code bench/run} runs it in its own JVM with a fixed heap.
 * Arguments: the numbers of generated commitments (default 100 10000 100000).
 *
 * <p>For each size the application starts with the {@code bench} profile on a fresh in-memory H2
 * database (or {@code -Dbench.url=jdbc:mariadb://...}), and times, as the grid calls them (one
 * page of 25 rows and the count up to {@link CountedGrid#EXACT_UP_TO}), opening the grid, filtering it (words without diacritics that
 * one in ten commitments has; one commitment's code; overdue; a department; the words of
 * {@code -Dbench.words}) and sorting it by title, 40 times each ({@code -Dbench.runs}) after 200
 * warm-up rounds of all of them ({@code -Dbench.warmup}; 1,500 for the first size, {@code
 * -Dbench.warmup.first}); then, once, the heap per session with
 * {@code commitments} open (see {@link #heapPerSession}) and, with {@code -Dbench.breakdown=true},
 * one session's heap by component ({@link HeapBreakdown}). Figures go to standard output and to
 * {@code target/bench/commitments.json}.
 */
public final class CommitmentsBenchmark {

    /** The demo accounts' password (README, "Demo accounts"); the bench profile runs on sample data. */
    private static final String DEMO_PASSWORD = "QuangNinh@2026";

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern GRID_NODE =
            Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-grid\"");
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    /**
     * The first size runs in a fresh JVM. After 200 rounds the JIT compiler was still at work, on the
     * benchmark's one core: every operation at 100 rows had a p95 of 5 to 6 ms against a median of
     * 0.5 to 2 (after 1,500 rounds, 0.2 to 1 ms), which flattered every ratio to 100 rows.
     */
    private static final int FIRST_WARM_UP = Integer.getInteger("bench.warmup.first", 1500);

    private static final int RUNS = Integer.getInteger("bench.runs", 40);
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 25);

    private CommitmentsBenchmark() {}

    public static void main(String[] args) throws Exception {
        var sizes = args.length == 0
                ? new int[] {100, 10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        var sessions = Integer.getInteger("bench.sessions", 300);
        var results = new LinkedHashMap<String, Object>();
        System.out.printf("%10s %-20s %8s %8s %8s%n", "rows", "operation", "p50 ms", "p95 ms", "max ms");
        for (int i = 0; i < sizes.length; i++) {
            try (var app = start(sizes[i])) {
                results.put(String.valueOf(sizes[i]), timeGrid(app, sizes[i], i == 0 ? FIRST_WARM_UP : WARM_UP));
                // Sessions at the first size: what a session keeps does not grow with the table,
                // and the largest in-memory database leaves the heap least room.
                if (i == 0) {
                    results.put("heapPerSessionKb", heapPerSession(app, sessions));
                    results.put("sessions", sessions);
                }
            }
        }
        var out = Path.of("target", "bench", "commitments.json");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.println("Written " + out);
    }

    private static ConfigurableApplicationContext start(int commitments) {
        var builder = new SpringApplicationBuilder(Application.class)
                .profiles("test", "bench")
                .properties(
                        "app.bench.commitments=" + commitments,
                        "server.port=0",
                        // As the packaged jar runs: development mode keeps, for its dev tools, where
                        // every component was created (a stack trace each, megabytes per session).
                        "vaadin.productionMode=true",
                        "logging.level.root=WARN",
                        "logging.level.vn.gov.quangninh.cooperation.bench=INFO");
        // As command-line arguments: the builder's properties are defaults, which the test
        // profile's H2 URL would override.
        var url = System.getProperty("bench.url");
        if (url == null) {
            return builder.run();
        }
        return builder.run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getProperty("bench.user", "root"),
                "--spring.datasource.password=" + System.getProperty("bench.password", ""),
                "--spring.flyway.clean-disabled=false");
    }

    private static Map<String, Object> timeGrid(ConfigurableApplicationContext app, int size, int warmUp) {
        var service = app.getBean(CommitmentService.class);
        var signedIn = app.getBean(SignedIn.class);
        var timer = new Timer(size, warmUp, app.getBean(JdbcTemplate.class));
        signedIn.as("manager");
        try {
            var everything = CommitmentFilter.followed();
            var text = byText("cau bac phong sinh", false);
            var overdue = everything.withFlag(CommitmentFlag.OVERDUE);
            var code = byText(BenchData.CODE_PREFIX + "%07d".formatted(size / 2), true);
            var department = everything.withDepartment(timer.jdbc()
                    .queryForObject("select min(department_id) from commitment_supporting_department", Long.class));
            var byTitle = FIRST_PAGE.withSort(Sort.by("title").descending());
            var operations = new LinkedHashMap<String, Supplier<Integer>>();
            operations.put("open", () -> page(service, everything, FIRST_PAGE));
            operations.put("filter-text", () -> page(service, text, FIRST_PAGE));
            operations.put("filter-code", () -> page(service, code, FIRST_PAGE));
            operations.put("filter-overdue", () -> page(service, overdue, FIRST_PAGE));
            operations.put("filter-department", () -> page(service, department, FIRST_PAGE));
            operations.put("sort-title", () -> page(service, everything, byTitle));
            operations.put("sort-level", () -> page(service, everything, FIRST_PAGE.withSort(Sort.by("completion"))));
            operations.put(
                    "sort-lead", () -> page(service, everything, FIRST_PAGE.withSort(Sort.by("leadDepartment"))));
            operations.put(
                    "text-department", () -> page(service, text.withDepartment(department.departmentId()), FIRST_PAGE));
            operations.put("text-sort-level", () -> page(service, text, FIRST_PAGE.withSort(Sort.by("completion"))));
            operations.put("text-scrolled", () -> page(service, text, PageRequest.of(2, 25, Sort.by("dueDate"))));
            // -Dbench.words=cua+khau,phong: '+' for a space, as bench.jvm is split at spaces.
            for (var typed : System.getProperty("bench.words", "").split(",")) {
                var words = typed.replace('+', ' ').strip();
                if (!words.isEmpty()) {
                    operations.put("words " + words, () -> page(service, byText(words, false), FIRST_PAGE));
                }
            }
            var figures = timer.timeAll(operations);
            return figures;
        } finally {
            signedIn.out();
        }
    }

    private static int page(CommitmentService service, CommitmentFilter filter, PageRequest page) {
        return service.search(filter, page).size()
                + (int) Math.min(service.countUpTo(filter, CountedGrid.EXACT_UP_TO + 1), 1);
    }

    /** The commitments with this free text, the closed ones too if asked. */
    private static CommitmentFilter byText(String text, boolean includeClosed) {
        return new CommitmentFilter(
                text, null, null, null, null, null, Set.of(), null, null, null, false, includeClosed);
    }

    /**
     * Times an operation after warm-up runs. Before each run one commitment is written: H2 hands a
     * query the result it gave last time when none of its tables changed since, and the grid's
     * users, changing commitments as they work, would not see that.
     */
    private record Timer(int size, int warmUp, JdbcTemplate jdbc) {

        /**
         * All operations in turn first, until the JIT compiler has done its work: on one core it
         * otherwise takes half the time of the first few hundred runs.
         */
        Map<String, Object> timeAll(Map<String, Supplier<Integer>> operations) {
            for (int i = 0; i < warmUp; i++) {
                for (var operation : operations.values()) {
                    change();
                    operation.get();
                }
            }
            var figures = new LinkedHashMap<String, Object>();
            operations.forEach((name, operation) -> figures.put(name, time(name, operation)));
            return figures;
        }

        private Map<String, Double> time(String name, Supplier<Integer> operation) {
            var times = new ArrayList<Double>();
            for (int i = 0; i < RUNS; i++) {
                change();
                var started = System.nanoTime();
                operation.get();
                times.add((System.nanoTime() - started) / 1e6);
            }
            times.sort(null);
            var figures = Map.of(
                    "p50", round(times.get(RUNS / 2)),
                    "p95", round(times.get((int) Math.ceil(RUNS * 0.95) - 1)),
                    "max", round(times.getLast()));
            System.out.printf(
                    "%10d %-20s %8.1f %8.1f %8.1f%n",
                    size, name, figures.get("p50"), figures.get("p95"), figures.get("max"));
            return figures;
        }

        private void change() {
            jdbc.update("update commitment set version = version + 1 where id = (select min(id) from commitment)");
        }

        private static double round(double millis) {
            return Math.round(millis * 10) / 10.0;
        }
    }

    /**
     * Signs in over HTTP and opens the grid, keeping only each session's cookie on this side. A first
     * batch warms up what every session shares (classes, routes, bundles); the figure is the slope
     * between {@code count} and {@code 2 * count} sessions, so shared state does not count.
     */
    private static long heapPerSession(ConfigurableApplicationContext app, int count)
            throws IOException, InterruptedException {
        var port = ((WebServerApplicationContext) app).getWebServer().getPort();
        var sessionIds = new ArrayList<String>();
        openSessions(port, count, sessionIds);
        var before = heapAfterGc();
        holdForALook(sessionIds.size());
        openSessions(port, count, sessionIds);
        var after = heapAfterGc();
        var perSession = (after - before) / count / 1024;
        System.out.printf(
                "%nHeap after GC: %d MB with %d sessions on commitments, %d MB with %d: %d kB per session%n",
                before >> 20, count, after >> 20, sessionIds.size(), perSession);
        holdForALook(sessionIds.size());
        if (Boolean.getBoolean("bench.breakdown")) {
            HeapBreakdown.print(app);
        }
        return perSession;
    }

    /**
     * -Dbench.hold=60: time to look inside at both counts of sessions; the difference between two
     * class histograms (jcmd &lt;pid&gt; GC.class_histogram) is what the sessions hold.
     */
    private static void holdForALook(int sessions) throws InterruptedException {
        var seconds = Long.getLong("bench.hold", 0);
        if (seconds > 0) {
            System.out.printf("Holding %d s with %d sessions open%n", seconds, sessions);
            Thread.sleep(seconds * 1000);
        }
    }

    private static void openSessions(int port, int count, List<String> sessionIds) {
        for (int i = 0; i < count; i++) {
            var browser = new Browser(port);
            browser.signIn("staff", DEMO_PASSWORD);
            var view = openCommitments(browser);
            if (!view.contains("vaadin-grid")) {
                throw new IllegalStateException("Session %d did not open the grid: %s"
                        .formatted(i, view.substring(0, Math.min(view.length(), 300))));
            }
            sessionIds.add(browser.sessionId());
        }
    }

    /**
     * As the browser does: the bootstrap request creates the UI; then, unless it rendered the route
     * already, the client router's navigation event (UIDL) with the UI's security key; then the
     * grid's confirmation that it has drawn the rows it got. Without that last message the server
     * would keep the whole first response (Vaadin keeps the last one, to send it again if the
     * client asks) and the rows it sent: more than a browser leaves behind.
     */
    private static String openCommitments(Browser browser) {
        var init = browser.getJson("/?v-r=init&location=commitments&query=").body();
        var key = find(SECURITY_KEY, init);
        var ui = find(UI_ID, init);
        var view = init.contains("vaadin-grid")
                ? init
                : browser.postJson("/?v-r=uidl&v-uiId=" + ui, """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":\
                {"route":"commitments","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],\
                "syncId":0,"clientId":0}""".formatted(key))
                        .body();
        browser.postJson("/?v-r=uidl&v-uiId=" + ui, """
                {"csrfToken":"%s","rpc":[{"type":"publishedEventHandler","node":%s,\
                "templateEventMethodName":"confirmUpdate","templateEventMethodArgs":[0],"promise":0}],\
                "syncId":%s,"clientId":1}""".formatted(key, find(GRID_NODE, view), find(SYNC_ID, view)));
        return view;
    }

    private static String find(Pattern pattern, String response) {
        var match = pattern.matcher(response);
        if (!match.find()) {
            throw new IllegalStateException(
                    "No " + pattern + " in " + response.substring(0, Math.min(300, response.length())));
        }
        return match.group(1);
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
