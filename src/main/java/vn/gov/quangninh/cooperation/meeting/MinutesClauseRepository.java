package vn.gov.quangninh.cooperation.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinutesClauseRepository extends JpaRepository<MinutesClause, Long> {

    /** The clauses that refer to an agreement, with their minutes and meeting, newest meeting first. */
    @Query("""
            select c from MinutesClause c join fetch c.minutes m join fetch m.meeting g join c.references r
            where r.agreement.id = :agreementId order by g.startDate desc, c.number""")
    List<MinutesClause> findReferencing(long agreementId);
}
