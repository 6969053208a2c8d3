package vn.gov.quangninh.cooperation.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * Many people saving one agreement at once, through the real service and database: every attempt
 * either saves or is reported as a conflict, none is lost silently, and the agreement ends as the
 * last successful save left it. H2 here, MariaDB in {@link ConcurrentEditsOnMariaDbTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class ConcurrentEditsTests {

    private static final int ATTEMPTS = 1_000;
    private static final int THREADS = 8;

    @Autowired
    AgreementService agreements;

    @Autowired
    SignedIn signedIn;

    /** A save that went through: the version it was based on and the summary it wrote. */
    private record Saved(long baseVersion, String summary) {}

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void everyAttemptSavesOrIsReportedAndTheLastSaveWins() throws Exception {
        signedIn.as("manager");
        long id = agreements
                .search(AgreementFilter.all(), PageRequest.of(0, 1))
                .getFirst()
                .id();
        long initialVersion = agreements.edit(id).getVersion();
        var next = new AtomicInteger();
        var conflicts = new AtomicInteger();
        var saved = new ConcurrentLinkedQueue<Saved>();

        try (var pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    signedIn.as("manager");
                    for (int attempt = next.getAndIncrement(); attempt < ATTEMPTS; attempt = next.getAndIncrement()) {
                        var draft = agreements.edit(id);
                        var summary = "Lần lưu số " + attempt;
                        draft.setSummary(summary);
                        try {
                            agreements.update(draft);
                            saved.add(new Saved(draft.getVersion(), summary));
                        } catch (OptimisticLockingFailureException conflict) {
                            conflicts.incrementAndGet();
                        }
                    }
                    signedIn.out();
                    return null;
                }));
            }
            for (var worker : workers) {
                worker.get();
            }
        }

        assertThat(saved.size() + conflicts.get()).isEqualTo(ATTEMPTS);
        assertThat(saved).isNotEmpty();
        var last = saved.stream()
                .max(java.util.Comparator.comparingLong(Saved::baseVersion))
                .orElseThrow();
        var after = agreements.edit(id);
        assertThat(after.getVersion()).isEqualTo(initialVersion + saved.size());
        assertThat(after.getSummary()).isEqualTo(last.summary());
        // Each version was the base of exactly one successful save: no two saves overwrote each other.
        assertThat(saved.stream().map(Saved::baseVersion).distinct().count()).isEqualTo(saved.size());
    }
}
