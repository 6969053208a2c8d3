package vn.gov.quangninh.cooperation.report.ui;

import static org.assertj.core.api.Assertions.fail;

import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** What polling does for a browserless test: lets the background job's UI updates through. */
final class UiPolls {

    private UiPolls() {}

    /**
     * Waits until {@code condition} holds, running the updates ({@code ui.access}) that wait in the
     * session's queue while the test holds the session lock, then a round trip, as a poll would.
     */
    static void await(BooleanSupplier condition, Runnable roundTrip, Supplier<String> state) {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out; status: " + state.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            var session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip.run();
        }
    }
}
