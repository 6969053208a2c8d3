package vn.gov.quangninh.cooperation.meeting;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.files.StoredDocument;

/** A signed file of the minutes: the scan, the Vietnamese or the Chinese text. */
@Entity
@Table(name = "minutes_file")
public class MinutesFile extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id")
    private Minutes minutes;

    @Embedded
    private StoredDocument document;

    protected MinutesFile() {}

    MinutesFile(Minutes minutes, StoredDocument document) {
        this.minutes = minutes;
        this.document = document;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public StoredDocument getDocument() {
        return document;
    }
}
