package vn.gov.quangninh.cooperation.agreement;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.files.DocumentEntry;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;

/** Everything the agreement page shows, read in one go; no entity leaves the service. */
public record AgreementDetails(
        long id,
        long version,
        String referenceCode,
        String titleVi,
        @Nullable String titleZh,
        @Nullable String titleEn,
        AuthoritativeText authoritativeText,
        AgreementKind kind,
        AgreementLevel level,
        List<LocalityOption> counterparts,
        List<Signatory> signatories,
        @Nullable LocalDate signingDate,
        @Nullable String signingPlace,
        @Nullable LocalDate effectiveDate,
        @Nullable LocalDate expiryDate,
        boolean indefinite,
        boolean autoRenewal,
        @Nullable Integer noticePeriodDays,
        Set<CooperationField> fields,
        @Nullable LocalizedName leadDepartment,
        @Nullable String summary,
        AgreementStatus recordedStatus,
        AgreementStatus status,
        @Nullable String mofaReference,
        @Nullable LocalDate mofaDate,
        List<HistoryEntry> history,
        List<DocumentEntry> documents,
        List<RelatedAgreement> related,
        List<LifecycleAction> possibleActions)
        implements Serializable {

    public record HistoryEntry(
            @Nullable LifecycleAction action,
            @Nullable AgreementStatus fromStatus,
            AgreementStatus toStatus,
            @Nullable LocalDate date,
            @Nullable String note,
            String recordedBy,
            Instant recordedAt)
            implements Serializable {}

    /**
     * Another agreement this one is linked to. {@code outgoing}: "this agreement &lt;type&gt; that
     * one"; otherwise "that one &lt;type&gt; this agreement".
     */
    public record RelatedAgreement(
            long linkId, LinkType type, boolean outgoing, long agreementId, String referenceCode, String titleVi)
            implements Serializable {}
}
