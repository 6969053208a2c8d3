package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.quangninh.cooperation.security.AppRoles;

/**
 * All the commitments of a filter, unpaged, with their source and latest approved update: what
 * the PDF reports list. Three queries whatever the number of rows (the extras in chunks of
 * {@value #CHUNK} ids), never one per commitment.
 */
@Service
@PreAuthorize(AppRoles.IS_SIGNED_IN)
@Transactional(readOnly = true)
public class CommitmentLines {

    private static final int CHUNK = 1000;

    private final CommitmentRepository commitments;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    CommitmentLines(CommitmentRepository commitments, Clock clock) {
        this.commitments = commitments;
        this.clock = clock;
    }

    /** The commitments of {@code filter} in code order. */
    public List<CommitmentLine> of(CommitmentFilter filter) {
        var rows =
                commitments.search(filter, LocalDate.now(clock), PageRequest.of(0, Integer.MAX_VALUE, Sort.by("code")));
        var sources = new HashMap<Long, Object[]>();
        var updates = new HashMap<Long, CommitmentLine.ApprovedUpdate>();
        var ids = rows.stream().map(CommitmentRow::id).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            sources(chunk).forEach(source -> sources.put((Long) source[0], source));
            latestApproved(chunk, updates);
        }
        var lines = new ArrayList<CommitmentLine>(rows.size());
        for (var row : rows) {
            var source = sources.get(row.id());
            lines.add(new CommitmentLine(
                    row.id(),
                    row.code(),
                    row.titleVi(),
                    row.titleZh(),
                    row.field(),
                    row.leadDepartment(),
                    source == null ? null : (Long) source[1],
                    source == null ? null : (Long) source[2],
                    row.dueDate(),
                    row.ongoing(),
                    row.completion(),
                    row.flags(),
                    updates.get(row.id())));
        }
        return lines;
    }

    private List<Object[]> sources(List<Long> ids) {
        return entityManager
                .createQuery("""
                        select c.id, c.sourceMeetingId, clause.id from Commitment c left join c.sourceClause clause
                        where c.id in :ids""", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Newest first, so the first seen per commitment is its latest. */
    private void latestApproved(List<Long> ids, Map<Long, CommitmentLine.ApprovedUpdate> into) {
        entityManager
                .createQuery("""
                        select u.commitment.id, u.asOfDate, u.narrativeVi, u.narrativeZh from ProgressUpdate u
                        where u.commitment.id in :ids and u.state = :approved
                        order by u.asOfDate desc, u.createdAt desc, u.id desc""", Object[].class)
                .setParameter("ids", ids)
                .setParameter("approved", UpdateState.APPROVED)
                .getResultList()
                .forEach(update -> into.putIfAbsent(
                        (Long) update[0],
                        new CommitmentLine.ApprovedUpdate(
                                (LocalDate) update[1], (String) update[2], (String) update[3])));
    }
}
