package vn.gov.quangninh.cooperation.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two people in two browsers edit the same agreement: the second save shows what the first one
 * changed and keeps the second person's text; the agreement's history then shows the first change.
 */
@BrowserJourney
class SaveConflictIT {

    @Test
    void theSecondSaveShowsTheFirstAndOverwritesNothing(Chromium chromium) {
        var staff = chromium.newPage();
        var manager = chromium.newPage();
        SignInJourneyIT.signIn(staff, "staff");
        SignInJourneyIT.signIn(manager, "manager");
        staff.navigate(PackagedApp.baseUrl() + "/agreements/1/edit");
        manager.navigate(PackagedApp.baseUrl() + "/agreements/1/edit");

        staff.locator("#title-en input").fill("Title typed by the staff member");
        manager.locator("#title-en input").fill("Title saved by the manager");
        manager.locator("#save-agreement").click();
        assertThat(manager).hasURL(Pattern.compile(".*/agreements/1$"));

        staff.locator("#save-agreement").click();
        var changed = staff.locator(".conflict-change");
        assertThat(changed.first()).isVisible();
        staff.waitForTimeout(600); // the dialog fades in: a screenshot at once shows only the curtain
        Chromium.screenshot(staff, "40-save-conflict");
        assertThat(staff.getByText("Người khác vừa lưu bản ghi này")).isVisible();
        assertThat(changed.filter(new Locator.FilterOptions().setHasText("Title saved by the manager")))
                .containsText("Title typed by the staff member");
        assertThat(staff.locator("#title-en input")).hasValue("Title typed by the staff member");

        staff.locator("#conflict-reload").click();
        assertThat(staff.locator("#title-en input")).hasValue("Title saved by the manager");
        staff.navigate(PackagedApp.baseUrl() + "/agreements/1");
        staff.locator("#history vaadin-details-summary").click();
        assertThat(staff.locator("#history vaadin-grid")).containsText("Title saved by the manager");
        staff.locator("#history").scrollIntoViewIfNeeded();
        Chromium.screenshot(staff, "41-agreement-history");
    }
}
