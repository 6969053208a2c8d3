package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.security.CurrentUser.Actor;
import vn.gov.quangninh.cooperation.security.Department;

/**
 * A report on a commitment's progress, with its evidence. Written as a draft, submitted, then
 * approved or returned with a comment by a manager; only approval moves the commitment.
 */
@Entity
@Audited
@Table(name = "progress_update")
public class ProgressUpdate extends AbstractEntity {

    public static final int NARRATIVE_LENGTH = 3000;
    public static final int LETTER_LENGTH = 100;
    public static final int LINK_LENGTH = 500;
    public static final int NOTE_LENGTH = 2000;
    public static final int COMMENT_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", updatable = false)
    private Commitment commitment;

    @Column(name = "as_of_date", nullable = false)
    private LocalDate asOfDate;

    @Column(name = "narrative_vi", nullable = false, length = NARRATIVE_LENGTH)
    private String narrativeVi;

    @Column(name = "narrative_zh", length = NARRATIVE_LENGTH)
    private @Nullable String narrativeZh;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level", nullable = false, length = 20)
    private CompletionLevel proposedLevel;

    @Column(name = "letter_number", length = LETTER_LENGTH)
    private @Nullable String letterNumber;

    @Column(name = "letter_date")
    private @Nullable LocalDate letterDate;

    @Column(length = LINK_LENGTH)
    private @Nullable String link;

    @Column(length = NOTE_LENGTH)
    private @Nullable String blockers;

    @Column(name = "next_steps", length = NOTE_LENGTH)
    private @Nullable String nextSteps;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "progress_update_party", joinColumns = @JoinColumn(name = "update_id"))
    @OrderColumn(name = "position")
    private List<ResponsibleParty> partyStatuses = new ArrayList<>();

    @Column(name = "reporter_username", nullable = false, updatable = false, length = 50)
    private String reporterUsername;

    @Column(name = "reporter_name", nullable = false, updatable = false, length = 150)
    private String reporterName;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reporter_department_id", updatable = false)
    private @Nullable Department reporterDepartment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UpdateState state = UpdateState.DRAFT;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "review_comment", length = COMMENT_LENGTH)
    private @Nullable String reviewComment;

    @Column(name = "reviewed_by_name", length = 150)
    private @Nullable String reviewedByName;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProgressUpdate() {}

    public ProgressUpdate(
            Commitment commitment,
            UpdateContent content,
            Actor reporter,
            @Nullable Department reporterDepartment,
            Instant at) {
        this.commitment = commitment;
        this.reporterUsername = reporter.username();
        this.reporterName = reporter.fullName();
        this.reporterDepartment = reporterDepartment;
        this.createdAt = at;
        write(content);
    }

    /** A draft, or an update returned for correction: its reporter may still change it. */
    public boolean isEditable() {
        return state == UpdateState.DRAFT || state == UpdateState.RETURNED;
    }

    /** Rewrites a draft, or an update returned for correction. */
    public void edit(UpdateContent content) {
        if (!isEditable()) {
            throw new RuleViolationException(null, "update.not-editable");
        }
        write(content);
    }

    public void submit(Instant at) {
        if (!isEditable()) {
            throw new RuleViolationException(null, "update.not-submittable");
        }
        state = UpdateState.SUBMITTED;
        submittedAt = at;
    }

    void approve(Actor manager, Instant at) {
        requireSubmitted();
        state = UpdateState.APPROVED;
        reviewedByName = manager.fullName();
        reviewedAt = at;
    }

    void returnWithComment(String comment, Actor manager, Instant at) {
        requireSubmitted();
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("comment", "update.comment.required");
        }
        state = UpdateState.RETURNED;
        reviewComment = comment.strip();
        reviewedByName = manager.fullName();
        reviewedAt = at;
    }

    private void requireSubmitted() {
        if (state != UpdateState.SUBMITTED) {
            throw new RuleViolationException(null, "update.not-submitted");
        }
    }

    private void write(UpdateContent content) {
        if (content.narrativeVi() == null || content.narrativeVi().isBlank()) {
            throw new RuleViolationException("narrativeVi", "update.narrative.required");
        }
        if (!CompletionLevel.PROPOSABLE.contains(content.proposedLevel())) {
            throw new RuleViolationException("proposedLevel", "update.level.required");
        }
        if (content.link() != null
                && !content.link().isBlank()
                && !isWebAddress(content.link().strip())) {
            throw new RuleViolationException("link", "update.link.invalid");
        }
        this.asOfDate = content.asOfDate();
        this.narrativeVi = content.narrativeVi().strip();
        this.narrativeZh = blankToNull(content.narrativeZh());
        this.proposedLevel = content.proposedLevel();
        this.letterNumber = blankToNull(content.letterNumber());
        this.letterDate = content.letterDate();
        this.link = blankToNull(content.link());
        this.blockers = blankToNull(content.blockers());
        this.nextSteps = blankToNull(content.nextSteps());
        this.partyStatuses.clear();
        this.partyStatuses.addAll(content.partyStatuses());
    }

    /** Only http and https: the link is shown to others, and a javascript: link would run in their browser. */
    private static boolean isWebAddress(String text) {
        try {
            var uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public LocalDate getAsOfDate() {
        return asOfDate;
    }

    public String getNarrativeVi() {
        return narrativeVi;
    }

    public @Nullable String getNarrativeZh() {
        return narrativeZh;
    }

    public CompletionLevel getProposedLevel() {
        return proposedLevel;
    }

    public @Nullable String getLetterNumber() {
        return letterNumber;
    }

    public @Nullable LocalDate getLetterDate() {
        return letterDate;
    }

    public @Nullable String getLink() {
        return link;
    }

    public @Nullable String getBlockers() {
        return blockers;
    }

    public @Nullable String getNextSteps() {
        return nextSteps;
    }

    public List<ResponsibleParty> getPartyStatuses() {
        return List.copyOf(partyStatuses);
    }

    public String getReporterUsername() {
        return reporterUsername;
    }

    public String getReporterName() {
        return reporterName;
    }

    public @Nullable Department getReporterDepartment() {
        return reporterDepartment;
    }

    public UpdateState getState() {
        return state;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable String getReviewComment() {
        return reviewComment;
    }

    public @Nullable String getReviewedByName() {
        return reviewedByName;
    }

    public @Nullable Instant getReviewedAt() {
        return reviewedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
