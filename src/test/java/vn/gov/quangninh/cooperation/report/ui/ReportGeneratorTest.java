package vn.gov.quangninh.cooperation.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.communication.PushMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.i18n.Languages;
import vn.gov.quangninh.cooperation.report.DemoReport;
import vn.gov.quangninh.cooperation.report.PdfChecks;
import vn.gov.quangninh.cooperation.report.RenderedReport;
import vn.gov.quangninh.cooperation.report.ReportJobs;
import vn.gov.quangninh.cooperation.report.ReportRenderer;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * The report generator without a browser: the report is made in the background while the UI
 * stays usable, progress shows, cancel works, a failure says so, and the result is offered as a
 * download. Background updates reach the UI at the next round trip, as they would by polling.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportGeneratorTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @Autowired
    ReportJobs jobs;

    @Autowired
    ReportRenderer renderer;

    @Autowired
    Clock clock;

    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void signIn() {
        signedIn.as("staff");
        // The application runs without server push (DD003); the mocked UI has it on.
        UI.getCurrent().getPushConfiguration().setPushMode(PushMode.DISABLED);
    }

    @AfterEach
    void signOut() {
        release.countDown();
        signedIn.out();
    }

    private ReportGenerator show(ReportGenerator.ReportJob job) {
        var generator = new ReportGenerator(jobs, () -> job);
        UI.getCurrent().add(generator);
        return generator;
    }

    private void generate() {
        test($(Button.class).id("report-generate")).click();
    }

    private String status() {
        return $(Span.class).id("report-status").getText();
    }

    /**
     * Waits for the background job, letting its UI updates through as a poll would: the updates
     * ({@code ui.access}) wait in the session's queue while the test holds the session lock.
     */
    private void await(BooleanSupplier condition) {
        UiPolls.await(condition, () -> roundTrip(), this::status);
    }

    private boolean downloadShown() {
        return $(Anchor.class).exists();
    }

    @Test
    void generatesInTheBackgroundShowsProgressAndOffersTheDownload() throws Exception {
        var started = new CountDownLatch(1);
        var made = new AtomicReference<RenderedReport>();
        var generator = show(progress -> {
            started.countDown();
            await(release);
            var report = renderer.render(DemoReport.request(Languages.VIETNAMESE), progress);
            made.set(report);
            return report;
        });

        generate();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        // The job waits; the UI thread is free: the view answers other clicks meanwhile.
        var clicked = new AtomicBoolean();
        var other = new Button("Another action", click -> clicked.set(true));
        UI.getCurrent().add(other);
        test(other).click();
        assertThat(clicked).isTrue();

        assertThat(generator.isRunning()).isTrue();
        assertThat($(ProgressBar.class).id("report-progress").isVisible()).isTrue();
        assertThat(status()).isEqualTo("Đang tạo báo cáo…");
        assertThat($(Button.class).id("report-cancel").isVisible()).isTrue();
        assertThat($(Button.class).id("report-generate").isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ReportGenerator.POLL_MILLIS);

        release.countDown();
        await(this::downloadShown);

        var fileName = "counterpart-localities-" + LocalDate.now(clock) + ".pdf";
        var download = $(Anchor.class).id("report-download");
        assertThat(download.getText()).isEqualTo("Tải xuống " + fileName);
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat(download.getHref()).isNotBlank();
        assertThat(status()).isEqualTo("Báo cáo đã sẵn sàng (1 trang).");
        assertThat($(ProgressBar.class).withId("report-progress").exists()).isFalse();
        assertThat($(Button.class).id("report-generate").isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(generator.isRunning()).isFalse();
        // Made as the signed-in user, in the background.
        assertThat(PdfChecks.text(made.get().content())).contains("Người lập: Nguyễn Văn Dương");
    }

    @Test
    void cancelStopsTheReportAndOffersNothing() {
        var stopped = new CountDownLatch(1);
        show(progress -> {
            for (int page = 1; ; page++) {
                progress.pageFilled(page);
                if (progress.isCancelled()) {
                    stopped.countDown();
                    throw new vn.gov.quangninh.cooperation.report.ReportCancelledException("demo");
                }
                pause(10);
            }
        });

        generate();
        await(() -> status().startsWith("Đang tạo báo cáo… đã xong"));
        test($(Button.class).id("report-cancel")).click();

        assertThat(status()).isEqualTo("Đã hủy tạo báo cáo.");
        assertThat($(Button.class).id("report-generate").isEnabled()).isTrue();
        assertThat($(Button.class).withId("report-cancel").exists()).isFalse();
        await(() -> stopped.getCount() == 0);
        roundTrip();
        assertThat(downloadShown()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aFailureSaysSoAndOffersNoFile() {
        show(progress -> {
            throw new IllegalStateException("the database went away");
        });

        generate();
        await(() -> $(Button.class).id("report-generate").isEnabled());

        var message = "Không tạo được báo cáo. Vui lòng thử lại; nếu vẫn lỗi, hãy báo cho quản trị hệ thống.";
        assertThat(status()).isEqualTo(message);
        assertThat($(Notification.class).last().getElement().getProperty("text", ""))
                .isEqualTo(message);
        assertThat(downloadShown()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void badInputIsRefusedBeforeAnythingStarts() {
        var generator = new ReportGenerator(jobs, () -> {
            throw new RuleViolationException("to", "report.error.date-range", "2026-12-31", "2026-01-01");
        });
        UI.getCurrent().add(generator);

        generate();

        assertThat(generator.isRunning()).isFalse();
        assertThat(status()).isEqualTo("Ngày bắt đầu (2026-12-31) phải trước hoặc trùng ngày kết thúc (2026-01-01).");
        assertThat($(Button.class).id("report-generate").isEnabled()).isTrue();
        assertThat(downloadShown()).isFalse();
    }

    @Test
    void theUiPollsUntilTheLastOfTwoGeneratorsIsDone() {
        var second = new CountDownLatch(1);
        var first = show(progress -> {
            await(release);
            throw new vn.gov.quangninh.cooperation.report.ReportCancelledException("first");
        });
        var other = show(progress -> {
            await(second);
            throw new vn.gov.quangninh.cooperation.report.ReportCancelledException("second");
        });
        test(find(Button.class, first).id("report-generate")).click();
        test(find(Button.class, other).id("report-generate")).click();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ReportGenerator.POLL_MILLIS);

        release.countDown();
        await(() -> !first.isRunning());
        assertThat(other.isRunning()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ReportGenerator.POLL_MILLIS);

        second.countDown();
        await(() -> !other.isRunning());
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void withServerPushThereIsNoPolling() {
        UI.getCurrent().getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        show(progress -> {
            await(release);
            throw new vn.gov.quangninh.cooperation.report.ReportCancelledException("demo");
        });
        generate();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        release.countDown();
        await(() -> $(Button.class).id("report-generate").isEnabled());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
