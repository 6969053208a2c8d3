package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.function.SingletonSupplier;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;
import vn.gov.quangninh.cooperation.base.text.SearchText;
import vn.gov.quangninh.cooperation.security.Department;

class CommitmentSearchImpl implements CommitmentSearch {

    /** A page this far down or more is read through the rarest word's candidates, never walked. */
    private static final int WALK_ROWS = 200;

    /**
     * Up to this many, the rarest word's candidates are read and sorted, rather than checked on
     * open commitments read from an index in the grid's order, when another filter narrows the
     * search too: a few milliseconds at most, where the index, not knowing how narrow the other
     * filter is, may be read to its end ("mine" and words: 17 -> 9 ms at 10,000 commitments on H2).
     * Words that leave few candidates anyway ({@link Words#walkPays} false) are read so always.
     */
    private static final int SORTED_CANDIDATES = 5_000;

    /** No limit: count every match. */
    private static final int ALL = Integer.MAX_VALUE;

    private final Supplier<SearchStatistics> statistics;

    @PersistenceContext
    private EntityManager entityManager;

    /** Resolved at the first search: JPA test slices build this repository without the components. */
    CommitmentSearchImpl(ObjectProvider<SearchStatistics> statistics) {
        this.statistics = SingletonSupplier.of(statistics::getObject);
    }

