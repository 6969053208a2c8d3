package vn.gov.quangninh.cooperation.commitment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.security.DepartmentRenamed;

/**
 * A renamed department's commitments move to its new place in the grid's order by lead
 * ({@link Commitment#leadSortKey}), in the same transaction as the rename.
 */
@Component
class LeadSortKeys {

    private final CommitmentRepository commitments;

    LeadSortKeys(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    @EventListener
    void on(DepartmentRenamed renamed) {
        commitments.updateLeadSortKey(renamed.departmentId(), Commitment.leadSortKey(renamed.nameVi()));
    }
}
