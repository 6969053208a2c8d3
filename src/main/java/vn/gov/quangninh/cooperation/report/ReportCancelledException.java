package vn.gov.quangninh.cooperation.report;

import java.io.Serial;

/** Generation stopped because the user cancelled it (or the thread was interrupted). */
public class ReportCancelledException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ReportCancelledException(String template) {
        super("Report " + template + " cancelled");
    }
}
