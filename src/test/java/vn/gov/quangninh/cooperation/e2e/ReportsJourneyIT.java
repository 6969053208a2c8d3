package vn.gov.quangninh.cooperation.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.gov.quangninh.cooperation.report.PdfChecks;

/**
 * An official signs in, opens the reports, sets the period of the commitment status report with the
 * date picker's dd/MM/yyyy, generates it and downloads the PDF, whose text holds the Vietnamese and
 * Chinese of the sample data.
 */
@BrowserJourney
class ReportsJourneyIT {

    @Test
    void anOfficialDownloadsTheCommitmentStatusReport(Chromium chromium) throws IOException {
        var page = chromium.newPage();
        SignInJourneyIT.signIn(page, "official");
        page.locator("vaadin-side-nav-item").getByText("Báo cáo").click();
        assertThat(page.locator("#report-kind")).isVisible();
        var from = page.locator("#report-from input");
        from.fill("01/01/2016");
        from.press("Enter");
        assertThat(page.locator("#report-link input"))
                .hasValue(java.util.regex.Pattern.compile(
                        "/reports/commitment-status\\.pdf\\?from=2016-01-01&to=\\d{4}-12-31&lang=vi"));
        Chromium.screenshot(page, "60-reports-view");

        page.locator("#report-generate").click();
        // Seconds on a busy machine (the page shows its progress meanwhile): more than the five an
        // assertion waits by default.
        assertThat(page.locator("#report-download"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        Chromium.screenshot(page, "61-report-ready");
        var download =
                page.waitForDownload(() -> page.locator("#report-download").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("commitment-status-");
        var pdf = Files.readAllBytes(download.path());

        var text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        org.assertj.core.api.Assertions.assertThat(text)
                .contains("BÁO CÁO TÌNH HÌNH THỰC HIỆN CAM KẾT")
                .contains("Từ ngày: 01/01/2016")
                .contains("Người lập: Phạm Minh Quang")
                .contains("UBCTLH16-03")
                .contains("Sở Xây dựng")
                .contains("北丰生")
                .contains("横模");
    }
}
