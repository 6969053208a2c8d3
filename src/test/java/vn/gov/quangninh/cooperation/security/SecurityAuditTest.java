package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.testsupport.AuditRows;
import vn.gov.quangninh.cooperation.testsupport.Browser;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * Every kind of security event leaves a row in the audit log and a line in the application log:
 * sign-in, failure and sign-out through the real filter chain over HTTP, the rest through the
 * services. Never a password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SecurityAuditTest {

    private static final String WRONG_PASSWORD = "Hạ Long mùa thu vàng sai rồi";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AccountService ownAccount;

    @Autowired
    SignedIn signedIn;

    @Autowired
    DataSource dataSource;

    private AuditRows audit;

    @BeforeEach
    void readTheAuditLog() {
        audit = new AuditRows(dataSource);
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void signInFailureAndSignOutOverHttp(CapturedOutput output) {
        TestAccounts.create(accounts, signedIn, "audit.http", AppRoles.STAFF);
        var browser = new Browser(port);

        browser.signIn("Audit.HTTP", WRONG_PASSWORD);
        browser.signIn("audit.http", TestAccounts.PASSWORD);
        browser.signOut();

        var failed = audit.of("SIGN_IN_FAILED", "audit.http");
        assertThat(failed).singleElement().satisfies(row -> {
            assertThat(row.get("detail")).isEqualTo("wrong username or password");
            assertThat(row.get("remote_address")).isEqualTo("127.0.0.1");
        });
        assertThat(audit.details("SIGN_IN", "audit.http")).containsExactly("signed in");
        assertThat(audit.details("SIGN_OUT", "audit.http")).containsExactly("signed out");
        assertThat(output.getAll())
                .contains("Security event SIGN_IN_FAILED: user=audit.http address=127.0.0.1 wrong username or password")
                .contains("Security event SIGN_OUT: user=audit.http")
                .doesNotContain(WRONG_PASSWORD)
                .doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void unknownUsersAndDisabledAccountsAreAuditedWithTheirReason() {
        var id = TestAccounts.create(accounts, signedIn, "audit.disabled", AppRoles.STAFF);
        TestAccounts.asAdmin(signedIn, () -> accounts.setEnabled(id, false));

        new Browser(port).signIn("nobody.here", WRONG_PASSWORD);
        new Browser(port).signIn("audit.disabled", TestAccounts.PASSWORD);

        assertThat(audit.details("SIGN_IN_FAILED", "nobody.here")).containsExactly("wrong username or password");
        assertThat(audit.details("SIGN_IN_FAILED", "audit.disabled")).containsExactly("account disabled");
    }

    @Test
    void accountChangesAreAuditedWithTheAdministratorAsTheActor() {
        var id = TestAccounts.create(accounts, signedIn, "audit.changes", AppRoles.STAFF);
        TestAccounts.asAdmin(signedIn, () -> {
            var draft = accounts.edit(id);
            draft.setRoles(Set.of(AppRoles.STAFF, AppRoles.MANAGER));
            accounts.update(draft);
            accounts.setEnabled(id, false);
            accounts.setEnabled(id, true);
            accounts.resetPassword(id, "Bãi Cháy lộng gió chiều nay");
        });

        assertThat(audit.details("ACCOUNT_CREATED", "admin"))
                .contains("account audit.changes created with roles [STAFF]");
        assertThat(audit.details("ROLES_CHANGED", "admin"))
                .contains("roles of audit.changes: [STAFF] -> [MANAGER, STAFF]");
        assertThat(audit.details("ACCOUNT_DISABLED", "admin")).contains("account audit.changes disabled");
        assertThat(audit.details("ACCOUNT_ENABLED", "admin")).contains("account audit.changes enabled");
        assertThat(audit.details("PASSWORD_RESET", "admin")).contains("temporary password set for audit.changes");
    }

    @Test
    void changingOnesOwnPasswordIsAudited() {
        TestAccounts.create(accounts, signedIn, "audit.own", AppRoles.OFFICIAL);
        signedIn.as("audit.own");

        ownAccount.changeOwnPassword(TestAccounts.PASSWORD, "Vịnh Bái Tử Long xanh thẳm");

        assertThat(audit.details("PASSWORD_CHANGED", "audit.own")).containsExactly("own password changed by audit.own");
    }

    @Test
    void aServiceCallTheRoleMayNotMakeIsAudited() {
        signedIn.as("official");

        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);

        assertThat(audit.details("ACCESS_DENIED", "official")).contains("method UserAccountService.list");
    }
}
