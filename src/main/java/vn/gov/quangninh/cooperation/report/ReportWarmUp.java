package vn.gov.quangninh.cooperation.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application has started, loads what the first report would otherwise wait for (fonts,
 * shared templates, JasperReports' classes: about two seconds) in the background.
 * {@code app.reports.warm-up=false} turns it off (the tests do).
 */
@Component
@ConditionalOnProperty(name = "app.reports.warm-up", havingValue = "true", matchIfMissing = true)
class ReportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

    private final ReportEngine engine;

    ReportWarmUp(ReportEngine engine) {
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("report-warm-up").start(() -> {
            try {
                engine.warmUp();
            } catch (RuntimeException e) {
                // The first report will try again, and fail with the reason if the reports are broken.
                log.warn("Report engine warm-up failed", e);
            }
        });
    }
}
