package vn.gov.quangninh.cooperation.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.quangninh.cooperation.testsupport.TestFiles;

/**
 * The follow-up loop: a staff member of the foreign affairs department (which supports UBCTLH16-07,
 * the Móng Cái – Đông Hưng tours) reports it complete with a PDF as evidence; the manager approves it
 * from the review queue; the dashboard's numbers move accordingly.
 */
@BrowserJourney
class CommitmentJourneyIT {

    private static final String CODE = "UBCTLH16-07";
    private static final String EVIDENCE = "bien-ban-khai-truong-tour.pdf";

    private static int tile(Page page, String id) {
        var text = page.locator("#" + id).textContent().replace(".", "").strip();
        return Integer.parseInt(text);
    }

    @Test
    void staffReportCompletionWithAPdfAndTheManagerApprovesIt(Chromium chromium) {
        var manager = chromium.newPage();
        SignInJourneyIT.signIn(manager, "manager");
        assertThat(manager).hasURL(Pattern.compile(".*/dashboard(\\?continue)?$"));
        var completeBefore = tile(manager, "tile-complete");
        var reviewBefore = tile(manager, "tile-review");

        var staff = chromium.newPage();
        SignInJourneyIT.signIn(staff, "staff");
        staff.navigate(PackagedApp.baseUrl() + "/commitments");
        staff.locator("#quick-mine").click();
        assertThat(staff).hasURL(Pattern.compile(".*/commitments\\?department=\\d+$"));
        // The cells are templates the browser draws: code, flags, both titles and the level badge.
        var mine = staff.locator("#commitments .code-cell").filter(new Locator.FilterOptions().setHasText(CODE));
        assertThat(mine.first()).isVisible();
        assertThat(staff.locator("#commitments .title-zh[lang=zh]").first()).isVisible();
        assertThat(staff.locator("#commitments vaadin-badge[class^=completion-]")
                        .first())
                .isVisible();
        Chromium.screenshot(staff, "29-commitments-mine");
        staff.locator("#commitments")
                .getByText(CODE, new Locator.GetByTextOptions().setExact(true))
                .first()
                .click();
        assertThat(staff.locator("#commitment-code")).hasText(CODE);

        staff.locator("#new-update").click();
        staff.locator("#narrative-vi textarea")
                .fill("Đã khai trương tuyến tour Móng Cái – Đông Hưng (芒街—东兴) ngày 15/11/2026; "
                        + "hai bên đón 1.200 lượt khách tuần đầu.");
        staff.locator("#proposed-level vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Hoàn thành"))
                .locator("input")
                .check();
        staff.locator("#letter-number input").fill("1876/SDL-QLDL");
        staff.locator("#save-update").click();
        assertThat(staff).hasURL(Pattern.compile(".*/commitments/\\d+/updates/\\d+$"));

        staff.locator("#document-upload input[type=file]")
                .setInputFiles(
                        TestFiles.named(TestFiles.pdf("Biên bản khai trương tour Móng Cái – Đông Hưng"), EVIDENCE));
        assertThat(staff.locator("vaadin-grid").getByText(EVIDENCE).first()).isVisible();
        Chromium.screenshot(staff, "30-update-with-evidence");
        staff.locator("#submit-update").click();

        assertThat(staff).hasURL(Pattern.compile(".*/commitments/\\d+$"));
        var card = staff.locator(".update-card").first();
        assertThat(card.locator("vaadin-badge").first()).hasText("Chờ duyệt");
        assertThat(card.getByText(EVIDENCE).first()).isVisible();
        Chromium.screenshot(staff, "31-update-submitted");

        manager.navigate(PackagedApp.baseUrl() + "/dashboard");
        assertThat(manager.locator("#tile-review")).hasText(String.valueOf(reviewBefore + 1));
        manager.locator("#tile-review").click();
        assertThat(manager.locator("#commitments")
                        .getByText(CODE, new Locator.GetByTextOptions().setExact(true))
                        .first())
                .isVisible();

        manager.navigate(PackagedApp.baseUrl() + "/review");
        var item = manager.locator(".review-item").filter(new Locator.FilterOptions().setHasText(CODE));
        assertThat(item.getByText(EVIDENCE).first()).isVisible();
        assertThat(item.getByText("Văn bản số 1876/SDL-QLDL")).isVisible();
        Chromium.screenshot(manager, "32-review-queue");
        item.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Duyệt"))
                .click();
        assertThat(manager.locator(".review-item").filter(new Locator.FilterOptions().setHasText(CODE)))
                .hasCount(0);

        manager.navigate(PackagedApp.baseUrl() + "/dashboard");
        assertThat(manager.locator("#tile-complete")).hasText(String.valueOf(completeBefore + 1));
        assertThat(manager.locator("#tile-review")).hasText(String.valueOf(reviewBefore));
        Chromium.screenshot(manager, "33-dashboard-after-approval");
        manager.locator("#tile-complete").click();
        assertThat(manager).hasURL(Pattern.compile(".*/commitments\\?completion=COMPLETE$"));
        assertThat(manager.locator("#commitments")
                        .getByText(CODE, new Locator.GetByTextOptions().setExact(true))
                        .first())
                .isVisible();
        assertThat(manager.locator("#commitment-count")).hasText((completeBefore + 1) + " cam kết");
    }
}
