package vn.gov.quangninh.cooperation.security;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused by brute-force protection before the password is looked at. The user sees the
 * same message as for any failed sign-in. {@code DefaultAuthenticationEventPublisher} publishes no
 * failure event for it (it maps only Spring's own exceptions), so a block is audited once, when it
 * begins, and not once per refused attempt.
 */
class SignInBlockedException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    SignInBlockedException() {
        super("Too many failed sign-ins: try again later");
    }
}
