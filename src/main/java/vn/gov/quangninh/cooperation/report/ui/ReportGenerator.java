package vn.gov.quangninh.cooperation.report.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.report.RenderedReport;
import vn.gov.quangninh.cooperation.report.ReportCancelledException;
import vn.gov.quangninh.cooperation.report.ReportFailedException;
import vn.gov.quangninh.cooperation.report.ReportJobs;
import vn.gov.quangninh.cooperation.report.ReportProgress;

/**
 * "Generate report" for a view: generates the PDF off the UI thread while the view stays usable,
 * shows progress (pages filled, then written), can be cancelled, says clearly in the user's
 * language when it fails, and offers the finished file as a download (an attachment named
 * {@code <report>-<yyyy-MM-dd>.pdf}). Never a blank file: the link appears only with a real PDF.
 *
 * <p>Updates reach the browser by polling while a report is being made (no server push, which the
 * application does not use; with {@code @Push} on, polling is left off).
 *
 * <pre>{@code
 * var generator = new ReportGenerator(reportJobs, () -> {
 *     // On the UI thread: read and check the form; a RuleViolationException is shown to the user.
 *     var from = fromField.getValue();
 *     var to = toField.getValue();
 *     var locale = getLocale();
 *     // In the background, as the signed-in user:
 *     return progress -> agreementReports.register(from, to, locale, progress);
 * });
 * }</pre>
 */
