package vn.gov.quangninh.cooperation.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in behind the {@link SignInGuard}: blocked attempts never reach the password check. */
final class GuardedAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInGuard guard;

    GuardedAuthenticationProvider(AuthenticationProvider passwords, SignInGuard guard) {
        this.passwords = passwords;
        this.guard = guard;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication attempt) {
        var username = UserAccount.normalizeUsername(attempt.getName());
        var address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        guard.checkAllowed(username, address);
        try {
            var result = passwords.authenticate(attempt);
            guard.succeeded(username);
            return result;
        } catch (AuthenticationServiceException outage) {
            // The accounts could not be read (database down or overloaded): nobody guessed wrong.
            throw outage;
        } catch (AuthenticationException failure) {
            guard.failed(username, address);
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
