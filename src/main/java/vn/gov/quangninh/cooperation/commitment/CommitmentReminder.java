package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.quangninh.cooperation.base.AbstractEntity;

/** A reminder given about one commitment's deadline; given once per kind and due date. */
@Entity
@Table(name = "commitment_reminder")
public class CommitmentReminder extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id")
    private Commitment commitment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderKind kind;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommitmentReminder() {}

    CommitmentReminder(Commitment commitment, ReminderKind kind, Instant createdAt) {
        this.commitment = commitment;
        this.kind = kind;
        this.dueDate = commitment.getDueDate();
        this.createdAt = createdAt;
    }

    Commitment getCommitment() {
        return commitment;
    }

    ReminderKind getKind() {
        return kind;
    }

    LocalDate getDueDate() {
        return dueDate;
    }
}
