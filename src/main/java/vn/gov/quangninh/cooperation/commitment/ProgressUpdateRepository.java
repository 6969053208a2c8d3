package vn.gov.quangninh.cooperation.commitment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByCommitmentIdOrderByAsOfDateDescCreatedAtDesc(Long commitmentId);

    /** Submitted updates, oldest first: the managers' review queue. */
    @Query("""
            select u from ProgressUpdate u join fetch u.commitment c join fetch c.leadDepartment
            where u.state = vn.gov.quangninh.cooperation.commitment.UpdateState.SUBMITTED
            order by u.submittedAt, u.id""")
    List<ProgressUpdate> findSubmittedOldestFirst();
}
