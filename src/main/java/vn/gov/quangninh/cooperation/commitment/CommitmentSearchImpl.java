package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;
import vn.gov.quangninh.cooperation.base.text.SearchText;
import vn.gov.quangninh.cooperation.security.Department;

class CommitmentSearchImpl implements CommitmentSearch {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<CommitmentRow> search(CommitmentFilter filter, LocalDate today, Pageable page) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var commitment = query.from(Commitment.class);
        Join<Commitment, Department> lead = commitment.join("leadDepartment");
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
        query.where(where(cb, query, commitment, filter, today));
        query.orderBy(order(cb, commitment, lead, page.getSort()));
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
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var commitment = query.from(Commitment.class);
        query.select(cb.count(commitment)).where(where(cb, query, commitment, filter, today));
        return entityManager.createQuery(query).getSingleResult();
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

    private static Predicate[] where(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Root<Commitment> commitment,
            CommitmentFilter filter,
            LocalDate today) {
        var predicates = new ArrayList<Predicate>();
        if (!filter.includeClosed()) {
            predicates.add(cb.equal(commitment.get("closure"), Closure.OPEN));
        }
        if (filter.text() != null && SearchText.indexable(filter.text())) {
            // The longest word, likely the rarest, picks the candidates from the word index; each
            // other word is then checked on the candidates only (a primary-key lookup), so a word
            // that most commitments have ("bench", "cua") does not read a large range.
            var words = SearchText.words(Commitment.WORD_LENGTH, filter.text()).stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
            predicates.add(commitment.get("id").in(withWord(cb, query, words.getFirst())));
            for (var word : words.subList(1, words.size())) {
                predicates.add(cb.exists(wordOf(cb, query, commitment, word)));
            }
        } else if (filter.text() != null && !SearchText.fold(filter.text()).isEmpty()) {
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
            var supporting = query.subquery(Long.class);
            var other = supporting.from(Commitment.class);
            supporting
                    .select(other.get("id"))
                    .where(
                            cb.equal(other, commitment),
                            cb.equal(other.join("supportingDepartments").get("id"), filter.departmentId()));
            predicates.add(cb.or(
                    cb.equal(commitment.get("leadDepartment").get("id"), filter.departmentId()),
                    cb.exists(supporting)));
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
        return predicates.toArray(Predicate[]::new);
    }

    /** The commitments with a word that starts with this one: a range of the word index. */
    private static Subquery<Long> withWord(CriteriaBuilder cb, AbstractQuery<?> query, String word) {
        var ids = query.subquery(Long.class);
        var row = ids.from(CommitmentWord.class);
        return ids.select(row.get("commitmentId"))
                .where(cb.like(row.get("word"), SearchText.prefixPattern(word), '\\'));
    }

    /** This commitment's words that start with the given one: a lookup in the primary key. */
    private static Subquery<Long> wordOf(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<Commitment> commitment, String word) {
        var ids = query.subquery(Long.class);
        var row = ids.from(CommitmentWord.class);
        return ids.select(row.get("commitmentId"))
                .where(
                        cb.equal(row.get("commitmentId"), commitment.get("id")),
                        cb.like(row.get("word"), SearchText.prefixPattern(word), '\\'));
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

    private static List<Order> order(CriteriaBuilder cb, Root<Commitment> commitment, Path<?> lead, Sort sort) {
        var orders = new ArrayList<Order>();
        for (var order : sort) {
            Expression<?> property = switch (order.getProperty()) {
                case "code" -> commitment.get("code");
                case "title" -> commitment.get("titleSortKey");
                case "dueDate" -> commitment.get("dueDate");
                case "completion" -> completionRank(cb, commitment);
                case "leadDepartment" -> lead.get("code");
                default -> throw new IllegalArgumentException("Not sortable: " + order.getProperty());
            };
            orders.add(order.isAscending() ? cb.asc(property) : cb.desc(property));
        }
        if (orders.isEmpty()) {
            orders.add(cb.asc(commitment.get("dueDate")));
        }
        orders.add(cb.asc(commitment.get("id")));
        return orders;
    }

    /** The scale's order, not the alphabet's. */
    private static Expression<Integer> completionRank(CriteriaBuilder cb, Root<Commitment> commitment) {
        var rank = cb.<CompletionLevel, Integer>selectCase(commitment.get("completion"));
        for (var level : CompletionLevel.values()) {
            rank = rank.when(level, level.ordinal());
        }
        return rank.otherwise(0);
    }
}
