package vn.gov.quangninh.cooperation.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.gov.quangninh.cooperation.base.AbstractEntity;

/** "This agreement amends / extends / supersedes / implements that one." */
@Entity
@Table(name = "agreement_link")
public class AgreementLink extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_agreement_id")
    private Agreement from;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_agreement_id")
    private Agreement to;

    protected AgreementLink() {}

    AgreementLink(Agreement from, LinkType type, Agreement to) {
        this.from = from;
        this.type = type;
        this.to = to;
    }

    public Agreement getFrom() {
        return from;
    }

    public LinkType getType() {
        return type;
    }

    public Agreement getTo() {
        return to;
    }
}