public class ReportGenerator extends Composite<Div> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The work of one report, run in the background: usually a report service's method. */
    @FunctionalInterface
    public interface ReportJob extends Serializable {
        RenderedReport generate(ReportProgress progress);
    }

    static final int POLL_MILLIS = 500;
    private static final long PROGRESS_EVERY_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(ReportGenerator.class);

    private final ReportJobs jobs;
    private final SerializableSupplier<ReportJob> jobFactory;

    private final Button generate = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span status = new Span();
    private final Div result = new Div();

    /** The generation under way; written under the session lock, volatile for readers outside it (tests). */
    private transient volatile @Nullable Running running;

    public ReportGenerator(ReportJobs jobs, SerializableSupplier<ReportJob> jobFactory) {
        this.jobs = jobs;
        this.jobFactory = jobFactory;
        var root = getContent();
        root.addClassName("report-generator");

        generate.setText(getTranslation("report.generate"));
        generate.setIcon(VaadinIcon.FILE_TEXT_O.create());
        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.setId("report-generate");
        generate.setDisableOnClick(true);
        generate.addClickListener(click -> start());

        cancel.setText(getTranslation("report.cancel"));
        cancel.setId("report-cancel");
        cancel.addClickListener(click -> cancel());

        progressBar.setId("report-progress");
        progressBar.setIndeterminate(true);
        status.setId("report-status");
        status.addClassName("report-status");
        result.setId("report-result");

        root.add(generate, progressBar, status, cancel, result);
        showIdle();
    }

    /** Whether a report is being generated now. */
    public boolean isRunning() {
        return running != null;
    }

    private void start() {
        var ui = UI.getCurrent();
        result.removeAll();
        ReportJob job;
        try {
            job = jobFactory.get();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        var current = new Running(ui);
        running = current;
        showRunning();
        startPolling(ui);
        current.future = jobs.submit(() -> {
            try {
                var report = job.generate(current);
                ui.access(() -> finished(current, report));
            } catch (RuntimeException e) {
                ui.access(() -> failed(current, e));
            } catch (Error e) {
                // Out of memory, say: the user must still learn that there is no report.
                ui.access(() -> failed(current, new ReportFailedException("Report job failed", e)));
                throw e;
            }
            return null;
        });
    }

    private void cancel() {
        var current = running;
        if (current == null) {
            return;
        }
        current.cancelled = true;
        if (current.future != null) {
            current.future.cancel(false);
        }
        running = null;
        stopPolling(current.ui);
        showIdle();
        status.setText(getTranslation("report.progress.cancelled"));
        status.setVisible(true);
    }

    private void finished(Running job, RenderedReport report) {
        if (running != job) {
            return; // cancelled meanwhile: nothing to show
        }
        running = null;
        stopPolling(job.ui);
        showIdle();
        status.setText(getTranslation("report.ready", report.pages()));
        status.setVisible(true);
        var content = report.content();
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(content),
                        report.fileName(),
                        RenderedReport.CONTENT_TYPE,
                        content.length)),
                AttachmentType.DOWNLOAD,
                getTranslation("report.download", report.fileName()));
        download.setId("report-download");
        download.addClassName("report-download");
        result.add(download);
    }

    private void failed(Running job, RuntimeException error) {
        if (running != job) {
            return;
        }
        running = null;
        stopPolling(job.ui);
        if (error instanceof ReportCancelledException) {
            showIdle();
            status.setText(getTranslation("report.progress.cancelled"));
            status.setVisible(true);
            return;
        }
        fail(error);
    }

    private void fail(RuntimeException error) {
        String message;
        if (error instanceof RuleViolationException violation) {
            log.info("Report refused: {}", violation.getMessageKey());
            message = getTranslation(violation.getMessageKey(), violation.getMessageParams());
        } else if (error instanceof AccessDeniedException) {
            log.warn("Report refused: {}", error.toString());
            message = getTranslation("error.access-denied");
        } else {
            log.error("Report failed", error);
            message = getTranslation("report.error.failed");
        }
        showIdle();
        status.setText(message);
        status.setVisible(true);
        status.addClassName("report-error");
        Notifications.error(message);
    }

    private void progress(Running job, String text, @Nullable Double value) {
        if (running != job) {
            return;
        }
        status.setText(text);
        if (value == null) {
            progressBar.setIndeterminate(true);
        } else {
            progressBar.setIndeterminate(false);
            progressBar.setValue(value);
        }
    }

    private void showRunning() {
        generate.setEnabled(false);
        cancel.setVisible(true);
        progressBar.setVisible(true);
        progressBar.setIndeterminate(true);
        status.removeClassName("report-error");
        status.setText(getTranslation("report.progress.started"));
        status.setVisible(true);
    }

    private void showIdle() {
        generate.setEnabled(true);
        cancel.setVisible(false);
        progressBar.setVisible(false);
        status.setVisible(false);
        status.removeClassName("report-error");
    }

    /**
     * Polls while at least one generator of the UI is running; the interval the UI had before
     * comes back when the last one stops.
     */
    private static void startPolling(UI ui) {
        if (ui.getPushConfiguration().getPushMode().isEnabled()) {
            return;
        }
        var polling = (Polling) ComponentUtil.getData(ui, Polling.class.getName());
        if (polling == null) {
            polling = new Polling(ui.getPollInterval());
            ComponentUtil.setData(ui, Polling.class.getName(), polling);
            ui.setPollInterval(POLL_MILLIS);
        }
        polling.running++;
    }

    private static void stopPolling(UI ui) {
        var polling = (Polling) ComponentUtil.getData(ui, Polling.class.getName());
        if (polling != null && --polling.running <= 0) {
            ComponentUtil.setData(ui, Polling.class.getName(), null);
            ui.setPollInterval(polling.intervalBefore);
        }
    }

    /** How many generators of a UI are running, and the poll interval the UI had before them. */
    private static final class Polling implements Serializable {
        private final int intervalBefore;
        private int running;

        Polling(int intervalBefore) {
            this.intervalBefore = intervalBefore;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // Leaving the view stops its report: nobody would see the result.
        cancel();
        super.onDetach(event);
    }

    /** One generation: its progress as the engine reports it, and whether the user cancelled it. */
    private final class Running implements ReportProgress {

        private final UI ui;
        private volatile boolean cancelled;
        private volatile @Nullable Future<?> future;
        private volatile long lastUpdate;

        Running(UI ui) {
            this.ui = ui;
        }

        @Override
        public void pageFilled(int pages) {
            if (due()) {
                ui.access(() -> progress(this, getTranslation("report.progress.filled", pages), null));
            }
        }

        @Override
        public void pageExported(int page, int pages) {
            if (due() || page == pages) {
                ui.access(() ->
                        progress(this, getTranslation("report.progress.exported", page, pages), (double) page / pages));
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        private boolean due() {
            var now = System.currentTimeMillis();
            if (now - lastUpdate < PROGRESS_EVERY_MILLIS) {
                return false;
            }
            lastUpdate = now;
            return true;
        }
    }
}
