package vn.gov.quangninh.cooperation.report;

/**
 * The parameters the engine sets for every report. A template declares those it uses, with these
 * names and classes; see {@code src/test/reports/counterpart-localities.jrxml} for the pattern.
 * The JasperReports built-ins {@code REPORT_LOCALE}, {@code REPORT_RESOURCE_BUNDLE} and
 * {@code REPORT_TIME_ZONE} are set as well.
 */
public final class ReportParameters {

    /** {@code net.sf.jasperreports.engine.JRTemplate}: the shared styles, {@code reports/report-styles.jrtx}. */
    public static final String STYLES = "REPORT_STYLES";
    /** {@code net.sf.jasperreports.engine.JasperReport}: the shared title block, for the report's page width. */
    public static final String TITLE_BLOCK = "TITLE_BLOCK";
    /** {@code String}: the report title in the user's language. */
    public static final String TITLE = "TITLE";
    /** {@code String}: the criteria the report was run with, one "label: value" per line; null when none. */
    public static final String CRITERIA = "CRITERIA";
    /** {@code String}: full name of the signed-in user who asked for the report. */
    public static final String GENERATED_BY = "GENERATED_BY";
    /** {@code String}: when the report was generated, formatted for the user's language (22/11/2026 16:30). */
    public static final String GENERATED_AT = "GENERATED_AT";
    /** {@code java.time.format.DateTimeFormatter} for dates in the user's language (dd/MM/yyyy in Vietnamese). */
    public static final String DATE_FORMAT = "DATE_FORMAT";
    /** {@code java.time.format.DateTimeFormatter} for date and time in the user's language. */
    public static final String DATE_TIME_FORMAT = "DATE_TIME_FORMAT";

    private ReportParameters() {}
}
