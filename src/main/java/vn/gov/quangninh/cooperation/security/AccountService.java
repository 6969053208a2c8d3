package vn.gov.quangninh.cooperation.security;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.quangninh.cooperation.base.RuleViolationException;

/** What every signed-in user may do to their own account. */
@Service
@Transactional
@PreAuthorize(AppRoles.IS_SIGNED_IN)
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final AccountChanges changes;

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            CurrentUser currentUser,
            AccountChanges changes) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.changes = changes;
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        var account = own();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolationException("currentPassword", "password.current-wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new RuleViolationException("newPassword", "password.unchanged");
        }
        passwordPolicy.check("newPassword", newPassword, account.getUsername(), account.getFullName());
        account.changePassword(passwordEncoder.encode(newPassword));
        changes.passwordChanged(account);
        refreshSignedInPrincipal(account);
    }

    public void changeOwnLanguage(Locale language) {
        own().preferLanguage(language);
    }

    @Transactional(readOnly = true)
    public Locale ownLanguage() {
        return own().getLanguage();
    }

    private UserAccount own() {
        return accounts.findById(currentUser.require().getId()).orElseThrow();
    }

    /** The session keeps a snapshot of the account; replace it so the change shows at once. */
    private static void refreshSignedInPrincipal(UserAccount account) {
        var context = SecurityContextHolder.getContext();
        var principal = new AccountPrincipal(account);
        principal.eraseCredentials();
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        authentication.setDetails(context.getAuthentication().getDetails());
        context.setAuthentication(authentication);
    }
}
