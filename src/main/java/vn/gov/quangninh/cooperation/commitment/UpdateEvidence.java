package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.files.StoredDocument;

/** A file attached to a progress update as evidence: the official letter, a photograph... */
@Entity
@Table(name = "update_evidence")
public class UpdateEvidence extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id")
    private ProgressUpdate update;

    @Embedded
    private StoredDocument document;

    protected UpdateEvidence() {}

    UpdateEvidence(ProgressUpdate update, StoredDocument document) {
        this.update = update;
        this.document = document;
    }

    public ProgressUpdate getUpdate() {
        return update;
    }

    public StoredDocument getDocument() {
        return document;
    }
}
