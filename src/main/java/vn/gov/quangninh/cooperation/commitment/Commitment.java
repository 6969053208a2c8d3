package vn.gov.quangninh.cooperation.commitment;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Agreement;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.text.SearchText;
import vn.gov.quangninh.cooperation.base.text.VietnameseCollation;
import vn.gov.quangninh.cooperation.meeting.MinutesClause;
import vn.gov.quangninh.cooperation.security.CurrentUser.Actor;
import vn.gov.quangninh.cooperation.security.Department;

/**
 * Something agreed at a meeting (a minutes clause) or written into an agreement, followed until it
 * is done. Its completion level changes only when a manager approves a progress update
 * ({@link #approve}); cancelling and superseding are decisions with a reason.
 */
@Entity
@Audited
@Table(name = "commitment")
public class Commitment extends AbstractEntity {

    public static final int CODE_LENGTH = 40;
    public static final int TITLE_LENGTH = 500;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int AGENCY_LENGTH = 300;
    public static final int REASON_LENGTH = 1000;
    /** "Due soon": due within this many days. */
    public static final int DUE_SOON_DAYS = 30;
    /** "Lapsed": still not complete this many days after the due date. */
    public static final int LAPSED_AFTER_DAYS = 90;

    static final int SEARCH_LENGTH = 1500;
    static final int WORD_LENGTH = 40;

    @Column(nullable = false, updatable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "title_vi", nullable = false, length = TITLE_LENGTH)
    private String titleVi;

    @Column(name = "title_zh", length = TITLE_LENGTH)
    private @Nullable String titleZh;

    @Column(length = DESCRIPTION_LENGTH)
    private @Nullable String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_clause_id", updatable = false)
    private @Nullable MinutesClause sourceClause;

