package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.base.text.SearchText;

/**
 * The audit log's table and its one query on a real database: H2 in the default build, MariaDB in
 * the {@code mariadb} run ({@link SecurityEventRepositoryOnMariaDbTest}).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
abstract class SecurityEventRepositoryTests {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final Pageable NEWEST_FIRST =
            PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "occurredAt", "id"));

    @Autowired
    SecurityEventRepository events;

    @BeforeEach
    void someEvents() {
        save(0, SecurityEventType.SIGN_IN, "xay", "signed in");
        save(1, SecurityEventType.SIGN_IN_FAILED, "hoa.pham", "wrong username or password");
        save(2, SecurityEventType.ROLES_CHANGED, "admin", "roles of Nguyễn Văn Dương: [STAFF] -> [MANAGER]");
        save(3, SecurityEventType.SIGN_IN_FAILED, "x_y", "100% wrong");
    }

    private void save(int hours, SecurityEventType type, String username, String detail) {
        events.save(event(T0.plusSeconds(hours * 3600L), type, username, "203.0.113.9", detail));
    }

    /** An event whose detail reads the same in both languages: the repository stores what it is given. */
    private static SecurityEvent event(
            Instant at, SecurityEventType type, String username, String address, String detail) {
        return new SecurityEvent(
                at, type, username, address, AuditDetail.of(AuditDetail.Kind.FAILURE, detail), detail, detail);
    }

    private List<String> details(
            SecurityEventType type, String username, Instant from, Instant until, String text, Pageable page) {
        return events.search(type, username, from, until, text, page).getContent().stream()
                .map(SecurityEvent::getDetail)
                .toList();
    }

    @Test
    void withoutFiltersAllEventsNewestFirst() {
        assertThat(details(null, null, null, null, null, NEWEST_FIRST))
                .containsExactly(
                        "100% wrong",
                        "roles of Nguyễn Văn Dương: [STAFF] -> [MANAGER]", "wrong username or password", "signed in");
    }

    @Test
    void filtersCombine() {
        assertThat(details(SecurityEventType.SIGN_IN_FAILED, "hoa.pham", null, null, null, NEWEST_FIRST))
                .containsExactly("wrong username or password");
        assertThat(details(null, null, T0.plusSeconds(3600), T0.plusSeconds(3 * 3600), null, NEWEST_FIRST))
                .containsExactly("roles of Nguyễn Văn Dương: [STAFF] -> [MANAGER]", "wrong username or password");
    }

    @Test
    void freeTextIgnoresDiacriticsAndTreatsWildcardsAsText() {
        assertThat(details(null, null, null, null, SearchText.containsPattern("nguyen van duong"), NEWEST_FIRST))
                .containsExactly("roles of Nguyễn Văn Dương: [STAFF] -> [MANAGER]");
        assertThat(details(null, null, null, null, SearchText.containsPattern("100%"), NEWEST_FIRST))
                .containsExactly("100% wrong");
        assertThat(details(null, null, null, null, SearchText.containsPattern("x_y"), NEWEST_FIRST))
                .containsExactly("100% wrong");
        assertThat(details(null, null, null, null, SearchText.containsPattern("203.0.113.9"), NEWEST_FIRST))
                .hasSize(4);
    }

    @Test
    void pagesFollowEachOtherWithoutCounting() {
        var first = events.search(null, null, null, null, null, PageRequest.of(0, 3, NEWEST_FIRST.getSort()));
        var second = events.search(null, null, null, null, null, PageRequest.of(1, 3, NEWEST_FIRST.getSort()));
        assertThat(first.getContent()).hasSize(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).extracting(SecurityEvent::getDetail).containsExactly("signed in");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void longValuesAreCutToTheirColumns() {
        var saved = events.save(
                event(T0, SecurityEventType.SIGN_IN_FAILED, "u".repeat(300), "2001:db8::1", "d".repeat(900)));
        assertThat(saved.getUsername()).hasSize(SecurityEvent.USERNAME_LENGTH);
        assertThat(saved.getDetail()).hasSize(SecurityEvent.DETAIL_LENGTH);
        assertThat(saved.getAuditDetail())
                .get()
                .extracting(detail -> detail.values().getFirst())
                .asString()
                .hasSize(SecurityEvent.DETAIL_LENGTH);
        assertThat(events.search(null, null, T0, T0.plusSeconds(1), SearchText.containsPattern("ddd"), NEWEST_FIRST)
                        .getContent())
                .hasSize(1);
    }
}
