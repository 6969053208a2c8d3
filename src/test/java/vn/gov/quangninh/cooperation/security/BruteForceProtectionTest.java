package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.testsupport.AuditRows;
import vn.gov.quangninh.cooperation.testsupport.Browser;
import vn.gov.quangninh.cooperation.testsupport.MutableClock;

/**
 * Brute-force protection over real HTTP, behind a proxy that forwards the client's address: ten
 * failures within 15 minutes block the account, or the address, for 15 minutes, even with the
 * right password, with the answer of any failed sign-in; the block is audited once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=framework")
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
class BruteForceProtectionTest {

    private static final String FAILED = "/login?error";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    private String signIn(String address, String username, String password) {
        return Browser.location(new Browser(port).from(address).signIn(username, password));
    }

    @Test
    void tenFailuresForOneAccountBlockItFromEveryAddress() {
        for (int i = 1; i <= 10; i++) {
            assertThat(signIn("10.0.0." + i, "manager", "wrong password " + i)).endsWith(FAILED);
        }

        assertThat(signIn("10.0.0.50", "manager", DemoAccounts.PASSWORD)).endsWith(FAILED);
        assertThat(signIn("10.0.0.51", "manager", DemoAccounts.PASSWORD)).endsWith(FAILED);
        // Other accounts from the same addresses are not affected.
        assertThat(signIn("10.0.0.1", "official", DemoAccounts.PASSWORD)).doesNotContain("error");

        clock.advance(Duration.ofMinutes(15));
        assertThat(signIn("10.0.0.50", "manager", DemoAccounts.PASSWORD)).doesNotContain("error");

        var blocked = new AuditRows(dataSource).of("SIGN_IN_BLOCKED", "manager");
        assertThat(blocked).singleElement().satisfies(row -> {
            assertThat(row.get("detail"))
                    .isEqualTo("account manager blocked for 15m after 10 failed sign-ins within 15m");
            assertThat(row.get("remote_address")).isEqualTo("10.0.0.10");
        });
    }

    @Test
    void tenFailuresFromOneAddressBlockItForEveryAccount() {
        var address = "192.0.2.7";
        for (int i = 1; i <= 10; i++) {
            assertThat(signIn(address, "guess" + i, "password" + i)).endsWith(FAILED);
        }

        assertThat(signIn(address, "staff", DemoAccounts.PASSWORD)).endsWith(FAILED);
        assertThat(signIn(address, "admin", DemoAccounts.PASSWORD)).endsWith(FAILED);
        assertThat(signIn("192.0.2.8", "staff", DemoAccounts.PASSWORD)).doesNotContain("error");

        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn(address, "staff", DemoAccounts.PASSWORD)).endsWith(FAILED);
        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(address, "staff", DemoAccounts.PASSWORD)).doesNotContain("error");

        assertThat(new AuditRows(dataSource).details("SIGN_IN_BLOCKED", "guess10"))
                .containsExactly("address 192.0.2.7 blocked for 15m after 10 failed sign-ins within 15m");
        // Refused attempts during the block are not audited one by one.
        assertThat(new AuditRows(dataSource).of("SIGN_IN_FAILED", "staff")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 1; i <= 9; i++) {
            signIn("198.51.100." + i, "official", "wrong password " + i);
        }
        clock.advance(Duration.ofMinutes(16));

        assertThat(signIn("198.51.100.20", "official", "wrong once more")).endsWith(FAILED);
        assertThat(signIn("198.51.100.21", "official", DemoAccounts.PASSWORD)).doesNotContain("error");
    }
}
