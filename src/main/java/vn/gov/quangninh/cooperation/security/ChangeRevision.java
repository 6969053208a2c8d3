package vn.gov.quangninh.cooperation.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change of domain records, as Hibernate Envers keeps it: who made it and when. The
 * records' old and new values are in their {@code _aud} tables, under this revision's number.
 */
@Entity
@Table(name = "change_revision")
@RevisionEntity(ChangeRevisionListener.class)
public class ChangeRevision {

    public static final int USERNAME_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    /** Milliseconds since the epoch, from the application's clock (set by the listener). */
    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(nullable = false, length = USERNAME_LENGTH)
    private String username = SystemUser.NAME;

    public long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public String getUsername() {
        return username;
    }

    void record(String who, Instant when) {
        this.username = who;
        this.changedAt = when.toEpochMilli();
    }
}
