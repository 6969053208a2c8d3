package vn.gov.quangninh.cooperation.base;

/**
 * A feature's share of the demonstration data set of the embedded default database. The
 * {@link SampleDataLoader} loads all of them, in {@link #order()}, only into an empty database.
 */
public interface SampleData {

    /** Lower loads first: accounts before agreements, agreements before meetings... */
    int order();

    /** Rows this feature already holds; the sample set is loaded only when all report none. */
    long existingRows();

    /** Loads the data and returns a short summary for the log, e.g. "4 demo accounts". */
    String load();
}
