package vn.gov.quangninh.cooperation.security;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * What follows a change to an account, within the change's transaction: an audit row and, when
 * the change takes rights away or replaces the password, the end of the account's open sessions
 * (their next request goes to the login page).
 */
@Component
class AccountChanges {

    private final SecurityAudit audit;
    private final SessionRegistry sessions;

    AccountChanges(SecurityAudit audit, SessionRegistry sessions) {
        this.audit = audit;
        this.sessions = sessions;
    }

    void created(UserAccount account) {
        audit.recordChange(
                SecurityEventType.ACCOUNT_CREATED,
                "account " + account.getUsername() + " created with roles " + sorted(account.getRoles())
                        + (account.isEnabled() ? "" : ", disabled"));
    }

    void rolesChanged(UserAccount account, Set<String> before) {
        if (account.getRoles().equals(before)) {
            return;
        }
        audit.recordChange(
                SecurityEventType.ROLES_CHANGED,
                "roles of " + account.getUsername() + ": " + sorted(before) + " -> " + sorted(account.getRoles()));
        endSessions(account, "roles changed");
    }

    void enabledChanged(UserAccount account, boolean before) {
        if (account.isEnabled() == before) {
            return;
        }
        if (account.isEnabled()) {
            audit.recordChange(SecurityEventType.ACCOUNT_ENABLED, "account " + account.getUsername() + " enabled");
        } else {
            audit.recordChange(SecurityEventType.ACCOUNT_DISABLED, "account " + account.getUsername() + " disabled");
            endSessions(account, "account disabled");
        }
    }

    void passwordReset(UserAccount account) {
        audit.recordChange(SecurityEventType.PASSWORD_RESET, "temporary password set for " + account.getUsername());
        endSessions(account, "password reset");
    }

    void passwordChanged(UserAccount account) {
        audit.recordChange(SecurityEventType.PASSWORD_CHANGED, "own password changed by " + account.getUsername());
    }

    /** The registry finds the sessions by principal: {@link AccountPrincipal} is equal by username. */
    private void endSessions(UserAccount account, String reason) {
        var open = sessions.getAllSessions(new AccountPrincipal(account), false);
        if (open.isEmpty()) {
            return;
        }
        open.forEach(SessionInformation::expireNow);
        audit.recordChange(
                SecurityEventType.SESSIONS_ENDED,
                open.size() + " open session(s) of " + account.getUsername() + " ended: " + reason);
    }

    /** In alphabetical order, the same in every row. */
    private static String sorted(Set<String> roles) {
        return new TreeSet<>(roles).toString();
    }
}
