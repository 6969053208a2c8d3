package vn.gov.quangninh.cooperation.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.gov.quangninh.cooperation.agreement.Agreement;

/** A clause's link to an agreement it implements or amends. */
@Embeddable
public class ClauseReference {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 20)
    private ClauseRelation relation;

    protected ClauseReference() {}

    ClauseReference(Agreement agreement, ClauseRelation relation) {
        this.agreement = agreement;
        this.relation = relation;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public ClauseRelation getRelation() {
        return relation;
    }
}
