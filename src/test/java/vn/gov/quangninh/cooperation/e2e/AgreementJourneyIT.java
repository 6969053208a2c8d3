package vn.gov.quangninh.cooperation.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Staff record an agreement with Đông Hưng (东兴市), then find it again by typing its title without
 * diacritics and by typing 东兴, and open it.
 */
@BrowserJourney
class AgreementJourneyIT {

    private static final String TITLE = "Thỏa thuận hợp tác phát triển chợ biên giới Bắc Luân – Đông Hưng";

    private static void choose(Page page, String selectId, String itemText) {
        page.locator("#" + selectId).click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(itemText))
                .first()
                .click();
    }

    @Test
    void staffRecordsAnAgreementWithDongxingAndFindsItAgain(Chromium chromium) {
        var page = chromium.newPage();
        SignInJourneyIT.signIn(page, "staff");
        page.navigate(PackagedApp.baseUrl() + "/agreements");
        page.locator("#create-agreement").click();
        assertThat(page).hasURL(Pattern.compile(".*/agreements/new$"));

        page.locator("#reference-code input").fill("QN-DH/2026-07");
        page.locator("#title-vi input").fill(TITLE);
        choose(page, "kind", "Thỏa thuận hợp tác");
        choose(page, "level", "UBND tỉnh");
        page.locator("#counterparts input").fill("东兴");
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Đông Hưng (东兴市)"))
                .click();
        page.keyboard().press("Escape");
        page.locator("#fields vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Thương mại"))
                .locator("input")
                .check();
        page.locator("#lead-department input").fill("Công Thương");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Sở Công Thương"))
                .click();
        Chromium.screenshot(page, "10-agreement-form");
        page.locator("#save-agreement").click();

        assertThat(page).hasURL(Pattern.compile(".*/agreements/\\d+$"));
        assertThat(page.locator("#agreement-title")).hasText(TITLE);
        assertThat(page.locator("#agreement-counterparts")).hasText("Đông Hưng (东兴市)");
        var detailUrl = page.url();
        Chromium.screenshot(page, "11-agreement-created");

        page.navigate(PackagedApp.baseUrl() + "/agreements");
        page.locator("#filter-text input").fill("cho bien gioi bac luan");
        var row = page.locator("#agreements").getByText(TITLE);
        assertThat(row).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/agreements\\?q=cho(\\+|%20)bien.*"));
        Chromium.screenshot(page, "12-found-without-diacritics");

        page.locator("#filter-text input").fill("东兴");
        assertThat(row).isVisible();
        assertThat(page.locator("#agreements").getByText("Biên bản ghi nhớ hợp tác giữa Chi cục Hải quan"))
                .isVisible();
        Chromium.screenshot(page, "13-found-by-chinese");

        row.click();
        assertThat(page).hasURL(detailUrl);
        assertThat(page.locator("#agreement-title")).hasText(TITLE);
    }
}
