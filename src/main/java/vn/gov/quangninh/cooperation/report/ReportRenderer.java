package vn.gov.quangninh.cooperation.report;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.CurrentUser;

/**
 * The way every report is produced: a report's own service checks who may see what, reads its rows,
 * builds a {@link ReportRequest} and calls this. Adds the signed-in user's full name and the time
 * (in the application's time zone) to the title block, and names the file
 * {@code <report>-<yyyy-MM-dd>.pdf}.
 */
@Service
@PreAuthorize(AppRoles.IS_SIGNED_IN)
public class ReportRenderer {

    private final ReportEngine engine;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportRenderer(ReportEngine engine, CurrentUser currentUser, Clock clock) {
        this.engine = engine;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The whole PDF in memory (a few hundred kB for a typical report, ~10 MB for 50,000 rows). */
    public RenderedReport render(ReportRequest request) {
        return render(request, ReportProgress.NONE);
    }

    /** The same, reporting progress and stopping when {@code progress} says cancelled. */
    public RenderedReport render(ReportRequest request, ReportProgress progress) {
        return engine.render(request, generatedBy(), ZonedDateTime.now(clock), progress);
    }

    /**
     * Streams the PDF to {@code out} (e.g. an HTTP response) without holding it in memory; returns
     * the number of pages. The data is filled first, so a failing report writes nothing.
     */
    public int renderTo(ReportRequest request, OutputStream out, ReportProgress progress) {
        return engine.render(request, generatedBy(), ZonedDateTime.now(clock), out, progress);
    }

    /** The file name a report run now gets: {@code <report>-<yyyy-MM-dd>.pdf}. */
    public String fileName(ReportRequest request) {
        return engine.fileName(request, LocalDate.now(clock));
    }

    private String generatedBy() {
        return currentUser.require().getFullName();
    }
}
