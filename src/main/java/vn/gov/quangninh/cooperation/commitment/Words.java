package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.text.SearchText;

/**
 * The words of a free-text filter that the word index serves, rarest first, and how a query
 * should use them. Usually the rarest word picks its candidates from the index and the other words
 * are checked on those only. When even the rarest word is common and nothing else narrows the
 * search, reading all its candidates costs more than walking the commitments in the grid's order
 * and checking each for its words until the page is full: one in ten matching, a page of 25 at the
 * top reads some 250 rows ({@link CommitmentSearchImpl} decides when the order allows it).
 */
final class Words {

    private static final Words NONE = new Words(List.of(), 0);

    private final List<String> rarestFirst;
    private final long rarestRows;

    private Words(List<String> rarestFirst, long rarestRows) {
        this.rarestFirst = rarestFirst;
        this.rarestRows = rarestRows;
    }

    /** @param candidates how many commitments have a word starting with the given one */
    static Words of(CommitmentFilter filter, ToLongFunction<String> candidates) {
        var text = filter.text();
        if (text == null || !SearchText.indexable(text)) {
            return NONE;
        }
        record Probe(String word, long rows) {}
        var probes = new ArrayList<Probe>();
        for (var word : SearchText.words(Commitment.WORD_LENGTH, text)) {
            probes.add(new Probe(word, candidates.applyAsLong(word)));
        }
        probes.sort(Comparator.comparingLong(Probe::rows)
                .thenComparing(probe -> probe.word().length(), Comparator.reverseOrder()));
        return new Words(
                probes.stream().map(Probe::word).toList(), probes.getFirst().rows());
    }

    /**
     * Whether walking the grid's order beats reading the rarest word's candidates, for a page that
     * ends this far down among this many commitments. With the rarest word in a share s of them, the
     * walk checks its words on some {@code pageEnd / s} rows; the candidates are {@code s ×
     * commitments} rows, each put into a set before the first row of the page. So the walk pays
     * when {@code candidates² > pageEnd × commitments × words}: at 10,000 commitments a first page
     * of two words from some 700 candidates, at 100,000 from some 2,200 (the fixed limit of 2,000
     * figure 2 was tuned with), at a million from 7,000 (DD014, "The walk's threshold").
     */
    boolean walkPays(long pageEnd, long commitments) {
        if (isEmpty()) {
            return false;
        }
        double candidates = rarestRows;
        return candidates * candidates > (double) pageEnd * commitments * rarestFirst.size();
    }

    /**
     * These words within a part of the commitments (a department's): the rarest word's candidates
     * that lie in it, expected in proportion, which the plan then goes by.
     */
    Words within(long partRows, long commitments) {
        if (isEmpty() || commitments == 0) {
            return this;
        }
        return new Words(rarestFirst, Math.min(rarestRows, rarestRows * partRows / commitments));
    }

    boolean isEmpty() {
        return rarestFirst.isEmpty();
    }

    /** How many commitments the rarest word has: the candidates it picks. */
    long candidates() {
        return rarestRows;
    }

    /** The word whose range of the index a count reads. */
    String driving() {
        return rarestFirst.getFirst();
    }

    List<String> others() {
        return rarestFirst.subList(1, rarestFirst.size());
    }

    /** A condition on a candidate's id, checked in the word index before any commitment is read. */
    interface Narrowing {
        Predicate on(CriteriaBuilder cb, AbstractQuery<?> query, Expression<Long> commitmentId);
    }

    /**
     * The conditions on a commitment of a page query.
     *
     * @param walk check every word on each commitment read in the grid's order, instead of picking
     *     the rarest word's candidates; only worth it when {@link #walkPays}
     * @param narrowing what the rarest word's candidates must also be, if anything; a walk is only
     *     for words alone, so it has none
     */
    List<Predicate> on(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Root<Commitment> commitment,
            boolean walk,
            @Nullable Narrowing narrowing) {
        var predicates = new ArrayList<Predicate>();
        if (isEmpty()) {
            return predicates;
        }
        Expression<Long> id = commitment.get("id");
        if (walk) {
            rarestFirst.forEach(word -> predicates.add(hasWord(cb, query, id, word)));
        } else {
            predicates.add(id.in(withWord(cb, query, driving(), narrowing)));
            others().forEach(word -> predicates.add(cb.exists(wordOf(cb, query, id, word))));
        }
        return predicates;
    }

    /**
     * The walk's check, written as a count: MariaDB and MySQL turn an EXISTS into a semi-join, which
     * reads every commitment having the word (hundreds of thousands at a million rows) before the
     * first row of the page; a count stays a check on the row at hand, so the walk stops when the
     * page is full, as on H2.
     */
    private static Predicate hasWord(
            CriteriaBuilder cb, AbstractQuery<?> query, Expression<Long> commitmentId, String word) {
        var count = query.subquery(Long.class);
        var row = count.from(CommitmentWord.class);
        count.select(cb.count(row)).where(cb.equal(row.get("commitmentId"), commitmentId), startsWith(cb, row, word));
        return cb.greaterThan(count, 0L);
    }

    /** The commitments with a word that starts with this one: a range of the word index. */
    private static Subquery<Long> withWord(
            CriteriaBuilder cb, AbstractQuery<?> query, String word, @Nullable Narrowing narrowing) {
        var ids = query.subquery(Long.class);
        var row = ids.from(CommitmentWord.class);
        Path<Long> id = row.get("commitmentId");
        return narrowing == null
                ? ids.select(id).where(startsWith(cb, row, word))
                : ids.select(id).where(startsWith(cb, row, word), narrowing.on(cb, ids, id));
    }

    /** The words of one commitment that start with the given one: a lookup in the primary key. */
    static Subquery<Long> wordOf(
            CriteriaBuilder cb, AbstractQuery<?> query, Expression<Long> commitmentId, String word) {
        var ids = query.subquery(Long.class);
        var row = ids.from(CommitmentWord.class);
        return ids.select(row.get("commitmentId"))
                .where(cb.equal(row.get("commitmentId"), commitmentId), startsWith(cb, row, word));
    }

    /** The index rows whose word starts with the given one: a range of the index. */
    static Predicate startsWith(CriteriaBuilder cb, Root<CommitmentWord> row, String word) {
        return cb.like(row.get("word"), SearchText.prefixPattern(word), '\\');
    }
}
