package vn.gov.quangninh.cooperation.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.security.CurrentUser.Actor;

/**
 * A correction to a clause of signed minutes: the text before it, why, by whom, when. The text after
 * it is the clause's current text, or the text before the next correction. Signed text is never
 * changed silently; this is its trace.
 */
@Entity
@Immutable
@Table(name = "clause_revision")
public class ClauseRevision {

    public static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clause_id")
    private MinutesClause clause;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Column(name = "old_text_vi", nullable = false, length = MinutesClause.TEXT_LENGTH)
    private String oldTextVi;

    @Column(name = "old_text_zh", length = MinutesClause.TEXT_LENGTH)
    private @Nullable String oldTextZh;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "revised_by", nullable = false, length = 50)
    private String revisedBy;

    @Column(name = "revised_by_name", nullable = false, length = 150)
    private String revisedByName;

    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    protected ClauseRevision() {}

    ClauseRevision(
            MinutesClause clause,
            int revisionNumber,
            String oldTextVi,
            @Nullable String oldTextZh,
            String reason,
            Actor actor,
            Instant at) {
        this.clause = clause;
        this.revisionNumber = revisionNumber;
        this.oldTextVi = oldTextVi;
        this.oldTextZh = oldTextZh;
        this.reason = reason.strip();
        this.revisedBy = actor.username();
        this.revisedByName = actor.fullName();
        this.revisedAt = at;
    }

    public MinutesClause getClause() {
        return clause;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getOldTextVi() {
        return oldTextVi;
    }

    public @Nullable String getOldTextZh() {
        return oldTextZh;
    }

    public String getReason() {
        return reason;
    }

    public String getRevisedByName() {
        return revisedByName;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }
}
