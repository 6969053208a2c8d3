package vn.gov.quangninh.cooperation.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.security.SecurityAudit;
import vn.gov.quangninh.cooperation.security.SecurityEvent;
import vn.gov.quangninh.cooperation.security.SecurityEventType;
import vn.gov.quangninh.cooperation.testsupport.MutableClock;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * The administrator's audit log: newest first, and each filter narrows what the database sends.
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

    private SecurityAuditView view;
    /** Marks this test's events among those of the other tests in the same database. */
    private final String marker = "view-test-" + UUID.randomUUID() + " ";

    @BeforeEach
    void someEventsThenTheView() {
        record("2026-03-01T03:00:00Z", SecurityEventType.SIGN_IN, "lan.tran", "signed in");
        record("2026-03-01T16:30:00Z", SecurityEventType.SIGN_IN_FAILED, "lan.tran", "wrong username or password");
        record("2026-03-02T02:00:00Z", SecurityEventType.ROLES_CHANGED, "admin", "roles of Đặng Thị Hương changed");
        clock.set(Instant.now());
        signedIn.as("admin");
        view = navigate(SecurityAuditView.class);
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private void record(String instant, SecurityEventType type, String username, String detail) {
        clock.set(Instant.parse(instant));
        audit.record(type, username, marker + detail);
    }

    /** The rows the grid fetches, as far as they come from this test. */
    private List<String> shown() {
        @SuppressWarnings("unchecked")
        Grid<SecurityEvent> grid = $(Grid.class).first();
        return grid.getLazyDataView()
                .getItems()
                .map(SecurityEvent::getDetail)
                .filter(detail -> detail.startsWith(marker))
                .map(detail -> detail.substring(marker.length()))
                .toList();
    }

    @Test
    void newestFirst() {
        assertThat(shown())
                .containsExactly("roles of Đặng Thị Hương changed", "wrong username or password", "signed in");
    }

    @Test
    void byTypeAndByUser() {
        test(view.type).selectItem("Đăng nhập không thành công");
        assertThat(shown()).containsExactly("wrong username or password");

        view.type.clear();
        test(view.username).setValue("Lan.Tran");
        assertThat(shown()).containsExactly("wrong username or password", "signed in");
    }

    @Test
    void byDaysInQuangNinh() {
        test(view.from).setValue(LocalDate.of(2026, 3, 1));
        test(view.to).setValue(LocalDate.of(2026, 3, 1));
        assertThat(shown()).containsExactly("wrong username or password", "signed in");

        test(view.from).setValue(LocalDate.of(2026, 3, 2));
        test(view.to).setValue(LocalDate.of(2026, 3, 2));
        assertThat(shown()).containsExactly("roles of Đặng Thị Hương changed");
    }

    @Test
    void byFreeTextWithoutDiacritics() {
        test(view.text).setValue("dang thi huong");
        assertThat(shown()).containsExactly("roles of Đặng Thị Hương changed");
    }

    @Test
    void datesAreWrittenDayFirst() {
        assertThat(view.from.getI18n().getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(view.from.getI18n().getMonthNames()).startsWith("Tháng 1");
    }
}
