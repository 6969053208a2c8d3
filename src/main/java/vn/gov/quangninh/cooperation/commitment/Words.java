package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntBiFunction;
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

    private static final Words NONE = new Words(List.of(), false);

    private final List<String> rarestFirst;
    private final boolean common;

    private Words(List<String> rarestFirst, boolean common) {
        this.rarestFirst = rarestFirst;
        this.common = common;
    }

    /**
     * @param candidates how many commitments have a word starting with the given one, counted up to
     *     the given limit (a bounded read of the word index)
     * @param rareRows up to this many commitments a word is rare enough to pick the candidates
     */
    static Words of(CommitmentFilter filter, ToIntBiFunction<String, Integer> candidates, int rareRows) {
        var text = filter.text();
        if (text == null || !SearchText.indexable(text)) {
            return NONE;
        }
        record Probe(String word, int rows) {}
        var probes = new ArrayList<Probe>();
        for (var word : SearchText.words(Commitment.WORD_LENGTH, text)) {
            probes.add(new Probe(word, candidates.applyAsInt(word, rareRows + 1)));
        }
        probes.sort(Comparator.comparingInt(Probe::rows)
                .thenComparing(probe -> probe.word().length(), Comparator.reverseOrder()));
        return new Words(
                probes.stream().map(Probe::word).toList(), probes.getFirst().rows() > rareRows);
    }

    /** Even the rarest word has more commitments than the rare-word limit. */
    boolean common() {
        return common;
    }

    boolean isEmpty() {
        return rarestFirst.isEmpty();
    }

    /** The word whose range of the index a count reads. */
    String driving() {
        return rarestFirst.getFirst();
    }

    List<String> others() {
        return rarestFirst.subList(1, rarestFirst.size());
    }

    /**
     * The conditions on a commitment of a page query.
     *
     * @param walk check every word on each commitment read in the grid's order, instead of picking
     *     the rarest word's candidates; only worth it for {@link #common} words
     */
    List<Predicate> on(CriteriaBuilder cb, AbstractQuery<?> query, Root<Commitment> commitment, boolean walk) {
        var predicates = new ArrayList<Predicate>();
        if (isEmpty()) {
            return predicates;
        }
        Expression<Long> id = commitment.get("id");
        if (walk) {
            rarestFirst.forEach(word -> predicates.add(hasWord(cb, query, id, word)));
        } else {
            predicates.add(id.in(withWord(cb, query, driving())));
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
    private static Subquery<Long> withWord(CriteriaBuilder cb, AbstractQuery<?> query, String word) {
        var ids = query.subquery(Long.class);
        var row = ids.from(CommitmentWord.class);
        return ids.select(row.get("commitmentId")).where(startsWith(cb, row, word));
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
