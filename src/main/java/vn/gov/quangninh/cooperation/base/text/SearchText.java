package vn.gov.quangninh.cooperation.base.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Search that ignores diacritics: users type "dong hung" and expect "Đông Hưng". Records keep a
 * folded copy of their searchable names in one indexed column, and queries are folded the same
 * way, so the database compares plain text on every engine (H2, MySQL, MariaDB) alike.
 */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {}

    /** Lower case, without diacritics, "đ" as "d", single spaces; Chinese characters unchanged. */
    public static String fold(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        var withoutMarks = COMBINING_MARKS
                .matcher(decomposed)
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        var composed = Normalizer.normalize(withoutMarks, Normalizer.Form.NFC);
        return SPACES.matcher(composed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The folded texts joined into one column value, cut to the column's length. */
    public static String index(int maxLength, @Nullable String... texts) {
        var joined = Stream.of(texts)
                .filter(Objects::nonNull)
                .map(SearchText::fold)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" | "));
        return joined.length() <= maxLength ? joined : joined.substring(0, maxLength);
    }

    /**
     * The distinct folded words of the texts, for a word index: letters and digits between anything
     * else, cut to {@code maxLength}. Words in Chinese characters are left out (Chinese is not
     * written with spaces, so its "words" are whole phrases): Chinese queries search the folded
     * column instead, see {@link #indexable}.
     */
    public static Set<String> words(int maxLength, @Nullable String... texts) {
        return Stream.of(texts)
                .map(SearchText::fold)
                .flatMap(NON_WORD::splitAsStream)
                .filter(word -> !word.isEmpty() && !hasHan(word))
                .map(word -> word.length() <= maxLength ? word : word.substring(0, maxLength))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** True when a query can be answered from the word index: it has words and no Chinese. */
    public static boolean indexable(String query) {
        return !hasHan(query) && !words(Integer.MAX_VALUE, query).isEmpty();
    }

    /** A LIKE pattern matching words that start with the (folded) word, wildcards escaped. */
    public static String prefixPattern(String word) {
        return escapeLike(word) + "%";
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A LIKE pattern matching the folded query anywhere, with the LIKE wildcards escaped. */
    public static String containsPattern(String query) {
        return "%" + escapeLike(fold(query)) + "%";
    }
}
