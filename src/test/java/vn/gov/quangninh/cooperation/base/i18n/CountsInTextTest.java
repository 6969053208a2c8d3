package vn.gov.quangninh.cooperation.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers in texts read as people write them: "1 commitment" but "2 commitments" in English,
 * "12.345" in Vietnamese and "12,345" in English.
 */
class CountsInTextTest {

    private static final Locale VI = Locale.of("vi");

    private final AppI18NProvider i18n = new AppI18NProvider();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "commitment.count | 0 | 0 commitments",
                "commitment.count | 1 | 1 commitment",
                "commitment.count | 2 | 2 commitments",
                "commitment.count | 12345 | 12,345 commitments",
                "agreement.count | 1 | 1 agreement",
                "meeting.count | 1 | 1 meeting",
                "minutes.clause-count | 1 | 1 clause",
                "minutes.clause-count | 14 | 14 clauses",
                "minutes.correction.count | 1 | Corrected once",
                "minutes.correction.count | 3 | Corrected 3 times",
                "commitment.ongoing.every | 1 | Ongoing, reviewed every month",
                "commitment.ongoing.every | 6 | Ongoing, reviewed every 6 months",
                "review.count | 1 | 1 update awaiting review",
                "review.count | 2 | 2 updates awaiting review",
                "dashboard.overdue.all | 1 | See the overdue commitment",
                "dashboard.overdue.all | 7 | See all 7 overdue commitments",
                "report.progress.filled | 1 | Generating the report… 1 page done",
                "report.ready | 1 | The report is ready (1 page).",
                "report.ready | 1200 | The report is ready (1,200 pages).",
                "agreement.notice-period.days | 1 | notice period of 1 day",
                "agreement.notice-period.days | 90 | notice period of 90 days"
            })
    void englishCountsAgreeWithTheirNumber(String key, long count, String expected) {
        assertThat(i18n.getTranslation(key, Locale.ENGLISH, count)).isEqualTo(expected);
    }

    @Test
    void countsBesideOtherArguments() {
        assertThat(i18n.getTranslation("dashboard.late", Locale.ENGLISH, "01/02/2026", 1L))
                .isEqualTo("Due 01/02/2026, 1 day late");
        assertThat(i18n.getTranslation("dashboard.tally", Locale.ENGLISH, 1L, 0L, 1L))
                .isEqualTo("1 commitment: 0 complete, 1 overdue");
        assertThat(i18n.getTranslation("dashboard.late", VI, "01/02/2026", 1_234L))
                .isEqualTo("Hạn 01/02/2026, quá 1.234 ngày");
    }

    @Test
    void vietnameseGroupsThousandsWithADot() {
        assertThat(i18n.getTranslation("commitment.count", VI, 12_345L)).isEqualTo("12.345 cam kết");
        assertThat(i18n.getTranslation("review.count", VI, 1L)).isEqualTo("1 báo cáo chờ duyệt");
    }

    @Test
    void everyPatternFormatsWithoutLosingAnything() {
        for (var locale : new Locale[] {VI, Locale.ENGLISH}) {
            var bundle = ResourceBundle.getBundle(AppI18NProvider.BUNDLE, locale);
            for (var key : bundle.keySet()) {
                var pattern = bundle.getString(key);
                if (!pattern.contains("{")) {
                    continue;
                }
                // A lone apostrophe starts a quotation in a MessageFormat pattern: it would vanish,
                // and the placeholders after it would be shown as written.
                assertThat(pattern.replace("''", ""))
                        .as("%s (%s): an apostrophe is written ''", key, locale)
                        .doesNotContain("'");
                assertThatCode(() -> i18n.getTranslation(key, locale, 1L, 1L, 1L, 1L))
                        .as("%s (%s)", key, locale)
                        .doesNotThrowAnyException();
                assertThat(i18n.getTranslation(key, locale, 2L, 2L, 2L, 2L))
                        .as("%s (%s): every placeholder filled", key, locale)
                        .doesNotContain("{");
            }
        }
    }
}
