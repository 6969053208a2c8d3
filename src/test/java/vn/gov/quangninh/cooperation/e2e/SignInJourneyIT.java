package vn.gov.quangninh.cooperation.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A staff member opens the application, is sent to the login page, signs in, reads the home page in
 * Vietnamese, switches to English, and signs out.
 */
@BrowserJourney
class SignInJourneyIT {

    static void signIn(Page page, String username) {
        page.navigate(PackagedApp.baseUrl() + "/");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("QuangNinh@2026");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("vaadin-app-layout").waitFor();
    }

    @Test
    void staffSignsInReadsVietnameseSwitchesToEnglishAndSignsOut(Chromium chromium) {
        var page = chromium.newPage();

        page.navigate(PackagedApp.baseUrl() + "/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.getByText("Theo dõi hợp tác Quảng Ninh – Trung Quốc")).isVisible();
        Chromium.screenshot(page, "01-login-vi");

        signIn(page, "staff");
        assertThat(page).hasURL(Pattern.compile("^http://localhost:\\d+/(\\?continue)?$"));
        assertThat(page.locator("#home-greeting")).hasText("Xin chào, Nguyễn Văn Dương");
        assertThat(page.locator("#home-role")).hasText("Vai trò: Cán bộ chuyên môn");
        assertThat(page.locator(".view-title")).hasText("Trang chủ");
        Chromium.screenshot(page, "02-home-vi");

        page.locator("#language-en").click();
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Nguyễn Văn Dương");
        assertThat(page.locator("#home-role")).hasText("Role: Staff");
        assertThat(page.locator(".view-title")).hasText("Home");
        Chromium.screenshot(page, "03-home-en");

        page.locator("#user-menu").click();
        page.getByText("Sign out").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        assertThat(page.getByText("You have signed out.")).isVisible();
        Chromium.screenshot(page, "04-signed-out-en");

        // The choice is the user's: it is waiting for them at the next sign-in, in any browser.
        var elsewhere = chromium.newPage();
        signIn(elsewhere, "staff");
        assertThat(elsewhere.locator("#home-greeting")).hasText("Welcome, Nguyễn Văn Dương");
        elsewhere.locator("#language-vi").click();
        assertThat(elsewhere.locator("#home-greeting")).hasText("Xin chào, Nguyễn Văn Dương");
    }

    @Test
    void homePageFitsAPhone(Chromium chromium) {
        var phone = chromium.newPage(390, 844);
        signIn(phone, "admin");
        assertThat(phone.locator("#home-greeting")).hasText("Xin chào, Trần Quốc Bảo");
        assertThat(phone.locator("vaadin-drawer-toggle")).isVisible();
        Chromium.screenshot(phone, "05-home-phone");
        phone.locator("vaadin-drawer-toggle").click();
        assertThat(phone.locator("vaadin-app-layout[drawer-opened]")).isAttached();
        assertThat(phone.locator("vaadin-side-nav-item").getByText("Tài khoản")).isInViewport();
        // The drawer slides in: the picture is of it in place, not half-way.
        phone.waitForFunction("() => document.querySelector('vaadin-app-layout')"
                + ".shadowRoot.querySelector('[part=drawer]').getBoundingClientRect().left >= 0");
        Chromium.screenshot(phone, "06-navigation-phone");
    }
}
