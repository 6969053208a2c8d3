package vn.gov.quangninh.cooperation.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;

/** One line of the account list: what the administrator scans, without the entity behind it. */
public record UserAccountRow(
        long id,
        String username,
        String fullName,
        @Nullable LocalizedName department,
        Set<String> roles,
        boolean enabled,
        boolean mustChangePassword) {

    public UserAccountRow {
        roles = Set.copyOf(roles);
    }

    static UserAccountRow of(UserAccount account) {
        var department = account.getDepartment();
        return new UserAccountRow(
                account.getId(),
                account.getUsername(),
                account.getFullName(),
                department == null ? null : department.getName(),
                account.getRoles(),
                account.isEnabled(),
                account.isMustChangePassword());
    }
}
