package vn.gov.quangninh.cooperation.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.base.history.ChangeRow;
import vn.gov.quangninh.cooperation.base.i18n.AppI18NProvider;
import vn.gov.quangninh.cooperation.base.i18n.Translator;
import vn.gov.quangninh.cooperation.testsupport.MutableClock;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * Every change of an agreement is kept by Hibernate Envers with who, when (the application's
 * clock) and old → new values, and read back in the reader's language. H2 here, MariaDB in
 * {@link AgreementHistoryOnMariaDbTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
abstract class AgreementHistoryTests {

    @Autowired
    AgreementService agreements;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MutableClock clock;

    @Autowired
    AppI18NProvider i18n;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.out();
    }

    private Translator in(String language) {
        return (key, params) -> i18n.getTranslation(key, Locale.of(language), params);
    }

    @Test
    void twoEditsShowWithWhoWhenAndOldAndNewValues() {
        signedIn.as("staff");
        long id = agreements
                .search(AgreementFilter.all(), PageRequest.of(0, 1))
                .getFirst()
                .id();
        var original = agreements.edit(id);
        var originalTitle = original.getTitleVi();

        clock.set(Instant.parse("2026-11-20T02:15:00Z"));
        original.setTitleVi("Tên mới lần một");
        agreements.update(original);

        signedIn.as("manager");
        clock.set(Instant.parse("2026-11-21T09:40:00Z"));
        var second = agreements.edit(id);
        second.setTitleVi("Tên mới lần hai");
        second.setEffectiveDate(second.getSigningDate());
        agreements.update(second);

        var rows = agreements.changes(id, in("vi")).stream()
                .filter(row -> row.field().equals("Tên tiếng Việt"))
                .toList();
        assertThat(rows).hasSize(2);
        assertThat(rows)
                .extracting(ChangeRow::changedAt, ChangeRow::username, ChangeRow::oldValue, ChangeRow::newValue)
                .containsExactly(
                        tuple(Instant.parse("2026-11-21T09:40:00Z"), "manager", "Tên mới lần một", "Tên mới lần hai"),
                        tuple(Instant.parse("2026-11-20T02:15:00Z"), "staff", originalTitle, "Tên mới lần một"));
        // The same history in English, the creation by the sample data loader at the bottom.
        var english = agreements.changes(id, in("en"));
        assertThat(english).extracting(ChangeRow::field).contains("Title in Vietnamese");
        assertThat(english.getLast().field()).isEqualTo("Created");
        assertThat(english.getLast().username()).isEqualTo("system");
    }
}
