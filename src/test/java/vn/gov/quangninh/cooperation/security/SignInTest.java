package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.testsupport.Browser;

/** The real filter chain over HTTP: sign-in, refusals, and what is open without signing in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    private Browser browser() {
        return new Browser(port);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        var home = browser().get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(Browser.location(home)).endsWith("/login");
        assertThat(browser().get("/admin/users").statusCode()).isEqualTo(302);
        assertThat(browser().get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void demoAccountsSignIn() {
        for (var username : AppRoles.ALL.stream().map(String::toLowerCase).toList()) {
            var browser = browser();
            var answer = browser.signIn(username, DemoAccounts.PASSWORD);
            assertThat(Browser.location(answer)).as(username).doesNotContain("error");
            assertThat(browser.get("/").statusCode()).as(username).isEqualTo(200);
        }
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        var wrongPassword = browser().signIn("staff", "not-the-password");
        var unknownUser = browser().signIn("nobody", "not-the-password");
        assertThat(Browser.location(wrongPassword)).endsWith("/login?error");
        assertThat(Browser.location(unknownUser)).isEqualTo(Browser.location(wrongPassword));
        assertThat(unknownUser.statusCode()).isEqualTo(wrongPassword.statusCode());
    }

    @Test
    void aDisabledUserCannotSignIn() {
        var account = accounts.findByUsername("manager").orElseThrow();
        account.disable();
        accounts.saveAndFlush(account);
        try {
            var answer = browser().signIn("manager", DemoAccounts.PASSWORD);
            assertThat(Browser.location(answer)).endsWith("/login?error");
        } finally {
            account = accounts.findByUsername("manager").orElseThrow();
            account.enable();
            accounts.saveAndFlush(account);
        }
    }

    @Test
    void healthIsOpenAndShowsTheDatabaseCheckOnly() {
        var health = browser().getJson("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .contains("\"db\":{\"status\":\"UP\"}")
                .doesNotContain("H2")
                .doesNotContain("jdbc");
    }

    @Test
    void nothingElseOfActuatorIsExposed() {
        for (var endpoint : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info"}) {
            assertThat(browser().getJson(endpoint).statusCode()).as(endpoint).isIn(302, 401, 403, 404);
        }
        var signedIn = browser();
        signedIn.signIn("admin", DemoAccounts.PASSWORD);
        for (var endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops"}) {
            assertThat(signedIn.getJson(endpoint).statusCode()).as(endpoint).isIn(403, 404);
        }
    }
}
