package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Only wrong passwords count towards a block: when the accounts cannot be read (the database is
 * down or overloaded), the person trying is not guessing, and must not be locked out for it.
 */
class GuardedAuthenticationProviderTest {

    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private final SignInGuard guard = new SignInGuard(
            3,
            Duration.ofMinutes(15),
            Duration.ofMinutes(15),
            Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC),
            mock(SecurityAudit.class));
    private final GuardedAuthenticationProvider provider = new GuardedAuthenticationProvider(passwords(), guard);

    private AuthenticationProvider passwords() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                if (databaseDown.get()) {
                    throw new InternalAuthenticationServiceException("Connection is not available");
                }
                if (!"right".equals(attempt.getCredentials())) {
                    throw new BadCredentialsException("wrong password");
                }
                return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }

    private Authentication signIn(String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("staff", password));
    }

    @Test
    void outagesDoNotCountAsFailedSignIns() {
        databaseDown.set(true);
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> signIn("right")).isInstanceOf(InternalAuthenticationServiceException.class);
        }
        databaseDown.set(false);
        assertThat(signIn("right").isAuthenticated()).isTrue();
    }

    @Test
    void wrongPasswordsStillDo() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("right")).isInstanceOf(SignInBlockedException.class);
    }
}
