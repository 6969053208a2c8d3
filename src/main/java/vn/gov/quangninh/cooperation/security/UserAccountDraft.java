package vn.gov.quangninh.cooperation.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the administrator fills in for an account. A form model, not the entity: the service turns
 * it into the entity's named changes. The constraints mirror the columns.
 */
public class UserAccountDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private @Nullable Long id;
    private long version;

    @NotBlank
    @Size(max = UserAccount.USERNAME_LENGTH)
    @Pattern(regexp = UserAccount.USERNAME_PATTERN, message = "{account.username.pattern}")
    private String username = "";

    @NotBlank
    @Size(max = UserAccount.FULL_NAME_LENGTH)
    private String fullName = "";

    @Email
    @Size(max = UserAccount.EMAIL_LENGTH)
    private String email = "";

    private @Nullable DepartmentOption department;

    @NotEmpty
    private Set<String> roles = new TreeSet<>();

    private boolean enabled = true;

    public static UserAccountDraft of(UserAccount account) {
        var draft = new UserAccountDraft();
        draft.id = account.getId();
        draft.version = account.getVersion();
        draft.username = account.getUsername();
        draft.fullName = account.getFullName();
        draft.email = account.getEmail() == null ? "" : account.getEmail();
        draft.department = account.getDepartment() == null ? null : DepartmentOption.of(account.getDepartment());
        draft.roles = new TreeSet<>(account.getRoles());
        draft.enabled = account.isEnabled();
        return draft;
    }

    public @Nullable Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public @Nullable DepartmentOption getDepartment() {
        return department;
    }

    public void setDepartment(@Nullable DepartmentOption department) {
        this.department = department;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public void setRoles(Set<String> roles) {
        this.roles = new TreeSet<>(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
