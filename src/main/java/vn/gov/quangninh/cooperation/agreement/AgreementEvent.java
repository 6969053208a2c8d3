package vn.gov.quangninh.cooperation.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.security.CurrentUser.Actor;

/** One step in an agreement's life, as it was recorded; never changed afterwards. */
@Entity
@Immutable
@Table(name = "agreement_event")
public class AgreementEvent {

    public static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    /** Null for the creation of the record. */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable LifecycleAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private @Nullable AgreementStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private AgreementStatus toStatus;

    /** The day it happened (the signing day, the day it entered into force...). */
    @Column(name = "event_date")
    private @Nullable LocalDate date;

    @Column(length = NOTE_LENGTH)
    private @Nullable String note;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_by_name", nullable = false, length = 150)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AgreementEvent() {}

    AgreementEvent(
            Agreement agreement,
            @Nullable LifecycleAction action,
            @Nullable AgreementStatus fromStatus,
            AgreementStatus toStatus,
            @Nullable LocalDate date,
            @Nullable String note,
            Actor actor,
            Instant at) {
        this.agreement = agreement;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.date = date;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = actor.username();
        this.recordedByName = actor.fullName();
        this.recordedAt = at;
    }

    public @Nullable LifecycleAction getAction() {
        return action;
    }

    public @Nullable AgreementStatus getFromStatus() {
        return fromStatus;
    }

    public AgreementStatus getToStatus() {
        return toStatus;
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public @Nullable String getNote() {
        return note;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
