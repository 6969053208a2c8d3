package vn.gov.quangninh.cooperation.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which word drives a search, and when walking the grid's order pays (the model in {@link Words}). */
class WordsTest {

    @Test
    void theRarestWordDrivesTheSearch() {
        var words = Words.of(
                filter("cửa khẩu Móng Cái"), Map.of("cua", 2_000L, "khau", 1_990L, "mong", 300L, "cai", 900L)::get);

        assertThat(words.driving()).isEqualTo("mong");
        assertThat(words.others()).containsExactly("cai", "khau", "cua");
    }

    @Test
    void aWordInOneCommitmentOfFiveIsWalkedNearTheTopOfTenThousand() {
        var words = Words.of(filter("cửa khẩu"), Map.of("cua", 2_000L, "khau", 2_000L)::get);

        assertThat(words.walkPays(25, 10_000))
                .as("first page: 2,000² > 25 × 10,000 × 2")
                .isTrue();
        assertThat(words.walkPays(200, 10_000))
                .as("eighth page: 2,000² < 200 × 10,000 × 2")
                .isFalse();
        assertThat(words.walkPays(25, 100_000)).as("first page of 100,000").isFalse();
    }

    @Test
    void aRareWordPicksItsCandidates() {
        var words = Words.of(filter("BENCH-0001500"), Map.of("bench", 10_000L, "0001500", 1L)::get);

        assertThat(words.driving()).isEqualTo("0001500");
        assertThat(words.walkPays(25, 10_000)).isFalse();
    }

    @Test
    void withinADepartmentACommonWordLeavesItsShareOfCandidates() {
        var words = Words.of(filter("cửa khẩu"), Map.of("cua", 20_000L, "khau", 20_000L)::get);
        assertThat(words.walkPays(25, 100_000)).as("20,000² > 25 × 100,000 × 2").isTrue();

        var inDepartment = words.within(11_000, 100_000);

        assertThat(inDepartment.candidates()).isEqualTo(2_200);
        assertThat(inDepartment.walkPays(25, 100_000))
                .as("2,200² < 25 × 100,000 × 2")
                .isFalse();
        assertThat(inDepartment.driving()).isEqualTo(words.driving());
    }

    @Test
    void noWordsNoWalk() {
        var words = Words.of(filter(null), word -> 10_000L);

        assertThat(words.isEmpty()).isTrue();
        assertThat(words.walkPays(25, 10_000)).isFalse();
    }

    private static CommitmentFilter filter(@Nullable String text) {
        return new CommitmentFilter(text, null, null, null, null, null, Set.of(), null, null, null, false, false);
    }
}
