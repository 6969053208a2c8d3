package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.util.DisconnectedClientHelper;
import vn.gov.quangninh.cooperation.base.RuleViolationException;

/**
 * What a user sees when an action fails unexpectedly: a translated sentence, never a stack trace.
 * The details go to the log.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(new UserFacingErrorHandler()));
    }

    /** A translation key and its parameters. */
    record UserMessage(String key, @Nullable RuleViolationException violation) {

        static final UserMessage UNEXPECTED = new UserMessage("error.unexpected", null);

        static UserMessage of(Throwable error) {
            for (var cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof RuleViolationException violation) {
                    return new UserMessage(violation.getMessageKey(), violation);
                }
                if (cause instanceof AccessDeniedException) {
                    return new UserMessage("error.access-denied", null);
                }
                if (cause instanceof OptimisticLockingFailureException) {
                    return new UserMessage("error.concurrent-edit", null);
                }
                if (cause instanceof DataAccessResourceFailureException
                        || cause instanceof CannotCreateTransactionException) {
                    return new UserMessage("error.database-unavailable", null);
                }
            }
            return UNEXPECTED;
        }
    }

    static final class UserFacingErrorHandler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            var error = event.getThrowable();
            // A tab closed while its answer was on the way: nothing failed, and nobody is left to tell.
            if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
                log.debug("The browser left before the answer: {}", error.toString());
                return;
            }
            var message = UserMessage.of(error);
            if (message == UserMessage.UNEXPECTED) {
                log.error("Unexpected error in the user interface", error);
            } else {
                log.warn("Action refused or failed: {} ({})", message.key(), error.toString());
            }
            var ui = UI.getCurrent();
            // A detached UI would refuse access, and that refusal would become the next error.
            if (ui != null && ui.isAttached()) {
                ui.access(() -> Notifications.error(
                        message.violation() == null
                                ? ui.getTranslation(message.key())
                                : message.violation().message(ui::getTranslation)));
            }
        }
    }
}
