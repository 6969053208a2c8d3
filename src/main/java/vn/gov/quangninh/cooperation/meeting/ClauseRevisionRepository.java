package vn.gov.quangninh.cooperation.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClauseRevisionRepository extends JpaRepository<ClauseRevision, Long> {

    List<ClauseRevision> findByClauseMinutesIdOrderByRevisedAt(Long minutesId);

    long countByClauseMinutesId(Long minutesId);
}
