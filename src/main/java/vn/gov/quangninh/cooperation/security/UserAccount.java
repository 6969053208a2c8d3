package vn.gov.quangninh.cooperation.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.i18n.Languages;

/** Someone who signs in: their roles, their department and their interface language. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    public static final int USERNAME_LENGTH = 50;
    public static final int FULL_NAME_LENGTH = 150;
    public static final int EMAIL_LENGTH = 254;
    // "*", not "+": an empty name is reported once, as required, not also as malformed.
    public static final String USERNAME_PATTERN = "[a-z0-9._-]*";

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Pattern(regexp = USERNAME_PATTERN)
    @Column(nullable = false, updatable = false, length = USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = FULL_NAME_LENGTH)
    @Column(name = "full_name", nullable = false, length = FULL_NAME_LENGTH)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private @Nullable Department department;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", length = 20)
    private Set<String> roles = new TreeSet<>();

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private @Nullable String email;

    @Column(nullable = false, length = 5)
    private String language = Languages.VIETNAMESE.getLanguage();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UserAccount() {}

    UserAccount(
            String username,
            String fullName,
            String passwordHash,
            Collection<String> roles,
            @Nullable Department department,
            Instant createdAt) {
        this.username = normalizeUsername(username);
        this.fullName = fullName.strip();
        this.passwordHash = passwordHash;
        this.department = department;
        this.createdAt = createdAt;
        assignRoles(roles);
    }

    /** Usernames are compared without regard to case on every database. */
    public static String normalizeUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public @Nullable Department getDepartment() {
        return department;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    /** Where the deadline digests go, if anywhere. */
    public @Nullable String getEmail() {
        return email;
    }

    public Locale getLanguage() {
        return Languages.fromTag(language);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void rename(String fullName) {
        this.fullName = fullName.strip();
    }

    void changeEmail(@Nullable String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    void moveTo(@Nullable Department department) {
        this.department = department;
    }

    void assignRoles(Collection<String> roles) {
        if (roles.isEmpty() || !AppRoles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("Unknown or no roles: " + roles);
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** A password chosen by the user themselves. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** A password set by someone else (an administrator, the installer): the user must replace it. */
    void resetPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    void preferLanguage(Locale locale) {
        this.language = Languages.supported(locale).getLanguage();
    }
}
