package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * One row of the word index, for queries only: {@link Commitment} writes the rows (its words
 * collection); this read-only mapping of the same table lets the search select commitment ids by
 * word without joining the commitment table.
 */
@Entity
@Immutable
@Table(name = "commitment_word")
@IdClass(CommitmentWord.Key.class)
class CommitmentWord {

    record Key(long commitmentId, String word) implements Serializable {}

    @Id
    @Column(name = "commitment_id")
    private long commitmentId;

    @Id
    @Column(name = "word")
    private String word;

    protected CommitmentWord() {
        this.word = "";
    }
}
