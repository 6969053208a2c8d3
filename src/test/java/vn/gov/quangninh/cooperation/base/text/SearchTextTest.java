package vn.gov.quangninh.cooperation.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsVietnameseDiacriticsAndTheLetterD() {
        assertThat(SearchText.fold("Đông Hưng")).isEqualTo("dong hung");
        assertThat(SearchText.fold("Ủy ban công tác liên hợp")).isEqualTo("uy ban cong tac lien hop");
        assertThat(SearchText.fold("  Hoành Mô –   Động Trung ")).isEqualTo("hoanh mo – dong trung");
        assertThat(SearchText.fold("Bắc Phong Sinh – Lý Hỏa")).isEqualTo("bac phong sinh – ly hoa");
    }

    @Test
    void keepsChineseAndFoldsPinyinTones() {
        assertThat(SearchText.fold("东兴市")).isEqualTo("东兴市");
        assertThat(SearchText.fold("广西壮族自治区")).isEqualTo("广西壮族自治区");
        assertThat(SearchText.fold("Dōngxīng Shì")).isEqualTo("dongxing shi");
    }

    @Test
    void indexJoinsAllNamesSoEachOneMatches() {
        var index = SearchText.index(500, "Đông Hưng", null, "东兴市", "Dōngxīng");
        assertThat(index).contains("dong hung").contains("东兴").contains("dongxing");
        assertThat(SearchText.index(5, "Quảng Ninh")).isEqualTo("quang");
    }

    @Test
    void wordsAreFoldedDistinctAndLeaveChineseToTheFoldedColumn() {
        assertThat(SearchText.words(40, "UBCTLH16-05", "Mở cặp cửa khẩu Hoành Mô – Động Trung", null, "峒中口岸"))
                .containsExactly("05", "cap", "cua", "dong", "hoanh", "khau", "mo", "trung", "ubctlh16")
                .doesNotContain("峒中口岸");
        assertThat(SearchText.words(5, "Quảng Ninh")).containsExactly("ninh", "quang");
        assertThat(SearchText.indexable("dong hung")).isTrue();
        assertThat(SearchText.indexable("东兴 dong")).isFalse();
        assertThat(SearchText.indexable(" – ")).isFalse();
    }

    @Test
    void containsPatternEscapesLikeWildcards() {
        assertThat(SearchText.containsPattern("Đông")).isEqualTo("%dong%");
        assertThat(SearchText.containsPattern("100%_x")).isEqualTo("%100\\%\\_x%");
    }
}
