package vn.gov.quangninh.cooperation.commitment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CommitmentRepository extends JpaRepository<Commitment, Long>, CommitmentSearch {

    /** Total, complete and overdue; "overdue" is the rule of {@link CommitmentFlag#OVERDUE}. */
    String TALLY = """
             count(c),
              sum(case when c.completion = vn.gov.quangninh.cooperation.commitment.CompletionLevel.COMPLETE
                  then 1 else 0 end),
              sum(case when c.completion <> vn.gov.quangninh.cooperation.commitment.CompletionLevel.COMPLETE
                  and c.dueDate < :today then 1 else 0 end)""";

    String FOLLOWED = " where c.closure = vn.gov.quangninh.cooperation.commitment.Closure.OPEN";

    boolean existsByCode(String code);

    @Modifying
    @Query("update Commitment c set c.leadSortKey = :key where c.leadDepartment.id = :departmentId")
    int updateLeadSortKey(long departmentId, String key);

    Optional<Commitment> findByCode(String code);

    long countBySourceAgreementId(Long agreementId);

    boolean existsBySourceClauseId(Long clauseId);

    @Query("select c from Commitment c where c.sourceClause.id in :clauseIds order by c.code")
    List<Commitment> findBySourceClauseIds(Collection<Long> clauseIds);

    @Query("select c from Commitment c where c.sourceAgreement.id = :agreementId order by c.code")
    List<Commitment> findBySourceAgreementId(Long agreementId);

    /** Followed, not complete commitments due in a period, with their departments: the reminders' candidates. */
    @Query("""
            select distinct c from Commitment c join fetch c.leadDepartment left join fetch c.supportingDepartments
            where c.closure = vn.gov.quangninh.cooperation.commitment.Closure.OPEN
              and c.completion <> vn.gov.quangninh.cooperation.commitment.CompletionLevel.COMPLETE
              and c.dueDate between :from and :to""")
    List<Commitment> findOpenDueBetween(LocalDate from, LocalDate to);

    // The dashboard's tallies: [key, total, complete, overdue] of the followed commitments.

    @Query("""
            select c.completion, count(c) from Commitment c
            where c.closure = vn.gov.quangninh.cooperation.commitment.Closure.OPEN
            group by c.completion""")
    List<Object[]> countFollowedByCompletion();

    @Query("select c.leadDepartment.id," + TALLY + " from Commitment c" + FOLLOWED + " group by c.leadDepartment.id")
    List<Object[]> tallyByLeadDepartment(LocalDate today);

    @Query("select d.id," + TALLY + " from Commitment c join c.supportingDepartments d" + FOLLOWED + " group by d.id")
    List<Object[]> tallyBySupportingDepartment(LocalDate today);

    @Query("select c.field," + TALLY + " from Commitment c" + FOLLOWED + " group by c.field")
    List<Object[]> tallyByField(LocalDate today);

    @Query("select c.sourceMeetingId," + TALLY + " from Commitment c" + FOLLOWED
            + " and c.sourceMeetingId is not null group by c.sourceMeetingId")
    List<Object[]> tallyByMeeting(LocalDate today);
}
