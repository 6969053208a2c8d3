package vn.gov.quangninh.cooperation.security;

import java.util.Set;
import java.util.function.Supplier;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * Accounts of their own for tests that change accounts, so that the demo accounts other test
 * classes sign in with stay as they are. Created by the administrator, as in the application.
 */
final class TestAccounts {

    static final String PASSWORD = "gió mùa đông bắc về Móng Cái";

    private TestAccounts() {}

    /** Creates an enabled account with the given roles and {@link #PASSWORD}; returns its id. */
    static long create(UserAccountService service, SignedIn signedIn, String username, String... roles) {
        var draft = new UserAccountDraft();
        draft.setUsername(username);
        draft.setFullName("Người dùng thử " + username);
        draft.setRoles(Set.of(roles));
        return asAdmin(signedIn, () -> service.create(draft, PASSWORD));
    }

    static <T> T asAdmin(SignedIn signedIn, Supplier<T> action) {
        signedIn.as("admin");
        try {
            return action.get();
        } finally {
            signedIn.out();
        }
    }

    static void asAdmin(SignedIn signedIn, Runnable action) {
        asAdmin(signedIn, () -> {
            action.run();
            return null;
        });
    }
}
