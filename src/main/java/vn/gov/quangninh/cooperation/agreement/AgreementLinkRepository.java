package vn.gov.quangninh.cooperation.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementLinkRepository extends JpaRepository<AgreementLink, Long> {

    @Query("select l from AgreementLink l join fetch l.from join fetch l.to where l.from.id = :id or l.to.id = :id")
    List<AgreementLink> findInvolving(Long id);

    boolean existsByFromIdAndTypeAndToId(Long fromId, LinkType type, Long toId);
}
