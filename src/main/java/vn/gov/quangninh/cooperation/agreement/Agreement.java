package vn.gov.quangninh.cooperation.agreement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.text.SearchText;
import vn.gov.quangninh.cooperation.base.text.VietnameseCollation;
import vn.gov.quangninh.cooperation.security.CurrentUser.Actor;
import vn.gov.quangninh.cooperation.security.Department;

/**
 * A province-level agreement with one or more Chinese localities. Its content is revised as a whole
 * ({@link #revise}); its status changes only through the named lifecycle actions ({@link #apply}),
 * each kept in the history with date, note and user.
 */
@Entity
@Audited
@Table(name = "agreement")
public class Agreement extends AbstractEntity {

    public static final int CODE_LENGTH = 40;
    public static final int TITLE_LENGTH = 500;
    public static final int PLACE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 4000;
    public static final int REFERENCE_LENGTH = 100;
    static final int SEARCH_LENGTH = 2000;

    @Column(name = "reference_code", nullable = false, length = CODE_LENGTH)
    private String referenceCode;

    @Column(name = "title_vi", nullable = false, length = TITLE_LENGTH)
    private String titleVi;

    @Column(name = "title_zh", length = TITLE_LENGTH)
    private @Nullable String titleZh;

    @Column(name = "title_en", length = TITLE_LENGTH)
    private @Nullable String titleEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "authoritative_text", nullable = false, length = 20)
    private AuthoritativeText authoritativeText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AgreementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AgreementLevel level;

    @NotAudited
    @ManyToMany
    @JoinTable(
            name = "agreement_counterpart",
            joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "locality_id"))
    private Set<CounterpartLocality> counterparts = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "agreement_signatory", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Signatory> signatories = new ArrayList<>();

    @Column(name = "signing_date")
    private @Nullable LocalDate signingDate;

    @Column(name = "signing_place", length = PLACE_LENGTH)
    private @Nullable String signingPlace;

    @Column(name = "effective_date")
    private @Nullable LocalDate effectiveDate;

    @Column(name = "expiry_date")
    private @Nullable LocalDate expiryDate;

    @Column(nullable = false)
    private boolean indefinite;

    @Column(name = "auto_renewal", nullable = false)
    private boolean autoRenewal;

    @Column(name = "notice_period_days")
    private @Nullable Integer noticePeriodDays;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "agreement_field", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "field", length = 40)
    private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_department_id")
    private @Nullable Department leadDepartment;

    @Column(length = SUMMARY_LENGTH)
    private @Nullable String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @Column(name = "mofa_reference", length = REFERENCE_LENGTH)
    private @Nullable String mofaReference;

    @Column(name = "mofa_date")
    private @Nullable LocalDate mofaDate;

    @NotAudited
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt")
    private List<AgreementEvent> history = new ArrayList<>();

    @NotAudited
    @Column(name = "title_sort_key", nullable = false, length = VietnameseCollation.KEY_LENGTH)
    private String titleSortKey;

    @NotAudited
    @Column(name = "search_text", nullable = false, length = SEARCH_LENGTH)
    private String searchText;

    protected Agreement() {}

    /** A new agreement, recorded as a draft; sign it to move it on. */
    public Agreement(AgreementContent content, Actor createdBy, Instant at) {
        revise(content);
        history.add(new AgreementEvent(this, null, null, AgreementStatus.DRAFT, null, null, createdBy, at));
    }

    /** Replaces the recorded content (not the status) after the dates were checked. */
    public void revise(AgreementContent content) {
        content.checkDates();
        this.referenceCode = content.referenceCode().strip();
        this.titleVi = content.titleVi().strip();
        this.titleZh = content.titleZh();
        this.titleEn = content.titleEn();
        this.authoritativeText = content.authoritativeText();
        this.kind = content.kind();
        this.level = content.level();
        this.counterparts.clear();
        this.counterparts.addAll(content.counterparts());
        this.signatories.clear();
        this.signatories.addAll(content.signatories());
        this.signingDate = content.signingDate();
        this.signingPlace = content.signingPlace();
        this.effectiveDate = content.effectiveDate();
        this.indefinite = content.indefinite();
        this.expiryDate = content.indefinite() ? null : content.expiryDate();
        this.autoRenewal = content.autoRenewal();
        this.noticePeriodDays = content.noticePeriodDays();
        this.fields.clear();
        this.fields.addAll(content.fields());
        this.leadDepartment = content.leadDepartment();
        this.summary = content.summary();
        this.mofaReference = content.mofaReference();
        this.mofaDate = content.mofaDate();
        reindex();
    }

    /**
     * Takes one step of the lifecycle. Signing sets the signing date, entry into force the effective
     * date, an extension the new expiry date (or none, when extended indefinitely).
     *
     * @throws RuleViolationException when the step is not allowed from the current status
     */
    public void apply(
            LifecycleAction action,
            LocalDate date,
            @Nullable String note,
            @Nullable LocalDate newExpiry,
            boolean indefinitely,
            Actor actor,
            Instant at) {
        if (!action.isAllowedFrom(status)) {
            throw new RuleViolationException(
                    null,
                    "agreement.lifecycle.not-allowed",
                    new RuleViolationException.Label(action.labelKey()),
                    new RuleViolationException.Label(status.labelKey()));
        }
        switch (action) {
            case SIGN -> signingDate = date;
            case BRING_INTO_FORCE -> {
                if (signingDate != null && date.isBefore(signingDate)) {
                    throw new RuleViolationException("date", "agreement.dates.effective-before-signing");
                }
                effectiveDate = date;
            }
            case EXTEND -> extendTo(newExpiry, indefinitely);
            default -> {}
        }
        var from = status;
        status = action.target();
        history.add(new AgreementEvent(this, action, from, status, date, note, actor, at));
    }

    private void extendTo(@Nullable LocalDate newExpiry, boolean indefinitely) {
        if (indefinitely) {
            indefinite = true;
            expiryDate = null;
            return;
        }
        if (newExpiry == null || (expiryDate != null && !newExpiry.isAfter(expiryDate))) {
            throw new RuleViolationException("newExpiry", "agreement.extend.later-expiry");
        }
        expiryDate = newExpiry;
        indefinite = false;
    }

    /** The status as of a day: an applying agreement past its expiry date has expired. */
    public AgreementStatus statusOn(LocalDate today) {
        return isLapsed(status, expiryDate, today) ? AgreementStatus.EXPIRED : status;
    }

    static boolean isLapsed(AgreementStatus status, @Nullable LocalDate expiryDate, LocalDate today) {
        return status.isApplying() && expiryDate != null && expiryDate.isBefore(today);
    }

    private void reindex() {
        titleSortKey = VietnameseCollation.sortKey(titleVi);
        var texts = new ArrayList<String>(List.of(referenceCode, titleVi));
        if (titleZh != null) {
            texts.add(titleZh);
        }
        if (titleEn != null) {
            texts.add(titleEn);
        }
        counterparts.forEach(c -> texts.add(c.getSearchText()));
        if (signingPlace != null) {
            texts.add(signingPlace);
        }
        searchText = SearchText.index(SEARCH_LENGTH, texts.toArray(String[]::new));
    }

    public String getReferenceCode() {
        return referenceCode;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public @Nullable String getTitleZh() {
        return titleZh;
    }

    public @Nullable String getTitleEn() {
        return titleEn;
    }

    public AuthoritativeText getAuthoritativeText() {
        return authoritativeText;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public AgreementLevel getLevel() {
        return level;
    }

    public Set<CounterpartLocality> getCounterparts() {
        return Set.copyOf(counterparts);
    }

    public List<Signatory> getSignatories() {
        return List.copyOf(signatories);
    }

    public @Nullable LocalDate getSigningDate() {
        return signingDate;
    }

    public @Nullable String getSigningPlace() {
        return signingPlace;
    }

    public @Nullable LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public @Nullable LocalDate getExpiryDate() {
        return expiryDate;
    }

    public boolean isIndefinite() {
        return indefinite;
    }

    public boolean isAutoRenewal() {
        return autoRenewal;
    }

    public @Nullable Integer getNoticePeriodDays() {
        return noticePeriodDays;
    }

    public Set<CooperationField> getFields() {
        return fields.isEmpty() ? Set.of() : EnumSet.copyOf(fields);
    }

    public @Nullable Department getLeadDepartment() {
        return leadDepartment;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public @Nullable String getMofaReference() {
        return mofaReference;
    }

    public @Nullable LocalDate getMofaDate() {
        return mofaDate;
    }

    public List<AgreementEvent> getHistory() {
        return List.copyOf(history);
    }
}
