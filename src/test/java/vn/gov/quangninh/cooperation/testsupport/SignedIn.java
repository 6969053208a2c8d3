package vn.gov.quangninh.cooperation.testsupport;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Puts an account from the database into the security context, as a successful sign-in does.
 * A bean, because every cached test application context has its own security context strategy
 * (Vaadin installs one per context); the static holder alone may belong to another context.
 */
@Component
public class SignedIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy strategy;

    SignedIn(UserDetailsService users, SecurityContextHolderStrategy strategy) {
        this.users = users;
        this.strategy = strategy;
    }

    public void as(String username) {
        var user = users.loadUserByUsername(username);
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    public void out() {
        strategy.clearContext();
        SecurityContextHolder.clearContext();
    }
}
