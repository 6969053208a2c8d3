package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/** The services refuse the wrong role even when called directly, without any view in between. */
@SpringBootTest
@ActiveProfiles("test")
class ServiceSecurityTest {

    @Autowired
    UserAccountService userAccounts;

    @Autowired
    DepartmentService departments;

    @Autowired
    AccountService ownAccount;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private List<ThrowingConsumer<Void>> adminOnlyCalls() {
        return List.of(
                none -> userAccounts.list(),
                none -> userAccounts.edit(1),
                none -> userAccounts.setEnabled(1, false),
                none -> userAccounts.resetPassword(1, "x"),
                none -> userAccounts.create(new UserAccountDraft(), "x"),
                none -> departments.create("NEW", "Sở mới", null),
                none -> departments.setActive(1, false));
    }

    @ParameterizedTest(name = "{0} is refused the administrator's operations")
    @ValueSource(strings = {"manager", "staff", "official"})
    void onlyAdministratorsManageAccountsAndDepartments(String username) {
        signedIn.as(username);
        adminOnlyCalls()
                .forEach(call -> assertThatThrownBy(() -> call.accept(null)).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void anonymousCallersAreRefusedEverything() {
        adminOnlyCalls()
                .forEach(call -> assertThatThrownBy(() -> call.accept(null))
                        .isInstanceOf(AuthenticationCredentialsNotFoundException.class));
        assertThatThrownBy(() -> departments.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> ownAccount.changeOwnLanguage(Locale.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void administratorsManageAccounts() {
        signedIn.as("admin");
        assertThat(userAccounts.list())
                .extracting(UserAccountRow::username)
                .contains("admin", "manager", "staff", "official");
        assertThat(departments.listActive()).extracting(DepartmentOption::code).contains("SNGV", "HQMC");
    }

    @Test
    void administratorsCannotLockThemselvesOut() {
        signedIn.as("admin");
        var self = userAccounts.list().stream()
                .filter(row -> row.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> userAccounts.setEnabled(self.id(), false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("account.self-lockout");
    }

    @Test
    void everyUserMayChangeTheirOwnLanguage() {
        signedIn.as("official");
        ownAccount.changeOwnLanguage(Locale.ENGLISH);
        assertThat(ownAccount.ownLanguage()).isEqualTo(Locale.ENGLISH);
        ownAccount.changeOwnLanguage(Locale.of("vi"));
        assertThat(ownAccount.ownLanguage().getLanguage()).isEqualTo("vi");
    }
}
