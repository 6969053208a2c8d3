package vn.gov.quangninh.cooperation.report;

import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.gov.quangninh.cooperation.agreement.AgreementFilter;
import vn.gov.quangninh.cooperation.agreement.AgreementRow;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.AgreementStatus;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.agreement.LocalityOption;
import vn.gov.quangninh.cooperation.agreement.LocalityService;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.i18n.AppI18NProvider;
import vn.gov.quangninh.cooperation.base.i18n.Languages;
import vn.gov.quangninh.cooperation.security.AppRoles;

/**
 * "Sổ đăng ký thỏa thuận": the agreements (all, or of a status, counterpart, field) grouped by
 * counterpart locality, with the totals per status. An agreement with two counterparts is listed
 * under each; the totals count it once.
 */
@Service
@PreAuthorize(AppRoles.IS_SIGNED_IN)
public class AgreementRegisterReport {

    public static final String TEMPLATE = "agreement-register";

    /** What the register is run for; every part optional. */
    public record Criteria(
            @Nullable AgreementStatus status,
            @Nullable Long counterpartId,
            @Nullable CooperationField field) implements Serializable {}

    /** One agreement under one of its counterparts. */
    public record Row(
            String counterpart,
            String referenceCode,
            String titleVi,
            @Nullable String titleZh,
            String status,
            @Nullable LocalDate signingDate,
            @Nullable LocalDate expiryDate,
            @Nullable String leadDepartment) {}

    private final AgreementService agreements;
    private final LocalityService localities;
    private final ReportRenderer renderer;
    private final AppI18NProvider i18n;

    AgreementRegisterReport(
            AgreementService agreements, LocalityService localities, ReportRenderer renderer, AppI18NProvider i18n) {
        this.agreements = agreements;
        this.localities = localities;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    public RenderedReport render(Criteria criteria, Locale locale, ReportProgress progress) {
        return renderer.render(request(criteria, locale), progress);
    }

    ReportRequest request(Criteria criteria, Locale locale) {
        var counterpart = criteria.counterpartId() == null ? null : locality(criteria.counterpartId());
        var filter = new AgreementFilter(
                null,
                criteria.counterpartId(),
                criteria.field(),
                criteria.status() == null ? Set.of() : Set.of(criteria.status()),
                null,
                null,
                false);
        var found = agreements.search(filter, PageRequest.of(0, Integer.MAX_VALUE, Sort.by("referenceCode")));
        var totals = new EnumMap<AgreementStatus, Integer>(AgreementStatus.class);
        found.forEach(row -> totals.merge(row.status(), 1, Integer::sum));
        var counts = new ArrayList<ReportCount>();
        totals.forEach(
                (status, count) -> counts.add(new ReportCount(i18n.getTranslation(status.labelKey(), locale), count)));
        return ReportRequest.of(TEMPLATE)
                .locale(locale)
                .title("report.agreements.title")
                .criterion(
                        "report.agreements.criteria.status",
                        criteria.status() == null
                                ? null
                                : i18n.getTranslation(criteria.status().labelKey(), locale))
                .criterion("report.agreements.criteria.counterpart", counterpart == null ? null : counterpart.label())
                .criterion(
                        "report.criteria.field",
                        criteria.field() == null
                                ? null
                                : i18n.getTranslation(criteria.field().labelKey(), locale))
                .parameter("STATUS_TOTALS", counts)
                .rows(rows(found, locale))
                .build();
    }

    private List<Row> rows(List<AgreementRow> found, Locale locale) {
        var rows = new ArrayList<Row>();
        for (var agreement : found) {
            var status = i18n.getTranslation(agreement.status().labelKey(), locale);
            var counterparts = agreement.counterparts().isEmpty() ? List.of("—") : agreement.counterparts();
            for (var counterpart : counterparts) {
                rows.add(new Row(
                        counterpart,
                        agreement.referenceCode(),
                        agreement.titleVi(),
                        agreement.titleZh(),
                        status,
                        agreement.signingDate(),
                        agreement.expiryDate(),
                        agreement.leadDepartment() == null
                                ? null
                                : agreement.leadDepartment().in(locale)));
            }
        }
        var vietnamese = Collator.getInstance(Languages.VIETNAMESE);
        rows.sort(Comparator.comparing(Row::counterpart, vietnamese).thenComparing(Row::referenceCode));
        return rows;
    }

    private LocalityOption locality(long id) {
        return localities.list().stream()
                .filter(option -> option.id() == id)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("counterpart", "locality.unknown"));
    }
}
