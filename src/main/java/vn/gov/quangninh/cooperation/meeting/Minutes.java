package vn.gov.quangninh.cooperation.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Signatory;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.security.CurrentUser.Actor;

/**
 * The document a meeting ends in, with its numbered clauses. Draft → agreed → signed; once signed,
 * the clauses are read-only and a correction is a recorded {@link ClauseRevision}.
 */
@Entity
@Audited
@Table(name = "minutes")
public class Minutes extends AbstractEntity {

    public static final int NUMBER_LENGTH = 50;
    public static final int PLACE_LENGTH = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MinutesKind kind;

    @Column(name = "document_number", length = NUMBER_LENGTH)
    private @Nullable String documentNumber;

    @Column(name = "signing_date")
    private @Nullable LocalDate signingDate;

    @Column(name = "signing_place", length = PLACE_LENGTH)
    private @Nullable String signingPlace;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "minutes_signatory", joinColumns = @JoinColumn(name = "minutes_id"))
    @OrderColumn(name = "position")
    private List<Signatory> signatories = new ArrayList<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "minutes_language", joinColumns = @JoinColumn(name = "minutes_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 20)
    private Set<TextLanguage> languages = EnumSet.of(TextLanguage.VIETNAMESE, TextLanguage.CHINESE);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MinutesState state = MinutesState.DRAFT;

    @NotAudited
    @OneToMany(mappedBy = "minutes", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<MinutesClause> clauses = new ArrayList<>();

    protected Minutes() {}

    Minutes(Meeting meeting, MinutesKind kind) {
        this.meeting = meeting;
        this.kind = kind;
    }

    /**
     * Replaces the clauses with the given ones. A clause keeps its identity (which commitments refer
     * to) through its id, even when its number changes because a clause was inserted before it.
     *
     * @param removable whether a clause that is no longer in the list may go (no commitment refers to it)
     * @throws RuleViolationException once signed, or when numbers repeat
     */
    void replaceClauses(List<ClauseContent> contents, Predicate<MinutesClause> removable) {
        requireNotSigned();
        if (contents.stream().map(ClauseContent::number).distinct().count() != contents.size()) {
            throw new RuleViolationException("clauses", "minutes.clause.duplicate-number");
        }
        var kept = contents.stream()
                .map(ClauseContent::id)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var gone = clauses.stream()
                .filter(clause -> !kept.contains(clause.getId()))
                .toList();
        gone.stream().filter(removable.negate()).findFirst().ifPresent(clause -> {
            throw new RuleViolationException("clauses", "minutes.clause.has-commitments", clause.getNumber());
        });
        clauses.removeAll(gone);
        var byId = clauses.stream()
                .filter(clause -> !clause.isNew())
                .collect(Collectors.toMap(MinutesClause::getId, Function.identity()));
        for (var content : contents) {
            var clause = content.id() == null ? null : byId.get(content.id());
            if (clause == null) {
                clauses.add(new MinutesClause(this, content));
            } else {
                clause.rewrite(content);
            }
        }
        clauses.sort(Comparator.comparingInt(MinutesClause::getNumber));
    }

    void describe(
            MinutesKind kind,
            @Nullable String documentNumber,
            @Nullable String signingPlace,
            Collection<TextLanguage> languages,
            List<Signatory> signatories) {
        this.kind = kind;
        this.documentNumber = blankToNull(documentNumber);
        this.signingPlace = blankToNull(signingPlace);
        this.languages = languages.isEmpty() ? EnumSet.noneOf(TextLanguage.class) : EnumSet.copyOf(languages);
        this.signatories.clear();
        this.signatories.addAll(signatories);
    }

    /** Both sides accept the text; it may still be corrected before signing. */
    void agree() {
        if (state != MinutesState.DRAFT) {
            throw new RuleViolationException(null, "minutes.state.not-allowed");
        }
        requireClauses();
        state = MinutesState.AGREED;
    }

    /** Signed: from now on the clauses change only through recorded revisions. */
    void sign(LocalDate date) {
        if (state == MinutesState.SIGNED) {
            throw new RuleViolationException(null, "minutes.state.not-allowed");
        }
        requireClauses();
        if (date.isBefore(meeting.getStartDate())) {
            throw new RuleViolationException("signingDate", "minutes.signing-before-meeting");
        }
        signingDate = date;
        state = MinutesState.SIGNED;
    }

    /** A correction of a signed clause, kept with its reason and author. */
    ClauseRevision correct(
            int number,
            String textVi,
            @Nullable String textZh,
            String reason,
            int revisionNumber,
            Actor actor,
            Instant at) {
        if (state != MinutesState.SIGNED) {
            throw new RuleViolationException(null, "minutes.correction.not-signed");
        }
        if (reason.isBlank()) {
            throw new RuleViolationException("reason", "minutes.correction.reason-required");
        }
        var clause = clauses.stream()
                .filter(c -> c.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(null, "minutes.clause.unknown"));
        var oldVi = clause.getTextVi();
        var oldZh = clause.getTextZh();
        clause.correct(textVi, textZh);
        return new ClauseRevision(clause, revisionNumber, oldVi, oldZh, reason, actor, at);
    }

    private void requireNotSigned() {
        if (state == MinutesState.SIGNED) {
            throw new RuleViolationException("clauses", "minutes.signed-read-only");
        }
    }

    private void requireClauses() {
        if (clauses.isEmpty()) {
            throw new RuleViolationException(null, "minutes.clause.none");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public MinutesKind getKind() {
        return kind;
    }

    public @Nullable String getDocumentNumber() {
        return documentNumber;
    }

    public @Nullable LocalDate getSigningDate() {
        return signingDate;
    }

    public @Nullable String getSigningPlace() {
        return signingPlace;
    }

    public List<Signatory> getSignatories() {
        return List.copyOf(signatories);
    }

    public Set<TextLanguage> getLanguages() {
        return languages.isEmpty() ? Set.of() : EnumSet.copyOf(languages);
    }

    public MinutesState getState() {
        return state;
    }

    public List<MinutesClause> getClauses() {
        return List.copyOf(clauses);
    }
}
