package vn.gov.quangninh.cooperation.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.security.AuditDetail;
import vn.gov.quangninh.cooperation.security.SecurityAudit;
import vn.gov.quangninh.cooperation.security.SecurityEvent;
import vn.gov.quangninh.cooperation.security.SecurityEventType;
import vn.gov.quangninh.cooperation.testsupport.MutableClock;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * The administrator's audit log: newest first, in the administrator's language, and each filter
 * narrows what the database sends.
 * Days are Quảng Ninh's (UTC+7): an event at 23:30 local time belongs to that day.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
class SecurityAuditViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @Autowired
    SecurityAudit audit;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private SecurityAuditView view;
    /** This test's user, apart from the events of the other tests in the same database. */
    private final String user = "lan.tran." + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void someEventsThenTheView() {
        record("2026-03-01T03:00:00Z", SecurityEventType.SIGN_IN, AuditDetail.of(AuditDetail.Kind.SIGNED_IN));
        record(
                "2026-03-01T16:30:00Z",
                SecurityEventType.SIGN_IN_FAILED,
                AuditDetail.of(AuditDetail.Kind.BAD_CREDENTIALS));
        record(
                "2026-03-02T02:00:00Z",
                SecurityEventType.ROLES_CHANGED,
                AuditDetail.of(AuditDetail.Kind.ROLES, "huong.dang", "[STAFF]", "[MANAGER]"));
        clock.set(Instant.now());
        signedIn.as("admin");
        view = navigate(SecurityAuditView.class);
        test(view.username).setValue(user);
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private void record(String instant, SecurityEventType type, AuditDetail detail) {
        clock.set(Instant.parse(instant));
        audit.record(type, user, detail);
    }

    /** The details the grid shows, as the administrator reads them. */
    private List<String> shown() {
        @SuppressWarnings("unchecked")
        Grid<SecurityEvent> grid = $(Grid.class).first();
        var rows = (int) grid.getLazyDataView().getItems().count();
        return IntStream.range(0, rows)
                .mapToObj(row -> test(grid).getCellText(row, 4))
                .toList();
    }

    @Test
    void newestFirstInTheAdministratorsLanguage() {
        assertThat(shown())
                .containsExactly(
                        "vai trò của huong.dang: [STAFF] → [MANAGER]",
                        "sai tên đăng nhập hoặc mật khẩu",
                        "đăng nhập thành công");
    }

    @Test
    void byTypeAndByUser() {
        test(view.type).selectItem("Đăng nhập không thành công");
        assertThat(shown()).containsExactly("sai tên đăng nhập hoặc mật khẩu");

        view.type.clear();
        test(view.username).setValue(user.toUpperCase(Locale.ROOT));
        assertThat(shown()).hasSize(3);
    }

    @Test
    void byDaysInQuangNinh() {
        test(view.from).setValue(LocalDate.of(2026, 3, 1));
        test(view.to).setValue(LocalDate.of(2026, 3, 1));
        assertThat(shown()).containsExactly("sai tên đăng nhập hoặc mật khẩu", "đăng nhập thành công");

        test(view.from).setValue(LocalDate.of(2026, 3, 2));
        test(view.to).setValue(LocalDate.of(2026, 3, 2));
        assertThat(shown()).containsExactly("vai trò của huong.dang: [STAFF] → [MANAGER]");
    }

    /** The log's English is searched too, as its application log has it. */
    @Test
    void byFreeTextInEitherLanguageWithoutDiacritics() {
        test(view.text).setValue("vai tro cua huong");
        assertThat(shown()).containsExactly("vai trò của huong.dang: [STAFF] → [MANAGER]");

        test(view.text).setValue("roles of huong");
        assertThat(shown()).containsExactly("vai trò của huong.dang: [STAFF] → [MANAGER]");
    }

    /** Rows written before details were translated keep their English. */
    @Test
    void anOlderRowShowsItsEnglish() {
        jdbc.update("""
                INSERT INTO security_event (occurred_at, event_type, username, detail, search_text)
                VALUES (?, 'SIGN_OUT', ?, 'signed out', 'signed out')""", Timestamp.from(Instant.parse("2026-03-03T02:00:00Z")), user);
        test(view.from).setValue(LocalDate.of(2026, 3, 3));
        assertThat(shown()).containsExactly("signed out");
    }

    @Test
    void datesAreWrittenDayFirst() {
        assertThat(view.from.getI18n().getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(view.from.getI18n().getMonthNames()).startsWith("Tháng 1");
    }
}
