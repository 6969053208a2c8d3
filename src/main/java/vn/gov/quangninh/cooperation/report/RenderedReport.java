package vn.gov.quangninh.cooperation.report;

/**
 * A finished PDF: its bytes, the file name to offer ({@code <report>-<yyyy-MM-dd>.pdf}) and its
 * number of pages. Never empty: a report that fails raises an exception instead.
 */
public record RenderedReport(String fileName, byte[] content, int pages) {

    public static final String CONTENT_TYPE = "application/pdf";

    public RenderedReport {
        if (content.length == 0) {
            throw new IllegalArgumentException("A rendered report is never empty");
        }
    }
}
