package vn.gov.quangninh.cooperation.report.web;

import java.util.Locale;
import org.springframework.stereotype.Component;
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

    /** The signed-in user's interface language, in which their reports and error messages are written. */
    public Locale language() {
        return currentUser.get().isPresent() ? accounts.ownLanguage() : Languages.VIETNAMESE;
    }
}
