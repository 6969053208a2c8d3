package vn.gov.quangninh.cooperation.report;

/** A labelled figure of a report's summary table or chart: "Quá hạn: 3". */
public record ReportCount(String label, Number value) {}
