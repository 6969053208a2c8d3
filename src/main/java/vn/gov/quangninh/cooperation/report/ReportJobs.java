package vn.gov.quangninh.cooperation.report;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The threads that generate reports for the user interface, off the UI thread: a few at a time
 * ({@code app.reports.parallel}, 2 by default), since a long report holds tens of MB while it is
 * filled; further requests wait in line. A job runs as the user who asked for it.
 *
 * <p>Report threads have the lowest priority: a long report then takes only the CPU that the
 * other users leave, instead of half of it. The JVM passes Java priorities on to the operating
 * system only when started with {@link #LOWEST_PRIORITY_FLAGS}, as the Docker image, {@code
 * spring-boot:run}, the tests and the load test start it (DD017).
 */
@Component
public class ReportJobs implements AutoCloseable {

    /** Java's lowest priority as the lowest on Linux (nice 19); without them Java ignores priorities. */
    public static final String LOWEST_PRIORITY_FLAGS = "-XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19";

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

    private final ExecutorService executor;

    ReportJobs(@Value("${app.reports.parallel:2}") int parallel) {
        var number = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(parallel, task -> {
            var thread = new Thread(task, "report-" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        if (!prioritiesReachTheSystem()) {
            log.info("Reports run at the other users' priority: start the JVM with {}", LOWEST_PRIORITY_FLAGS);
        }
    }

    private static boolean prioritiesReachTheSystem() {
        var hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return hotSpot == null
                || !"0".equals(hotSpot.getVMOption("ThreadPriorityPolicy").getValue());
    }

    /** Runs {@code job} on a report thread with the caller's security context (the signed-in user). */
    public <T> Future<T> submit(Callable<T> job) {
        return executor.submit(DelegatingSecurityContextCallable.create(job, SecurityContextHolder.getContext()));
    }

    /**
     * Runs {@code job} on a report thread and waits for it: the reports' links are served in the same
     * line as the reports view's, so that officials downloading large reports at once cannot take
     * every core (and, through slow transactions, every database connection) from the other users.
     * A job's own exception reaches the caller unchanged.
     */
    public <T> T inLine(Callable<T> job) {
        try {
            return submit(job).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
