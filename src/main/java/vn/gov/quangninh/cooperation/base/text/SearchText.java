package vn.gov.quangninh.cooperation.base.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
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

    /** A LIKE pattern matching the folded query anywhere, with the LIKE wildcards escaped. */
    public static String containsPattern(String query) {
        var escaped = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
