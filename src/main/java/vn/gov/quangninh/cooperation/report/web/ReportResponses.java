package vn.gov.quangninh.cooperation.report.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.report.RenderedReport;

/** The answers of report controllers, and the checks of their parameters beyond their types. */
public final class ReportResponses {

    private ReportResponses() {}

    /**
     * 200 with the PDF as an attachment: {@code Content-Type: application/pdf},
     * {@code Content-Disposition: attachment; filename="<report>-<yyyy-MM-dd>.pdf"}, never cached.
     */
    public static ResponseEntity<byte[]> pdf(RenderedReport report) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(report.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(report.fileName())
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(report.content());
    }

    /** Refuses a period whose start is after its end (400, {@code report.error.date-range}). */
    public static void requireOrdered(
            String fromName, @Nullable LocalDate from, String toName, @Nullable LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new RuleViolationException(toName, "report.error.date-range", from.toString(), to.toString());
        }
    }
}
