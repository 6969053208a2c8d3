package vn.gov.quangninh.cooperation.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user, for views and services that need more than a role check. */
@Component
public class CurrentUser {

    public Optional<AccountPrincipal> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public AccountPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** True for the roles that record and change agreements and meetings (not OFFICIAL). */
    public boolean isEditor() {
        return get().filter(user -> AppRoles.EDITORS.stream().anyMatch(user::hasRole))
                .isPresent();
    }

    /** Who is acting, for the records that say who did what: a person, or the system. */
    public Actor actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AccessDeniedException("Not signed in");
        }
        return get().map(user -> new Actor(user.getUsername(), user.getFullName()))
                .orElseGet(() -> new Actor(authentication.getName(), authentication.getName()));
    }

    /** The user (or the system) behind a change, as history records keep them. */
    public record Actor(String username, String fullName) {}
}
