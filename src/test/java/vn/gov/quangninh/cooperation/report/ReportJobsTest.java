package vn.gov.quangninh.cooperation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reports run a few at a time, whoever asks for them, at the lowest priority; the rest wait in
 * line.
 */
class ReportJobsTest {

    @Test
    void tenDownloadsAtOnceRunTwoAtATime() throws Exception {
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var allAsked = new CountDownLatch(10);
        try (var jobs = new ReportJobs(2, 19);
                var officials = Executors.newFixedThreadPool(10)) {
            var downloads = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 10; i++) {
                var number = i;
                downloads.add(officials.submit(() -> {
                    allAsked.countDown();
                    return jobs.inLine(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        allAsked.await(5, TimeUnit.SECONDS);
                        Thread.sleep(20);
                        running.decrementAndGet();
                        return number;
                    });
                }));
            }
            for (int i = 0; i < 10; i++) {
                assertThat(downloads.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aJobsFailureAndUserReachTheCaller() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("official", "x"));
        try (var jobs = new ReportJobs(2, 19)) {
            assertThat(jobs.inLine(() -> SecurityContextHolder.getContext()
                            .getAuthentication()
                            .getName()))
                    .isEqualTo("official");
            var refused = new IllegalArgumentException("unknown department");
            assertThatThrownBy(() -> jobs.inLine(() -> {
                        throw refused;
                    }))
                    .isSameAs(refused);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** On Linux the operating system sees a report thread as the least urgent: nice 19. */
    @Test
    void reportsRunAtTheLowestPriority() throws Exception {
        var stat = Path.of("/proc/thread-self/stat");
        assumeThat(stat).exists();
        try (var jobs = new ReportJobs(2, 19)) {
            assertThat(jobs.inLine(() -> niceOf(Files.readString(stat)))).isEqualTo(19);
            assertThat(niceOf(Files.readString(stat))).as("the caller's").isZero();
        }
        try (var jobs = new ReportJobs(1, 0)) {
            assertThat(jobs.inLine(() -> niceOf(Files.readString(stat))))
                    .as("app.reports.nice=0")
                    .isZero();
        }
    }

    /** The nice value in a thread's stat line: the 19th field, the 17th after the command's name. */
    private static int niceOf(String stat) {
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }
}
