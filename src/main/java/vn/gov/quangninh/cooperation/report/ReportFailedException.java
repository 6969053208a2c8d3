package vn.gov.quangninh.cooperation.report;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A report could not be generated for a technical reason (a template that does not load, an
 * expression that fails, an I/O error). The message is for the log; users see
 * {@code report.error.failed}.
 */
public class ReportFailedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ReportFailedException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
