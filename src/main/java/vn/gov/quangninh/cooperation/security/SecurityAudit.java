package vn.gov.quangninh.cooperation.security;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.gov.quangninh.cooperation.base.i18n.Languages;

/**
 * Writes the security audit log: one row in {@code security_event} and one line in the application
 * log per event, with the remote address of the current request. Never a password.
 */
@Component
public class SecurityAudit {

    private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);
    /** Line breaks and other control characters in a username would forge log lines. */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

    private final SecurityEventRepository events;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;
    private final Clock clock;

    SecurityAudit(SecurityEventRepository events, CurrentUser currentUser, I18NProvider i18n, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * Records an event on its own: a refusal is kept even though the action it refused rolls back.
     *
     * @param username who signed in or tried to, or who was refused; null when unknown
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventType type, @Nullable String username, AuditDetail detail) {
        log(events.save(event(type, username, detail)));
    }

    /** Records an event of the signed-in user on its own, like {@link #record}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordForCurrentUser(SecurityEventType type, AuditDetail detail) {
        record(type, currentUsername(), detail);
    }

    /**
     * Records a change made by the signed-in user within the change's own transaction: the row and
     * the log line exist only if the change commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(SecurityEventType type, AuditDetail detail) {
        var event = events.save(event(type, currentUsername(), detail));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                log(event);
            }
        });
    }

    private SecurityEvent event(SecurityEventType type, @Nullable String username, AuditDetail detail) {
        return new SecurityEvent(
                clock.instant(),
                type,
                username,
                remoteAddress(),
                detail,
                detail.in((key, values) -> i18n.getTranslation(key, Languages.ENGLISH, values)),
                detail.in((key, values) -> i18n.getTranslation(key, Languages.VIETNAMESE, values)));
    }

    private @Nullable String currentUsername() {
        return currentUser.get().map(AccountPrincipal::getUsername).orElse(null);
    }

    /** The client's address; behind a proxy, from its forwarded headers (mysql profile). */
    private static @Nullable String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }

    private static void log(SecurityEvent event) {
        var failure = switch (event.getType()) {
            case SIGN_IN_FAILED, SIGN_IN_BLOCKED, ACCESS_DENIED -> true;
            default -> false;
        };
        var line = "Security event {}: user={} address={} {}";
        Object[] values = {
            event.getType(), clean(event.getUsername()), clean(event.getRemoteAddress()), clean(event.getDetail())
        };
        if (failure) {
            log.warn(line, values);
        } else {
            log.info(line, values);
        }
    }

    private static String clean(@Nullable String value) {
        return value == null ? "-" : CONTROL_CHARACTERS.matcher(value).replaceAll("_");
    }
}
