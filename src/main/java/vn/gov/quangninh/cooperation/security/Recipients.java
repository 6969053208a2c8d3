package vn.gov.quangninh.cooperation.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works in which departments, for messages the application sends by itself (the daily deadline
 * reminders). A component rather than a secured service: scheduled jobs run with nobody signed in.
 */
@Component
@Transactional(readOnly = true)
public class Recipients {

    /** An enabled user of a department, as a message needs them. */
    public record Recipient(
            long id,
            String username,
            String fullName,
            @Nullable String email,
            Locale language,
            long departmentId,
            Set<String> roles) {

        public Recipient {
            roles = Set.copyOf(roles);
        }

        public boolean isStaff() {
            return roles.contains(AppRoles.STAFF);
        }
    }

    private final UserAccountRepository accounts;

    Recipients(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public List<Recipient> inDepartments(Collection<Long> departmentIds) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return accounts.findEnabledInDepartments(departmentIds).stream()
                .map(account -> new Recipient(
                        account.getId(),
                        account.getUsername(),
                        account.getFullName(),
                        account.getEmail(),
                        account.getLanguage(),
                        account.getDepartment().getId(),
                        account.getRoles()))
                .toList();
    }
}
