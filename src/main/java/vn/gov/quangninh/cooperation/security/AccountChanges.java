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
                AuditDetail.of(
                        account.isEnabled() ? AuditDetail.Kind.CREATED : AuditDetail.Kind.CREATED_DISABLED,
                        account.getUsername(),
                        sorted(account.getRoles())));
    }

    void rolesChanged(UserAccount account, Set<String> before) {
        if (account.getRoles().equals(before)) {
            return;
        }
        audit.recordChange(
                SecurityEventType.ROLES_CHANGED,
                AuditDetail.of(
                        AuditDetail.Kind.ROLES, account.getUsername(), sorted(before), sorted(account.getRoles())));
        endSessions(account, AuditDetail.Kind.SESSIONS_ENDED_ROLES);
    }

    void enabledChanged(UserAccount account, boolean before) {
        if (account.isEnabled() == before) {
            return;
        }
        if (account.isEnabled()) {
            audit.recordChange(
                    SecurityEventType.ACCOUNT_ENABLED, AuditDetail.of(AuditDetail.Kind.ENABLED, account.getUsername()));
        } else {
            audit.recordChange(
                    SecurityEventType.ACCOUNT_DISABLED,
                    AuditDetail.of(AuditDetail.Kind.DISABLED, account.getUsername()));
            endSessions(account, AuditDetail.Kind.SESSIONS_ENDED_DISABLED);
        }
    }

    void passwordReset(UserAccount account) {
        audit.recordChange(
                SecurityEventType.PASSWORD_RESET,
                AuditDetail.of(AuditDetail.Kind.PASSWORD_RESET, account.getUsername()));
        endSessions(account, AuditDetail.Kind.SESSIONS_ENDED_PASSWORD);
    }

    void passwordChanged(UserAccount account) {
        audit.recordChange(
                SecurityEventType.PASSWORD_CHANGED,
                AuditDetail.of(AuditDetail.Kind.PASSWORD_CHANGED, account.getUsername()));
    }

    /**
     * The registry finds the sessions by principal: {@link AccountPrincipal} is equal by username.
     *
     * @param ended what the audit row says, with why the sessions ended
     */
    private void endSessions(UserAccount account, AuditDetail.Kind ended) {
        var open = sessions.getAllSessions(new AccountPrincipal(account), false);
        if (open.isEmpty()) {
            return;
        }
        open.forEach(SessionInformation::expireNow);
        audit.recordChange(SecurityEventType.SESSIONS_ENDED, AuditDetail.of(ended, open.size(), account.getUsername()));
    }

    /** In alphabetical order, the same in every row. */
    private static String sorted(Set<String> roles) {
        return new TreeSet<>(roles).toString();
    }
}
