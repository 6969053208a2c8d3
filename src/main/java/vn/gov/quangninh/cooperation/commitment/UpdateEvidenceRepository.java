package vn.gov.quangninh.cooperation.commitment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UpdateEvidenceRepository extends JpaRepository<UpdateEvidence, Long> {

    List<UpdateEvidence> findByUpdateIdInOrderByDocumentUploadedAt(Collection<Long> updateIds);

    boolean existsByUpdateId(Long updateId);
}
