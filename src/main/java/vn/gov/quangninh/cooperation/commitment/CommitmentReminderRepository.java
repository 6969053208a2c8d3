package vn.gov.quangninh.cooperation.commitment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommitmentReminderRepository extends JpaRepository<CommitmentReminder, Long> {

    /** The reminders already given about these commitments: [commitment id, kind, due date]. */
    @Query("select r.commitment.id, r.kind, r.dueDate from CommitmentReminder r where r.commitment.id in :ids")
    List<Object[]> findKeysByCommitmentIds(Collection<Long> ids);
}
