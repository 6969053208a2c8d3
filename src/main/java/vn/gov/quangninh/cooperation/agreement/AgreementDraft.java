package vn.gov.quangninh.cooperation.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.security.DepartmentOption;

/** The agreement form's model; the constraints mirror the columns. */
public class AgreementDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private @Nullable Long id;
    private long version;

    @NotBlank
    @Size(max = Agreement.CODE_LENGTH)
    @Pattern(regexp = "[\\p{L}0-9./_-]*", message = "{agreement.reference-code.pattern}")
    private String referenceCode = "";

    @NotBlank
    @Size(max = Agreement.TITLE_LENGTH)
    private String titleVi = "";

    @Size(max = Agreement.TITLE_LENGTH)
    private String titleZh = "";

    @Size(max = Agreement.TITLE_LENGTH)
    private String titleEn = "";

    @NotNull
    private AuthoritativeText authoritativeText = AuthoritativeText.EQUALLY_AUTHENTIC;

    @NotNull
    private @Nullable AgreementKind kind;

    @NotNull
    private @Nullable AgreementLevel level;

    @NotEmpty
    private Set<LocalityOption> counterparts = new LinkedHashSet<>();

    private List<@Valid Signatory> signatories = new ArrayList<>();

    private @Nullable LocalDate signingDate;

    @Size(max = Agreement.PLACE_LENGTH)
    private String signingPlace = "";

    private @Nullable LocalDate effectiveDate;
    private @Nullable LocalDate expiryDate;
    private boolean indefinite;
    private boolean autoRenewal;

    @Min(0)
    @Max(3650)
    private @Nullable Integer noticePeriodDays;

    @NotEmpty
    private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

    @NotNull
    private @Nullable DepartmentOption leadDepartment;

    @Size(max = Agreement.SUMMARY_LENGTH)
    private String summary = "";

    @Size(max = Agreement.REFERENCE_LENGTH)
    private String mofaReference = "";

    private @Nullable LocalDate mofaDate;

    public @Nullable Long getId() {
        return id;
    }

    void setId(@Nullable Long id) {
        this.id = id;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public String getReferenceCode() {
        return referenceCode;
    }

    public void setReferenceCode(String referenceCode) {
        this.referenceCode = referenceCode;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public AuthoritativeText getAuthoritativeText() {
        return authoritativeText;
    }

    public void setAuthoritativeText(AuthoritativeText authoritativeText) {
        this.authoritativeText = authoritativeText;
    }

    public @Nullable AgreementKind getKind() {
        return kind;
    }

    public void setKind(@Nullable AgreementKind kind) {
        this.kind = kind;
    }

    public @Nullable AgreementLevel getLevel() {
        return level;
    }

    public void setLevel(@Nullable AgreementLevel level) {
        this.level = level;
    }

    public Set<LocalityOption> getCounterparts() {
        return counterparts;
    }

    public void setCounterparts(Set<LocalityOption> counterparts) {
        this.counterparts = new LinkedHashSet<>(counterparts);
    }

    public List<Signatory> getSignatories() {
        return signatories;
    }

    public void setSignatories(List<Signatory> signatories) {
        this.signatories = new ArrayList<>(signatories);
    }

    public @Nullable LocalDate getSigningDate() {
        return signingDate;
    }

    public void setSigningDate(@Nullable LocalDate signingDate) {
        this.signingDate = signingDate;
    }

    public String getSigningPlace() {
        return signingPlace;
    }

    public void setSigningPlace(String signingPlace) {
        this.signingPlace = signingPlace;
    }

    public @Nullable LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(@Nullable LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public @Nullable LocalDate getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(@Nullable LocalDate expiryDate) {
        this.expiryDate = expiryDate;
    }

    public boolean isIndefinite() {
        return indefinite;
    }

    public void setIndefinite(boolean indefinite) {
        this.indefinite = indefinite;
    }

    public boolean isAutoRenewal() {
        return autoRenewal;
    }

    public void setAutoRenewal(boolean autoRenewal) {
        this.autoRenewal = autoRenewal;
    }

    public @Nullable Integer getNoticePeriodDays() {
        return noticePeriodDays;
    }

    public void setNoticePeriodDays(@Nullable Integer noticePeriodDays) {
        this.noticePeriodDays = noticePeriodDays;
    }

    public Set<CooperationField> getFields() {
        return fields;
    }

    public void setFields(Set<CooperationField> fields) {
        this.fields = fields.isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(fields);
    }

    public @Nullable DepartmentOption getLeadDepartment() {
        return leadDepartment;
    }

    public void setLeadDepartment(@Nullable DepartmentOption leadDepartment) {
        this.leadDepartment = leadDepartment;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getMofaReference() {
        return mofaReference;
    }

    public void setMofaReference(String mofaReference) {
        this.mofaReference = mofaReference;
    }

    public @Nullable LocalDate getMofaDate() {
        return mofaDate;
    }

    public void setMofaDate(@Nullable LocalDate mofaDate) {
        this.mofaDate = mofaDate;
    }
}
