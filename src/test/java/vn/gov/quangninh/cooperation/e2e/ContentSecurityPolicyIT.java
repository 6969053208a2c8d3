package vn.gov.quangninh.cooperation.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The production bundle runs under the Content-Security-Policy in a real browser: the login page,
 * the home page and an administration page with a lazy grid, a combo box and date pickers work
 * without a single violation, and a script injected into the page is refused.
 */
@BrowserJourney
class ContentSecurityPolicyIT {

    /** Every violation the page reports, from the console and from the DOM event. */
    private static List<String> watchViolations(Page page) {
        var violations = new CopyOnWriteArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        return violations;
    }

    @Test
    void theApplicationRunsWithoutViolations(Chromium chromium) {
        var page = chromium.newPage();
        var violations = watchViolations(page);

        var login = page.navigate(PackagedApp.baseUrl() + "/login");
        assertThat(login.headers().get("content-security-policy")).contains("'nonce-");
        assertThat(page.locator("vaadin-login-form")).isVisible();

        SignInJourneyIT.signIn(page, "admin");
        assertThat(page.locator("#home-greeting")).hasText("Xin chào, Trần Quốc Bảo");
        page.locator("vaadin-side-nav-item").getByText("Nhật ký bảo mật").click();
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .getByText("Đăng nhập")
                        .first())
                .isVisible();
        page.locator("vaadin-combo-box").first().click();
        assertThat(page.locator("vaadin-combo-box-item").first()).isVisible();
        page.keyboard().press("Escape");
        page.locator("vaadin-date-picker input").first().click();
        assertThat(page.locator("vaadin-date-picker[opened]")).isAttached();
        page.keyboard().press("Escape");
        page.locator("#user-menu").click();
        assertThat(page.locator("#menu-sign-out")).isVisible();
        Chromium.screenshot(page, "07-audit-under-csp");

        assertThat(violations).isEmpty();
    }

    @Test
    void anInjectedScriptIsRefused(Chromium chromium) {
        var page = chromium.newPage();
        var violations = watchViolations(page);
        page.navigate(PackagedApp.baseUrl() + "/login");
        assertThat(page.locator("vaadin-login-form")).isVisible();

        page.evaluate("() => { const s = document.createElement('script');"
                + " s.textContent = 'window.injected = true'; document.head.appendChild(s); }");

        assertThat(page.evaluate("() => window.injected === true")).isEqualTo(false);
        assertThat(violations).anySatisfy(violation -> assertThat(violation).contains("script-src"));
    }
}
