package vn.gov.quangninh.cooperation.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;

/**
 * The signed-in user as the security context holds it: small and serialisable (it lives in the
 * HTTP session), with what views and services ask for most: id, name, roles and department.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String fullName;
    private final @Nullable Long departmentId;
    private final @Nullable LocalizedName departmentName;
    private final Set<String> roles;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private @Nullable String passwordHash;

    AccountPrincipal(UserAccount account) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.fullName = account.getFullName();
        var department = account.getDepartment();
        this.departmentId = department == null ? null : department.getId();
        this.departmentName = department == null ? null : department.getName();
        this.roles = Set.copyOf(account.getRoles());
        this.enabled = account.isEnabled();
        this.mustChangePassword = account.isMustChangePassword();
        this.passwordHash = account.getPasswordHash();
    }

    public long getId() {
        return id;
    }

    @Override
    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public @Nullable Long getDepartmentId() {
        return departmentId;
    }

    public @Nullable LocalizedName getDepartmentName() {
        return departmentName;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Equal by username: the session registry finds a user's sessions by a principal built afresh. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
