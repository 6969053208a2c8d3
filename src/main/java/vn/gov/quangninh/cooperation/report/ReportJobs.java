package vn.gov.quangninh.cooperation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>Report threads run at nice 19 on Linux ({@code app.reports.nice}; 0 leaves them as they are):
 * a long report then takes only the CPU that the other users leave, instead of half of it. Each
 * thread lowers its own, once, with {@code renice} on its thread id: Java passes thread priorities
 * on to Linux only with {@code -XX:ThreadPriorityPolicy=1}, which, for root, also raises the JVM's
 * garbage collector and compilers above the users' requests (DD017).
 */
@Component
public class ReportJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

    private final ExecutorService executor;
    private final AtomicBoolean toldWhyNot = new AtomicBoolean();

    ReportJobs(@Value("${app.reports.parallel:2}") int parallel, @Value("${app.reports.nice:19}") int nice) {
        var number = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(parallel, task -> {
            Runnable niced = () -> {
                renice(nice);
                task.run();
            };
            var thread = new Thread(niced, "report-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sets the calling thread's nice value; says once in the log when the system does not let it. */
    private void renice(int nice) {
        if (nice == 0) {
            return;
        }
        String why;
        try {
            // "<pid>/task/<tid>": the thread's id, which Java does not give.
            var link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
            var thread = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
            var renice = new ProcessBuilder("renice", "-n", String.valueOf(nice), "-p", String.valueOf(thread))
                    .redirectErrorStream(true)
                    .start();
            var output = new String(renice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (renice.waitFor() == 0) {
                return;
            }
            why = output.strip();
        } catch (IOException | NumberFormatException e) {
            why = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!toldWhyNot.getAndSet(true)) {
            log.info("Reports run at the other users' priority, not at nice {}: {}", nice, why);
        }
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
