package vn.gov.quangninh.cooperation.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<Agreement, Long>, AgreementSearch {

    boolean existsByReferenceCode(String referenceCode);

    boolean existsByReferenceCodeAndIdNot(String referenceCode, Long id);

    @EntityGraph(attributePaths = {"counterparts", "leadDepartment"})
    Optional<Agreement> findWithCounterpartsById(Long id);

    /** The counterparts of a page of agreements in one query, not one per row. */
    @Query("""
            select a.id as agreementId, c.id as localityId, c.nameVi as nameVi, c.nameZh as nameZh
            from Agreement a join a.counterparts c where a.id in :ids order by c.sortKey""")
    List<CounterpartName> findCounterpartNames(Collection<Long> ids);

    interface CounterpartName {
        Long getAgreementId();

        Long getLocalityId();

        String getNameVi();

        String getNameZh();
    }
}
