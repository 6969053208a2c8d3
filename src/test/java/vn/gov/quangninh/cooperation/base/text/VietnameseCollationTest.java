package vn.gov.quangninh.cooperation.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseCollationTest {

    /** Dictionary order: syllable by syllable, letters before tones, Đ after D. */
    private static final List<String> IN_ORDER = List.of(
            "An Bình",
            "Ân Thi",
            "Ấp Bắc",
            "Ba Chẽ",
            "Bà Rịa",
            "Bả",
            "Bã",
            "Bá Thước",
            "Bạ",
            "Bách Sắc",
            "Cao Bằng",
            "Cẩm Phả",
            "Dương Văn An",
            "Dz",
            "Đặng",
            "Đầm Hà",
            "Đông Hưng",
            "E",
            "Ê Đê",
            "Hà Giang",
            "Hạ Long",
            "Lang Chánh",
            "Lạng Sơn",
            "Móng Cái",
            "Mông Dương",
            "Oanh",
            "Ô Môn",
            "Ốc Eo",
            "Ơn Trời",
            "Quảng Ninh",
            "Quảng Tây",
            "Sở Xây dựng",
            "Sở Y tế",
            "Sùng Tả",
            "Thái Nguyên",
            "Thanh Hóa",
            "Uông Bí",
            "Ưng Hòa");

    @Test
    void sortsLikeAVietnameseDictionary() {
        var shuffled = new ArrayList<>(IN_ORDER);
        Collections.shuffle(shuffled, new Random(42));
        shuffled.sort(Comparator.comparing(VietnameseCollation::sortKey));
        assertThat(shuffled).containsExactlyElementsOf(IN_ORDER);
    }

    @Test
    void singleSyllablesSortAsTheJdkVietnameseCollator() {
        var syllables = List.of(
                "a", "à", "ả", "ã", "á", "ạ", "ă", "ằ", "ắ", "ặ", "â", "ầ", "ấ", "ậ", "b", "d", "đ", "e", "ê", "ế", "i",
                "o", "ô", "ơ", "ớ", "u", "ư", "ừ", "y", "ỹ", "dương", "đường", "hưng", "hùng");
        var expected = new ArrayList<>(syllables);
        expected.sort(Collator.getInstance(Locale.of("vi")));
        var actual = new ArrayList<>(syllables);
        actual.sort(Comparator.comparing(VietnameseCollation::sortKey));
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void dWithStrokeComesAfterD() {
        assertThat(VietnameseCollation.sortKey("Đông Hưng")).isGreaterThan(VietnameseCollation.sortKey("Dương"));
        assertThat(VietnameseCollation.sortKey("Đông Hưng")).isLessThan(VietnameseCollation.sortKey("E"));
    }

    @Test
    void keysOfVietnameseNamesArePlainAsciiSoEveryDatabaseOrdersThemAlike() {
        IN_ORDER.forEach(name -> assertThat(VietnameseCollation.sortKey(name)).matches("[ -~]+"));
        assertThat(VietnameseCollation.sortKey("a".repeat(500))).hasSize(VietnameseCollation.KEY_LENGTH);
        assertThat(VietnameseCollation.sortKey("  ")).isEmpty();
    }
}
