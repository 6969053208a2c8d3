package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How many commitments there are, how many have a word and how many a department leads or
 * supports: what the grid's queries choose their plan by ({@link Words}). Each figure is read once
 * in ten minutes and kept for every user: a plan needs its order of magnitude only, and the rows a
 * query finds never depend on it. Read anew for each query, they cost each search up to 2,001
 * entries of the word index per word, and its count as many again.
 */
@Component
class SearchStatistics {

    /**
     * A word's commitments are counted up to here: past it, walking the grid's order beats reading
     * the word's candidates on any page the walk takes, up to millions of commitments.
     */
    static final int COUNTED_UP_TO = 50_000;

    static final Duration KEPT_FOR = Duration.ofMinutes(10);

    /** Words typed once (a name, a code) must not pile up: past this many of a kind, all are read again. */
    private static final int KEPT_PER_KIND = 1_000;

    private record Counted(long rows, Instant at) {}

    private final Clock clock;
    private final Map<String, Counted> words = new ConcurrentHashMap<>();
    private final Map<Long, Counted> departments = new ConcurrentHashMap<>();
    private volatile @Nullable Counted commitments;

    @PersistenceContext
    private EntityManager entityManager;

    SearchStatistics(Clock clock) {
        this.clock = clock;
    }

    /** All commitments, open and closed. */
    long commitments() {
        var known = commitments;
        if (known == null || stale(known)) {
            known = new Counted(
                    entityManager
                            .createQuery("select count(c) from Commitment c", Long.class)
                            .getSingleResult(),
                    clock.instant());
            commitments = known;
        }
        return known.rows();
    }

    /** The commitments with a word starting with this one, up to {@link #COUNTED_UP_TO}. */
    long commitmentsWith(String word) {
        return remembered(words, word, () -> countWith(word));
    }

    /** The commitments a department leads plus those it supports, up to {@link #COUNTED_UP_TO} each. */
    long commitmentsOf(long departmentId) {
        return remembered(departments, departmentId, () -> countOf(departmentId));
    }

    private <K> long remembered(Map<K, Counted> figures, K key, LongSupplier count) {
        var known = figures.get(key);
        if (known == null || stale(known)) {
            if (figures.size() >= KEPT_PER_KIND) {
                figures.clear();
            }
            known = new Counted(count.getAsLong(), clock.instant());
            figures.put(key, known);
        }
        return known.rows();
    }

    private long countWith(String word) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var row = query.from(CommitmentWord.class);
        query.select(row.get("commitmentId")).where(Words.startsWith(cb, row, word));
        return entityManager
                .createQuery(query)
                .setMaxResults(COUNTED_UP_TO)
                .getResultList()
                .size();
    }

    private long countOf(long departmentId) {
        var leading = entityManager
                .createQuery("select c.id from Commitment c where c.leadDepartment.id = :department", Long.class)
                .setParameter("department", departmentId)
                .setMaxResults(COUNTED_UP_TO)
                .getResultList()
                .size();
        var supporting = entityManager
                .createQuery(
                        "select c.id from Commitment c join c.supportingDepartments s where s.id = :department",
                        Long.class)
                .setParameter("department", departmentId)
                .setMaxResults(COUNTED_UP_TO)
                .getResultList()
                .size();
        return leading + supporting;
    }

    private boolean stale(Counted counted) {
        return !counted.at().plus(KEPT_FOR).isAfter(clock.instant());
    }
}