    @Override
    public List<CommitmentRow> search(CommitmentFilter filter, LocalDate today, Pageable page) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var commitment = query.from(Commitment.class);
        // Left, though every commitment has a lead: an inner join lets MariaDB and MySQL start from
        // the eighteen departments and sort every open commitment; a left join keeps the
        // commitments first, read in the grid's order from their index.
        Join<Commitment, Department> lead = commitment.join("leadDepartment", JoinType.LEFT);
        query.multiselect(
                commitment.get("id"),
                commitment.get("code"),
                commitment.get("titleVi"),
                commitment.get("titleZh"),
                commitment.get("field"),
                lead.get("nameVi"),
                lead.get("nameEn"),
                commitment.get("dueDate"),
                commitment.get("ongoing"),
                commitment.get("completion"),
                commitment.get("closure"),
                commitment.get("awaitingCounterpart"));
        var words = wordsOf(filter);
        var pageEnd = page.getOffset() + page.getPageSize();
        var walkPays =
                !words.isEmpty() && words.walkPays(pageEnd, statistics.get().commitments());
        var walk = walkPays && walkable(filter, page);
        var narrowing = walk ? null : departmentOfWords(filter, words);
        var predicates = where(cb, query, commitment, narrowing == null ? filter : filter.withDepartment(null), today);
        predicates.addAll(words.on(cb, query, commitment, walk, narrowing));
        var candidatesFirst = !words.isEmpty()
                && (!walkPays || (!filter.narrowsByTextOnly() && words.candidates() <= SORTED_CANDIDATES));
        var inIndexOrder = !filter.includeClosed() && !candidatesFirst;
        if (inIndexOrder) {
            predicates.addAll(onTheSortKey(cb, commitment, page.getSort()));
        }
        query.where(predicates.toArray(Predicate[]::new));
        query.orderBy(order(cb, commitment, page.getSort(), inIndexOrder));
        var rows = entityManager
                .createQuery(query)
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
        var awaitingReview =
                awaitingReview(rows.stream().map(row -> row.get(0, Long.class)).toList());
        return rows.stream()
                .map(row -> toRow(row, today, awaitingReview.contains(row.get(0, Long.class))))
                .toList();
    }

    @Override
    public long count(CommitmentFilter filter, LocalDate today) {
        return countUpTo(filter, today, ALL);
    }

    @Override
    public long countUpTo(CommitmentFilter filter, LocalDate today, int limit) {
        var words = wordsOf(filter);
        var narrowing = departmentOfWords(filter, words);
        if (narrowing != null) {
            // As the page reads them: the few candidates the department leaves, each by its id.
            return countWhere(
                    filter.withDepartment(null),
                    today,
                    (cb, query, commitment) -> words.on(cb, query, commitment, false, narrowing),
                    limit);
        }
        if (!words.isEmpty()) {
            return countByWords(filter, today, words, limit);
        }
        if (filter.departmentId() != null) {
            return countByDepartment(filter, today, filter.departmentId(), limit);
        }
        return countWhere(filter, today, (cb, query, commitment) -> List.of(), limit);
    }

    /** The filter's words, their candidates expected in proportion within its department if any. */
    private Words wordsOf(CommitmentFilter filter) {
        var figures = statistics.get();
        var words = Words.of(filter, figures::commitmentsWith);
        var department = filter.departmentId();
        return department == null ? words : words.within(figures.commitmentsOf(department), figures.commitments());
    }

    /**
     * With words, a department's commitments are checked in the word index, on the ids of its two
     * ranges (those it leads, those it supports), before any commitment is read: a common word and
     * a department leave few commitments, which H2 would otherwise find by reading and checking all
     * the word's ("mine" with common words at 100,000 commitments, page and count: 135 -> 90 ms p95,
     * DD014).
     */
    private static Words.@Nullable Narrowing departmentOfWords(CommitmentFilter filter, Words words) {
        var department = filter.departmentId();
        if (department == null || words.isEmpty()) {
            return null;
        }
        return (cb, query, id) -> cb.or(id.in(ledBy(cb, query, department)), id.in(supportedBy(cb, query, department)));
    }

    /**
     * Walking the grid's order until the page is full pays, for words common enough ({@link
     * Words#walkPays}), when an index gives that order (any one of the grid's columns, either way,
     * for open commitments: V17, V20), nothing but the words narrows the search (each other
     * condition makes the walk longer), and the page is near the top.
     */
    private static boolean walkable(CommitmentFilter filter, Pageable page) {
        return !filter.includeClosed()
                && filter.narrowsByTextOnly()
                && page.getOffset() + page.getPageSize() <= WALK_ROWS
                && page.getSort().toList().size() <= 1;
    }

    /**
     * Counted from the word index: the rarest word's rows, each checked for the other words and,
     * by its primary key, for the rest of the filter. Cheaper than reading the candidates into a
     * set first, which is what {@code IN (subquery)} costs.
     */
    private long countByWords(CommitmentFilter filter, LocalDate today, Words words, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var row = query.from(CommitmentWord.class);
        Path<Long> id = row.get("commitmentId");
        var predicates = new ArrayList<Predicate>();
        predicates.add(Words.startsWith(cb, row, words.driving()));
        for (var word : words.others()) {
            predicates.add(cb.exists(Words.wordOf(cb, query, id, word)));
        }
        var matching = query.subquery(Long.class);
        var commitment = matching.from(Commitment.class);
        var rest = where(cb, matching, commitment, filter, today);
        rest.add(cb.equal(commitment.get("id"), id));
        matching.select(commitment.get("id")).where(rest.toArray(Predicate[]::new));
        predicates.add(cb.exists(matching));
        query.where(predicates.toArray(Predicate[]::new));
        return tally(query, id, true, limit);
    }

    /**
     * A department's commitments are those it leads plus those it supports without leading: two
     * counts that each read one index, where one count with OR would read every open commitment.
     */
    private long countByDepartment(CommitmentFilter filter, LocalDate today, long departmentId, int limit) {
        var others = filter.withDepartment(null);
        var leading = countWhere(
                others,
                today,
                (cb, query, commitment) ->
                        List.of(cb.equal(commitment.get("leadDepartment").get("id"), departmentId)),
                limit);
        if (leading >= limit) {
            return leading;
        }
        return leading
                + countWhere(
                        others,
                        today,
                        (cb, query, commitment) -> List.of(
                                cb.notEqual(commitment.get("leadDepartment").get("id"), departmentId),
                                commitment.get("id").in(supportedBy(cb, query, departmentId))),
                        limit == ALL ? ALL : (int) (limit - leading));
    }

    /** Conditions added to a filter's, for one count. */
    private interface Narrowing {
        List<Predicate> on(CriteriaBuilder cb, AbstractQuery<?> query, Root<Commitment> commitment);
    }

    private long countWhere(CommitmentFilter filter, LocalDate today, Narrowing narrowing, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var commitment = query.from(Commitment.class);
        var predicates = where(cb, query, commitment, filter, today);
        predicates.addAll(narrowing.on(cb, query, commitment));
        query.where(predicates.toArray(Predicate[]::new));
        return tally(query, commitment.get("id"), false, limit);
    }

    /**
     * Counts the query's commitments: all of them, or, with a limit, by reading their ids until the
     * limit, so that the database stops there instead of reading every match.
     */
    private long tally(CriteriaQuery<Long> query, Expression<Long> id, boolean distinct, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        if (limit == ALL) {
            query.select(distinct ? cb.countDistinct(id) : cb.count(id));
            return entityManager.createQuery(query).getSingleResult();
        }
        query.select(id).distinct(distinct);
        return entityManager
                .createQuery(query)
                .setMaxResults(limit)
                .getResultList()
                .size();
    }

    /** The commitments of a page that have an update waiting for a manager, in one query. */
    private Set<Long> awaitingReview(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager
                .createQuery("""
                        select distinct u.commitment.id from ProgressUpdate u
                        where u.commitment.id in :ids and u.state = :submitted""", Long.class)
                .setParameter("ids", ids)
                .setParameter("submitted", UpdateState.SUBMITTED)
                .getResultList());
    }

    private static CommitmentRow toRow(Tuple row, LocalDate today, boolean awaitingReview) {
        var due = row.get(7, LocalDate.class);
        var completion = row.get(9, CompletionLevel.class);
        var closure = row.get(10, Closure.class);
        var awaiting = row.get(11, Boolean.class);
        return new CommitmentRow(
                row.get(0, Long.class),
                row.get(1, String.class),
                row.get(2, String.class),
                row.get(3, String.class),
                row.get(4, CooperationField.class),
                new LocalizedName(row.get(5, String.class), row.get(6, String.class)),
                due,
                row.get(8, Boolean.class),
                completion,
                closure,
                Flags.of(closure, completion, due, awaiting, today),
                awaitingReview);
    }

    /** Every condition of the filter but its indexed words ({@link Words}). */
    private static List<Predicate> where(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Root<Commitment> commitment,
            CommitmentFilter filter,
            LocalDate today) {
        var predicates = new ArrayList<Predicate>();
        if (!filter.includeClosed()) {
            predicates.add(cb.equal(commitment.get("closure"), Closure.OPEN));
        }
        if (filter.text() != null
                && !SearchText.indexable(filter.text())
                && !SearchText.fold(filter.text()).isEmpty()) {
            predicates.add(cb.like(commitment.get("searchText"), SearchText.containsPattern(filter.text()), '\\'));
        }
        if (filter.meetingId() != null) {
            predicates.add(cb.equal(commitment.get("sourceMeetingId"), filter.meetingId()));
        }
        if (filter.agreementId() != null) {
            predicates.add(cb.equal(commitment.get("sourceAgreement").get("id"), filter.agreementId()));
        }
        if (filter.field() != null) {
            predicates.add(cb.equal(commitment.get("field"), filter.field()));
        }
        if (filter.departmentId() != null) {
            predicates.add(cb.or(
                    cb.equal(commitment.get("leadDepartment").get("id"), filter.departmentId()),
                    commitment.get("id").in(supportedBy(cb, query, filter.departmentId()))));
        }
        if (filter.party() != null) {
            var parties = query.subquery(Long.class);
            var other = parties.from(Commitment.class);
            parties.select(other.get("id"))
                    .where(
                            cb.equal(other, commitment),
                            cb.equal(other.join("parties").get("party"), filter.party()));
            predicates.add(cb.exists(parties));
        }
        if (!filter.completion().isEmpty()) {
            predicates.add(commitment.get("completion").in(filter.completion()));
        }
        if (filter.flag() != null) {
            predicates.add(flag(cb, commitment, filter.flag(), today));
        }
        if (filter.dueFrom() != null) {
            predicates.add(cb.greaterThanOrEqualTo(commitment.get("dueDate"), filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            predicates.add(cb.lessThanOrEqualTo(commitment.get("dueDate"), filter.dueTo()));
        }
        if (filter.awaitingReview()) {
            var updates = query.subquery(Long.class);
            var update = updates.from(ProgressUpdate.class);
            updates.select(update.get("id"))
                    .where(
                            cb.equal(update.get("commitment"), commitment),
                            cb.equal(update.get("state"), UpdateState.SUBMITTED));
            predicates.add(cb.exists(updates));
        }
        return predicates;
    }

    /** The commitments a department leads: a range of the lead department's index. */
    private static Subquery<Long> ledBy(CriteriaBuilder cb, AbstractQuery<?> query, long departmentId) {
        var ids = query.subquery(Long.class);
        var commitment = ids.from(Commitment.class);
        return ids.select(commitment.get("id"))
                .where(cb.equal(commitment.get("leadDepartment").get("id"), departmentId));
    }

    /** The commitments a department supports: a range of the supporting departments' index. */
    private static Subquery<Long> supportedBy(CriteriaBuilder cb, AbstractQuery<?> query, long departmentId) {
        var ids = query.subquery(Long.class);
        var commitment = ids.from(Commitment.class);
        Join<Commitment, Department> supporting = commitment.join("supportingDepartments");
        return ids.select(commitment.get("id")).where(cb.equal(supporting.get("id"), departmentId));
    }

    /** The flags in SQL, the same rules as {@link Commitment#flagsOn}. */
    private static Predicate flag(
            CriteriaBuilder cb, Root<Commitment> commitment, CommitmentFlag flag, LocalDate today) {
        var open = cb.and(
                cb.equal(commitment.get("closure"), Closure.OPEN),
                cb.notEqual(commitment.get("completion"), CompletionLevel.COMPLETE));
        Path<LocalDate> due = commitment.get("dueDate");
        Path<Boolean> awaiting = commitment.get("awaitingCounterpart");
        var soonLimit = today.plusDays(Commitment.DUE_SOON_DAYS);
        return switch (flag) {
            case DUE_SOON -> cb.and(open, cb.between(due, today, soonLimit));
            case OVERDUE -> cb.and(open, cb.lessThan(due, today));
            case LAPSED -> cb.and(open, cb.lessThanOrEqualTo(due, today.minusDays(Commitment.LAPSED_AFTER_DAYS)));
            case AWAITING_COUNTERPART -> cb.and(open, cb.isTrue(awaiting));
            case ON_TRACK -> cb.and(open, cb.isFalse(awaiting), cb.or(cb.isNull(due), cb.greaterThan(due, soonLimit)));
        };
    }

    /**
     * A condition every commitment meets, on the key of a level or lead sort. H2 costs the index
     * (closure, key, id) as it costs (closure, due date) when the closure is the only condition, and
     * takes the older index; with a condition on the key it reads the page in order from the key's
     * index (25 rows instead of a level's thousands, sorted: V20).
     */
    private static List<Predicate> onTheSortKey(CriteriaBuilder cb, Root<Commitment> commitment, Sort sort) {
        var first = sort.stream().findFirst().map(Sort.Order::getProperty).orElse("");
        return switch (first) {
            case "completion" -> List.of(cb.greaterThanOrEqualTo(commitment.<Integer>get("completionRank"), 0));
            case "leadDepartment" -> List.of(cb.greaterThanOrEqualTo(commitment.<String>get("leadSortKey"), ""));
            default -> List.of();
        };
    }

    /**
     * @param inIndexOrder let H2 read open commitments from the index that gives the grid's order
     *     and stop after a page, instead of sorting the matches
     */
    private static List<Order> order(CriteriaBuilder cb, Root<Commitment> commitment, Sort sort, boolean inIndexOrder) {
        var orders = new ArrayList<Order>();
        if (inIndexOrder) {
            // Always OPEN here, so no change to the order; but with it first (in the first sort's
            // direction) the (closure, due date | title | code) indexes give the rows in order and
            // the query stops after a page, instead of sorting every open commitment (H2 does not
            // see that by itself).
            var descending =
                    sort.stream().findFirst().map(Sort.Order::isDescending).orElse(false);
            Path<Closure> closure = commitment.get("closure");
            orders.add(descending ? cb.desc(closure) : cb.asc(closure));
        }
        for (var order : sort) {
            Expression<?> property = switch (order.getProperty()) {
                case "code" -> commitment.get("code");
                case "title" -> commitment.get("titleSortKey");
                case "dueDate" -> commitment.get("dueDate");
                case "completion" -> commitment.get("completionRank");
                case "leadDepartment" -> commitment.get("leadSortKey");
                default -> throw new IllegalArgumentException("Not sortable: " + order.getProperty());
            };
            orders.add(order.isAscending() ? cb.asc(property) : cb.desc(property));
        }
        if (sort.isUnsorted()) {
            orders.add(cb.asc(commitment.get("dueDate")));
        }
        // The tie-break in the last order's direction: MariaDB and MySQL then read the index
        // backwards for a descending sort; mixed directions would make them sort every row.
        var descendingLast = sort.stream()
                .reduce((first, second) -> second)
                .map(Sort.Order::isDescending)
                .orElse(false);
        Path<Long> id = commitment.get("id");
        orders.add(descendingLast ? cb.desc(id) : cb.asc(id));
        return orders;
    }
}
