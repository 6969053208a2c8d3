package vn.gov.quangninh.cooperation.report;

/**
 * Lets a caller follow a report being generated and stop it. The engine calls {@link #pageFilled}
 * and {@link #pageExported} from the generating thread and asks {@link #isCancelled()} after every
 * page; when it answers true, generation stops with a {@link ReportCancelledException}.
 */
public interface ReportProgress {

    /** Nobody is watching; nothing can cancel. */
    ReportProgress NONE = new ReportProgress() {};

    /** A page was filled with data; {@code pages} pages so far. */
    default void pageFilled(int pages) {}

    /** Page {@code page} of {@code pages} was written to the PDF. */
    default void pageExported(int page, int pages) {}

    default boolean isCancelled() {
        return false;
    }
}
