package vn.gov.quangninh.cooperation.base.text;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Vietnamese alphabetical order in the database. Collations differ between H2, MySQL 8 and
 * MariaDB, and none of them puts "Đ" after "D" on all three, so records keep a sort key computed
 * here: a plain ASCII string whose order is the Vietnamese order on any collation.
 *
 * <p>Names are compared syllable by syllable, as in a Vietnamese dictionary ("Ba Chẽ" &lt; "Bà Rịa"
 * &lt; "Bả" &lt; "Bách Sắc"). Within a syllable, letters come first, each written as the base
 * letter and its variant in alphabet order (a ă â, d đ, e ê, o ô ơ, u ư), then the tone (none,
 * huyền, hỏi, ngã, sắc, nặng).
 */
public final class VietnameseCollation {

    /** Column length of sort keys: enough to order by the first hundred characters or so. */
    public static final int KEY_LENGTH = 255;

    private static final Locale VIETNAMESE = Locale.of("vi");
    // Both sort below every letter and digit: a shorter syllable comes first, then a shorter name.
    private static final char TONE_SEPARATOR = ' ';
    private static final char SYLLABLE_SEPARATOR = '!';

    private VietnameseCollation() {}

    public static String sortKey(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        var key = new StringBuilder();
        for (var syllable : text.strip().toLowerCase(VIETNAMESE).split("\\s+")) {
            if (!key.isEmpty()) {
                key.append(SYLLABLE_SEPARATOR);
            }
            appendSyllable(key, Normalizer.normalize(syllable, Normalizer.Form.NFD));
        }
        return key.length() <= KEY_LENGTH ? key.toString() : key.substring(0, KEY_LENGTH);
    }

    private static void appendSyllable(StringBuilder key, String decomposed) {
        int tone = 0;
        int i = 0;
        while (i < decomposed.length()) {
            char base = decomposed.charAt(i++);
            char variant = base == 'đ' ? '1' : '0';
            // NFD puts the marks of a letter after it, in an order that varies (ặ: dot below, then breve).
            while (i < decomposed.length() && Character.getType(decomposed.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = decomposed.charAt(i++);
                tone = Math.max(tone, toneOf(mark));
                variant = (char) Math.max(variant, variantOf(base, mark));
            }
            key.append(base == 'đ' ? 'd' : base).append(variant);
        }
        key.append(TONE_SEPARATOR).append((char) ('0' + tone));
    }

    /** Alphabet order of the letters with breve, circumflex and horn after their base letter. */
    private static char variantOf(char base, char mark) {
        return switch (mark) {
            case '\u0306' -> '1'; // ă
            case '\u0302' -> base == 'a' ? '2' : '1'; // â ê ô
            case '\u031B' -> base == 'o' ? '2' : '1'; // ơ ư
            default -> '0';
        };
    }

    private static int toneOf(char mark) {
        return switch (mark) {
            case '\u0300' -> 1; // huyền
            case '\u0309' -> 2; // hỏi
            case '\u0303' -> 3; // ngã
            case '\u0301' -> 4; // sắc
            case '\u0323' -> 5; // nặng
            default -> 0;
        };
    }
}
