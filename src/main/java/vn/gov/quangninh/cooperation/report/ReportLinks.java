package vn.gov.quangninh.cooperation.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The stable addresses of the reports (served by {@code report.web.FeatureReportsController}), for
 * bookmarks, scripts and the "copy link" of the reports view. Relative to the application's root.
 */
public final class ReportLinks {

    public static final String AGREEMENT_REGISTER = "/reports/agreement-register.pdf";
    public static final String COMMITMENT_STATUS = "/reports/commitment-status.pdf";
    public static final String MEETING_MINUTES = "/reports/meeting-minutes/{meetingId}.pdf";
    public static final String REVIEW_PACK = "/reports/review-pack/{meetingId}.pdf";

    private ReportLinks() {}

    public static String agreementRegister(AgreementRegisterReport.Criteria criteria, Locale locale) {
        var query = new LinkedHashMap<String, @Nullable Object>();
        query.put("status", criteria.status());
        query.put("counterpart", criteria.counterpartId());
        query.put("field", criteria.field());
        return AGREEMENT_REGISTER + query(query, locale);
    }

    public static String commitmentStatus(CommitmentStatusReport.Criteria criteria, Locale locale) {
        var query = new LinkedHashMap<String, @Nullable Object>();
        query.put("from", criteria.from());
        query.put("to", criteria.to());
        query.put("department", criteria.departmentId());
        query.put("field", criteria.field());
        query.put("meeting", criteria.meetingId());
        return COMMITMENT_STATUS + query(query, locale);
    }

    public static String meetingMinutes(long meetingId, Locale locale) {
        return MEETING_MINUTES.replace("{meetingId}", Long.toString(meetingId)) + query(Map.of(), locale);
    }

    public static String reviewPack(long meetingId, Locale locale) {
        return REVIEW_PACK.replace("{meetingId}", Long.toString(meetingId)) + query(Map.of(), locale);
    }

    /** Only ASCII values (ids, enum names, ISO dates): nothing to encode. */
    private static String query(Map<String, @Nullable Object> parameters, Locale locale) {
        var query = new LinkedHashMap<String, String>();
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.put(name, value instanceof LocalDate date ? date.toString() : value.toString());
            }
        });
        query.put("lang", locale.getLanguage());
        return query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&", "?", ""));
    }
}
