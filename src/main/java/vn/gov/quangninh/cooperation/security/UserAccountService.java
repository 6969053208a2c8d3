package vn.gov.quangninh.cooperation.security;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.gov.quangninh.cooperation.base.RuleViolationException;

/** Account administration: only administrators create, change, disable accounts and reset passwords. */
@Service
@Validated
@Transactional
@PreAuthorize(AppRoles.HAS_ADMIN)
public class UserAccountService {

    private final UserAccountRepository accounts;
    private final DepartmentService departments;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccountChanges changes;

    UserAccountService(
            UserAccountRepository accounts,
            DepartmentService departments,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            CurrentUser currentUser,
            Clock clock,
            AccountChanges changes) {
        this.accounts = accounts;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public List<UserAccountRow> list() {
        return accounts.findAllWithDepartment().stream().map(UserAccountRow::of).toList();
    }

    @Transactional(readOnly = true)
    public UserAccountDraft edit(long id) {
        return UserAccountDraft.of(require(id));
    }

    @Transactional(readOnly = true)
    public boolean isUsernameTaken(String username) {
        return accounts.existsByUsername(UserAccount.normalizeUsername(username));
    }

    /** Creates an account whose first password the user must replace when they first sign in. */
    public long create(@Valid UserAccountDraft draft, String initialPassword) {
        var username = UserAccount.normalizeUsername(draft.getUsername());
        if (accounts.existsByUsername(username)) {
            throw new RuleViolationException("username", "account.username.taken", username);
        }
        passwordPolicy.check("password", initialPassword, username, draft.getFullName());
        var passwordHash = passwordEncoder.encode(initialPassword);
        var account = new UserAccount(
                username, draft.getFullName(), passwordHash, draft.getRoles(), department(draft), clock.instant());
        account.resetPassword(passwordHash);
        account.changeEmail(draft.getEmail());
        if (!draft.isEnabled()) {
            account.disable();
        }
        var saved = accounts.save(account);
        changes.created(saved);
        return saved.getId();
    }

    public void update(@Valid UserAccountDraft draft) {
        var account = require(draft.getId());
        if (account.getVersion() != draft.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, draft.getId());
        }
        guardAgainstSelfLockout(account, draft.isEnabled(), draft.getRoles().contains(AppRoles.ADMIN));
        account.rename(draft.getFullName());
        account.changeEmail(draft.getEmail());
        account.moveTo(department(draft));
        var rolesBefore = account.getRoles();
        account.assignRoles(draft.getRoles());
        changes.rolesChanged(account, rolesBefore);
        applyEnabled(account, draft.isEnabled());
    }

    public void setEnabled(long id, boolean enabled) {
        var account = require(id);
        guardAgainstSelfLockout(account, enabled, account.getRoles().contains(AppRoles.ADMIN));
        applyEnabled(account, enabled);
    }

    /** Sets a temporary password, which the user must change when they next sign in. */
    public void resetPassword(long id, String temporaryPassword) {
        var account = require(id);
        passwordPolicy.check("password", temporaryPassword, account.getUsername(), account.getFullName());
        account.resetPassword(passwordEncoder.encode(temporaryPassword));
        changes.passwordReset(account);
    }

    private void applyEnabled(UserAccount account, boolean enabled) {
        var before = account.isEnabled();
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        changes.enabledChanged(account, before);
    }

    private void guardAgainstSelfLockout(UserAccount account, boolean staysEnabled, boolean staysAdmin) {
        if (account.getId() == currentUser.require().getId() && (!staysEnabled || !staysAdmin)) {
            throw new RuleViolationException(null, "account.self-lockout");
        }
    }

    private UserAccount require(Long id) {
        return accounts.findById(id).orElseThrow(() -> new RuleViolationException(null, "account.unknown"));
    }

    private @Nullable Department department(UserAccountDraft draft) {
        return draft.getDepartment() == null
                ? null
                : departments.require(draft.getDepartment().id());
    }
}
