package vn.gov.quangninh.cooperation.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.base.i18n.Languages;

/**
 * The interface language: the signed-in user's stored choice; before sign-in (and after sign-out)
 * the last choice made in this browser; Vietnamese otherwise.
 */
@Component
public class LanguagePreference {

    static final String COOKIE = "lang";
    private static final int COOKIE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    private final CurrentUser currentUser;
    private final AccountService accountService;

    LanguagePreference(CurrentUser currentUser, AccountService accountService) {
        this.currentUser = currentUser;
        this.accountService = accountService;
    }

    public Locale current() {
        if (currentUser.get().isPresent()) {
            return accountService.ownLanguage();
        }
        var request = VaadinRequest.getCurrent();
        var cookies = request == null ? null : request.getCookies();
        return cookies == null
                ? Languages.VIETNAMESE
                : Arrays.stream(cookies)
                        .filter(cookie -> COOKIE.equals(cookie.getName()))
                        .findFirst()
                        .map(cookie -> Languages.fromTag(cookie.getValue()))
                        .orElse(Languages.VIETNAMESE);
    }

    /** Switches the interface language now, and remembers it for the user and this browser. */
    public void switchTo(Locale language) {
        var supported = Languages.supported(language);
        if (currentUser.get().isPresent()) {
            accountService.changeOwnLanguage(supported);
        }
        remember(supported);
        var ui = UI.getCurrent();
        ui.setLocale(supported);
        // Rebuild the open view (and the layout) so that every text follows the new language.
        ui.refreshCurrentRoute(true);
    }

    private static void remember(Locale language) {
        var response = VaadinResponse.getCurrent();
        var request = VaadinRequest.getCurrent();
        if (response == null || request == null) {
            return;
        }
        var cookie = new Cookie(COOKIE, language.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        // Over HTTPS (production), never sent over plain HTTP; the embedded default runs on http://localhost.
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
