package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServlet;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;
import vn.gov.quangninh.cooperation.testsupport.AuditRows;
import vn.gov.quangninh.cooperation.testsupport.Browser;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * Sessions over real HTTP: a new session id at sign-in, a dead session after sign-out, an idle
 * timeout that Vaadin's heartbeat does not defeat, and the sessions of a user who is disabled or
 * whose roles change end at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    SignedIn signedIn;

    @Autowired
    DataSource dataSource;

    @Autowired
    WebApplicationContext context;

    private Browser signedIn(String username, String password) {
        var browser = new Browser(port);
        assertThat(Browser.location(browser.signIn(username, password))).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        return browser;
    }

    private static void assertSentToLogin(Browser browser) {
        var answer = browser.get("/");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(Browser.location(answer)).endsWith("/login");
    }

    @Test
    void signingInGivesANewSessionId() {
        var browser = new Browser(port);
        browser.get("/login");
        var before = browser.sessionId();
        assertThat(before).isNotNull();

        browser.signIn("official", DemoAccounts.PASSWORD);

        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertSentToLogin(Browser.withSession(port, before));
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        var browser = signedIn("staff", DemoAccounts.PASSWORD);
        var session = browser.sessionId();
        assertThat(Browser.withSession(port, session).get("/").statusCode()).isEqualTo(200);

        assertThat(Browser.location(browser.signOut())).endsWith("/login?logout");

        assertSentToLogin(Browser.withSession(port, session));
    }

    @Test
    void idleSessionsEndAfterThirtyMinutesEvenWithATabOpen() {
        new Browser(port).get("/login");

        assertThat(context.getServletContext().getSessionTimeout()).isEqualTo(30);
        var vaadin = context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance)
                .map(VaadinServlet.class::cast)
                .findFirst()
                .orElseThrow();
        // Otherwise Vaadin's heartbeat keeps an open tab's session alive for ever (DD006).
        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }

    @Test
    void disablingAUserEndsTheirSessionAtOnce() {
        var id = TestAccounts.create(accounts, signedIn, "session.disabled", AppRoles.STAFF);
        var browser = signedIn("session.disabled", TestAccounts.PASSWORD);

        TestAccounts.asAdmin(signedIn, () -> accounts.setEnabled(id, false));

        assertSentToLogin(browser);
        assertThat(new AuditRows(dataSource).details("SESSIONS_ENDED", "admin"))
                .contains("1 open session(s) of session.disabled ended: account disabled");
    }

    @Test
    void changingTheRolesOfAUserEndsTheirSessionAtOnce() {
        var id = TestAccounts.create(accounts, signedIn, "session.roles", AppRoles.STAFF);
        var browser = signedIn("session.roles", TestAccounts.PASSWORD);

        TestAccounts.asAdmin(signedIn, () -> {
            var draft = accounts.edit(id);
            draft.setRoles(Set.of(AppRoles.MANAGER));
            accounts.update(draft);
        });

        assertSentToLogin(browser);
        // Signing in again gives the new roles.
        signedIn("session.roles", TestAccounts.PASSWORD);
    }
}