    /** The meeting of the source clause, kept here so the grid filters by meeting without joins. */
    @Column(name = "source_meeting_id", updatable = false)
    private @Nullable Long sourceMeetingId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_agreement_id", updatable = false)
    private @Nullable Agreement sourceAgreement;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private @Nullable CooperationField field;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "commitment_party", joinColumns = @JoinColumn(name = "commitment_id"))
    @OrderColumn(name = "position")
    private List<ResponsibleParty> parties = new ArrayList<>();

    @Column(name = "awaiting_counterpart", nullable = false)
    private boolean awaitingCounterpart;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_department_id")
    private Department leadDepartment;

    @NotAudited
    @ManyToMany
    @JoinTable(
            name = "commitment_supporting_department",
            joinColumns = @JoinColumn(name = "commitment_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> supportingDepartments = new HashSet<>();

    @Column(name = "counterpart_agency", length = AGENCY_LENGTH)
    private @Nullable String counterpartAgency;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(nullable = false)
    private boolean ongoing;

    @Column(name = "review_interval_months")
    private @Nullable Integer reviewIntervalMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority = Priority.NORMAL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompletionLevel completion = CompletionLevel.NO_EVIDENCE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Closure closure = Closure.OPEN;

    @Column(name = "closure_reason", length = REASON_LENGTH)
    private @Nullable String closureReason;

    @Column(name = "closed_by_name", length = 150)
    private @Nullable String closedByName;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    private @Nullable Commitment supersededBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "title_sort_key", nullable = false, length = VietnameseCollation.KEY_LENGTH)
    private String titleSortKey;

    /**
     * The level's place on the scale, and the lead's name in Vietnamese order: the grid's orders by
     * level and by lead, kept here so that an index of this table gives them (V18).
     */
    @NotAudited
    @Column(name = "completion_rank", nullable = false)
    private int completionRank;

    @NotAudited
    @Column(name = "lead_sort_key", nullable = false, length = VietnameseCollation.KEY_LENGTH)
    private String leadSortKey;

    @NotAudited
    @Column(name = "search_text", nullable = false, length = SEARCH_LENGTH)
    private String searchText;

    /** The words of the searchable text, which the grid's free-text filter finds through an index. */
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "commitment_word", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "word", length = WORD_LENGTH, nullable = false)
    private Set<String> words = new HashSet<>();

    protected Commitment() {}

    /** A commitment made at a meeting, from one clause of its minutes. */
    public static Commitment fromClause(String code, MinutesClause clause, CommitmentContent content, Instant at) {
        var commitment = new Commitment(code, content, at);
        commitment.sourceClause = clause;
        commitment.sourceMeetingId = clause.getMinutes().getMeeting().getId();
        return commitment;
    }

    /** A commitment written into an agreement. */
    public static Commitment fromAgreement(String code, Agreement agreement, CommitmentContent content, Instant at) {
        var commitment = new Commitment(code, content, at);
        commitment.sourceAgreement = agreement;
        return commitment;
    }

    private Commitment(String code, CommitmentContent content, Instant at) {
        this.code = code;
        this.createdAt = at;
        revise(content);
    }

    public void revise(CommitmentContent content) {
        requireOpen();
        content.check();
        this.titleVi = content.titleVi().strip();
        this.titleZh = blankToNull(content.titleZh());
        this.description = blankToNull(content.description());
        this.field = content.field();
        this.parties.clear();
        this.parties.addAll(content.parties());
        this.leadDepartment = content.leadDepartment();
        this.leadSortKey = leadSortKey(leadDepartment.getNameVi());
        this.supportingDepartments.clear();
        this.supportingDepartments.addAll(content.supportingDepartments());
        this.supportingDepartments.remove(content.leadDepartment());
        this.counterpartAgency = blankToNull(content.counterpartAgency());
        this.ongoing = content.ongoing();
        this.dueDate = content.ongoing() ? null : content.dueDate();
        this.reviewIntervalMonths = content.ongoing() ? content.reviewIntervalMonths() : null;
        this.priority = content.priority();
        this.titleSortKey = VietnameseCollation.sortKey(titleVi);
        this.searchText = SearchText.index(SEARCH_LENGTH, code, titleVi, titleZh, counterpartAgency, description);
        var newWords = SearchText.words(WORD_LENGTH, code, titleVi, counterpartAgency, description);
        // Changed words only: the rest of the index stays as it is.
        this.words.retainAll(newWords);
        this.words.addAll(newWords);
        this.awaitingCounterpart = computeAwaitingCounterpart();
    }

    /**
     * The warnings that hold on a day: due soon, overdue, lapsed, awaiting the counterpart; on
     * track when none does. A complete, cancelled or superseded commitment has none.
     */
    public Set<CommitmentFlag> flagsOn(LocalDate today) {
        return Flags.of(closure, completion, dueDate, awaitingCounterpart, today);
    }

    /** Whether a member of the department may change the commitment (lead or supporting). */
    public boolean isOwnedBy(@Nullable Long departmentId) {
        return departmentId != null
                && (departmentId.equals(leadDepartment.getId())
                        || supportingDepartments.stream().anyMatch(d -> departmentId.equals(d.getId())));
    }

    /**
     * A manager approves a submitted update: the commitment takes the update's completion level and
     * party statuses. This is the only way the completion level changes.
     */
    public void approve(ProgressUpdate update, Actor manager, Instant at) {
        requireOpen();
        requireOwn(update);
        update.approve(manager, at);
        completion = update.getProposedLevel();
        completionRank = completion.ordinal();
        if (!update.getPartyStatuses().isEmpty()) {
            var statuses = update.getPartyStatuses();
            parties.replaceAll(party -> statuses.stream()
                    .filter(s -> s.party() == party.party())
                    .findFirst()
                    .orElse(party));
        }
        awaitingCounterpart = computeAwaitingCounterpart();
    }

    /** A manager sends a submitted update back to its reporter with a comment. */
    public void returnUpdate(ProgressUpdate update, String comment, Actor manager, Instant at) {
        requireOwn(update);
        update.returnWithComment(comment, manager, at);
    }

    public void cancel(String reason, Actor actor, Instant at) {
        close(Closure.CANCELLED, reason, actor, at);
    }

    public void supersede(Commitment replacement, String reason, Actor actor, Instant at) {
        if (replacement == this) {
            throw new RuleViolationException("replacement", "commitment.supersede.self");
        }
        if (replacement.closure != Closure.OPEN) {
            throw new RuleViolationException("replacement", "commitment.supersede.closed", replacement.code);
        }
        close(Closure.SUPERSEDED, reason, actor, at);
        supersededBy = replacement;
    }

    private void close(Closure how, String reason, Actor actor, Instant at) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "commitment.reason.required");
        }
        closure = how;
        closureReason = reason.strip();
        closedByName = actor.fullName();
        closedAt = at;
    }

    private boolean computeAwaitingCounterpart() {
        var ours = parties.stream().filter(p -> !p.party().isCounterpart()).toList();
        var theirs = parties.stream().filter(p -> p.party().isCounterpart()).toList();
        return !ours.isEmpty()
                && !theirs.isEmpty()
                && ours.stream().allMatch(p -> p.status() == PartyStatus.DONE)
                && theirs.stream().anyMatch(p -> p.status() != PartyStatus.DONE);
    }

    private void requireOpen() {
        if (closure != Closure.OPEN) {
            throw new RuleViolationException(null, "commitment.closed");
        }
    }

    private void requireOwn(ProgressUpdate update) {
        // Compared by id: the update may hold a lazy proxy of this commitment, never this very object.
        if (!getId().equals(update.getCommitment().getId())) {
            throw new IllegalArgumentException("Update of another commitment");
        }
    }

    /** How a lead department's commitments sort among others': by its Vietnamese name. */
    public static String leadSortKey(String departmentNameVi) {
        return VietnameseCollation.sortKey(departmentNameVi);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getCode() {
        return code;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public @Nullable String getTitleZh() {
        return titleZh;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable MinutesClause getSourceClause() {
        return sourceClause;
    }

    public @Nullable Agreement getSourceAgreement() {
        return sourceAgreement;
    }

    public @Nullable CooperationField getField() {
        return field;
    }

    public List<ResponsibleParty> getParties() {
        return List.copyOf(parties);
    }

    public Department getLeadDepartment() {
        return leadDepartment;
    }

    public Set<Department> getSupportingDepartments() {
        return Set.copyOf(supportingDepartments);
    }

    public @Nullable String getCounterpartAgency() {
        return counterpartAgency;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isOngoing() {
        return ongoing;
    }

    public @Nullable Integer getReviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    public Priority getPriority() {
        return priority;
    }

    public CompletionLevel getCompletion() {
        return completion;
    }

    public Closure getClosure() {
        return closure;
    }

    public @Nullable String getClosureReason() {
        return closureReason;
    }

    public @Nullable String getClosedByName() {
        return closedByName;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public @Nullable Commitment getSupersededBy() {
        return supersededBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
