package vn.gov.quangninh.cooperation.report.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.i18n.Languages;
import vn.gov.quangninh.cooperation.security.AccountService;
import vn.gov.quangninh.cooperation.security.CurrentUser;

/** What a report controller needs to know about the request beyond its parameters. */
@Component
public class ReportHttp {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    ReportHttp(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    /**
     * The language a link asks for ({@code lang=vi|en}), or the signed-in user's when it asks for
     * none; anything else is a bad parameter (400).
     */
    public Locale language(@Nullable String lang) {
        if (lang == null || lang.isBlank()) {
            return language();
        }
        return Languages.SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(lang))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("lang", "report.error.bad-parameter", "lang", lang));
    }

    /** The signed-in user's interface language, in which their reports and error messages are written. */
    public Locale language() {
        return currentUser.get().isPresent() ? accounts.ownLanguage() : Languages.VIETNAMESE;
    }
}
