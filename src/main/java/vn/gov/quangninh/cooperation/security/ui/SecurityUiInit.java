package vn.gov.quangninh.cooperation.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.security.ContentSecurityPolicy;
import vn.gov.quangninh.cooperation.security.CurrentUser;
import vn.gov.quangninh.cooperation.security.LanguagePreference;

/**
 * For every new browser tab: the user's language, and no way past the password form while the
 * account still has a temporary password. For every page: the nonce of the Content-Security-Policy
 * on its inline scripts. And an idle session really ends (see {@link #endHttpSession}).
 */
@Component
class SecurityUiInit implements VaadinServiceInitListener {

    private final LanguagePreference languagePreference;
    private final CurrentUser currentUser;

    SecurityUiInit(LanguagePreference languagePreference, CurrentUser currentUser) {
        this.languagePreference = languagePreference;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            ui.setLocale(languagePreference.current());
            ui.addBeforeEnterListener(this::requireNewPassword);
        });
        event.addIndexHtmlRequestListener(SecurityUiInit::allowInlineScripts);
        event.getSource().addSessionDestroyListener(SecurityUiInit::endHttpSession);
    }

    /**
     * Vaadin's heartbeat keeps the HTTP session alive while a tab is open; with
     * {@code vaadin.closeIdleSessions} Vaadin closes its own session after the session timeout
     * without user activity, but leaves the HTTP session, and with it the sign-in, in place. End it
     * too, as Vaadin's maintainers advise (vaadin/flow#6763), so that the next request signs in again.
     */
    private static void endHttpSession(SessionDestroyEvent event) {
        var httpSession = event.getSession().getSession();
        if (httpSession == null) {
            return;
        }
        try {
            httpSession.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // The HTTP session ended first (sign-out, container timeout) and took Vaadin's with it.
        }
    }

    /** The bootstrap page's own inline scripts run; any other inline script is refused. */
    private static void allowInlineScripts(IndexHtmlResponse page) {
        if (page.getVaadinRequest().getAttribute(ContentSecurityPolicy.NONCE_ATTRIBUTE) instanceof String nonce) {
            page.getDocument().getElementsByTag("script").attr("nonce", nonce);
        }
    }

    private void requireNewPassword(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        if (currentUser.get().filter(user -> user.isMustChangePassword()).isPresent()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
