package vn.gov.quangninh.cooperation.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.security.Department;

/** Everything recorded about an agreement except its status and history. */
public record AgreementContent(
        String referenceCode,
        String titleVi,
        @Nullable String titleZh,
        @Nullable String titleEn,
        AuthoritativeText authoritativeText,
        AgreementKind kind,
        AgreementLevel level,
        Set<CounterpartLocality> counterparts,
        List<Signatory> signatories,
        @Nullable LocalDate signingDate,
        @Nullable String signingPlace,
        @Nullable LocalDate effectiveDate,
        @Nullable LocalDate expiryDate,
        boolean indefinite,
        boolean autoRenewal,
        @Nullable Integer noticePeriodDays,
        Set<CooperationField> fields,
        @Nullable Department leadDepartment,
        @Nullable String summary,
        @Nullable String mofaReference,
        @Nullable LocalDate mofaDate) {

    /**
     * Dates must tell a possible story: consulted before signing, in force on or after signing,
     * expiring after entry into force.
     */
    void checkDates() {
        if (counterparts.isEmpty()) {
            throw new RuleViolationException("counterparts", "agreement.counterparts.required");
        }
        if (signingDate != null && effectiveDate != null && effectiveDate.isBefore(signingDate)) {
            throw new RuleViolationException("effectiveDate", "agreement.dates.effective-before-signing");
        }
        var start = effectiveDate != null ? effectiveDate : signingDate;
        if (!indefinite && expiryDate != null && start != null && !expiryDate.isAfter(start)) {
            throw new RuleViolationException("expiryDate", "agreement.dates.expiry-not-after-start");
        }
        if (mofaDate != null && signingDate != null && mofaDate.isAfter(signingDate)) {
            throw new RuleViolationException("mofaDate", "agreement.dates.mofa-after-signing");
        }
    }
}
