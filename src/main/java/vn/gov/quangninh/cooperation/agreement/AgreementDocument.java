package vn.gov.quangninh.cooperation.agreement;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.files.StoredDocument;

/** A file attached to an agreement: the signed scan, the Vietnamese or Chinese text. */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Embedded
    private StoredDocument document;

    protected AgreementDocument() {}

    AgreementDocument(Agreement agreement, StoredDocument document) {
        this.agreement = agreement;
        this.document = document;
    }

    public StoredDocument getDocument() {
        return document;
    }
}
