package vn.gov.quangninh.cooperation.security;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** Turns Spring Security's own events (sign-in, sign-out, refusals) into audit rows. */
@Component
class SecurityEventListener {

    private final SecurityAudit audit;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    SecurityEventListener(SecurityAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        audit.record(
                SecurityEventType.SIGN_IN,
                event.getAuthentication().getName(),
                AuditDetail.of(AuditDetail.Kind.SIGNED_IN));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        audit.record(
                SecurityEventType.SIGN_IN_FAILED,
                UserAccount.normalizeUsername(event.getAuthentication().getName()),
                reason(event.getException()));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        audit.record(
                SecurityEventType.SIGN_OUT,
                event.getAuthentication().getName(),
                AuditDetail.of(AuditDetail.Kind.SIGNED_OUT));
    }

    /**
     * A signed-in user refused a service method or a URL. Anonymous visitors are left out: every
     * visit before signing in is refused once on its way to the login page.
     */
    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        var authentication = event.getAuthentication().get();
        if (!trustResolver.isAuthenticated(authentication)) {
            return;
        }
        audit.record(SecurityEventType.ACCESS_DENIED, authentication.getName(), describe(event.getObject()));
    }

    private static AuditDetail reason(AuthenticationException failure) {
        return switch (failure) {
            case BadCredentialsException ignored -> AuditDetail.of(AuditDetail.Kind.BAD_CREDENTIALS);
            case DisabledException ignored -> AuditDetail.of(AuditDetail.Kind.REFUSED_DISABLED);
            default ->
                AuditDetail.of(AuditDetail.Kind.FAILURE, failure.getClass().getSimpleName());
        };
    }

    private static AuditDetail describe(Object secured) {
        return switch (secured) {
            case MethodInvocation call ->
                AuditDetail.of(
                        AuditDetail.Kind.METHOD,
                        call.getMethod().getDeclaringClass().getSimpleName() + "."
                                + call.getMethod().getName());
            case HttpServletRequest request ->
                AuditDetail.of(AuditDetail.Kind.URL, request.getMethod(), request.getRequestURI());
            default ->
                AuditDetail.of(AuditDetail.Kind.REFUSED, secured.getClass().getSimpleName());
        };
    }
}
