package vn.gov.quangninh.cooperation.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.quangninh.cooperation.base.i18n.Languages;
import vn.gov.quangninh.cooperation.report.DemoReport;
import vn.gov.quangninh.cooperation.report.PdfChecks;
import vn.gov.quangninh.cooperation.report.ReportRenderer;
import vn.gov.quangninh.cooperation.report.ReportRequest;
import vn.gov.quangninh.cooperation.security.AccountService;
import vn.gov.quangninh.cooperation.testsupport.Browser;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * A report controller over HTTP through the real filter chains, with the demo report: who gets the
 * PDF, with which headers, and what bad parameters get.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportHttpTest {

    private static final String REPORT = "/reports/counterpart-localities.pdf";
    private static final String PERIOD = "?from=2026-01-01&to=2026-12-31";
    /** The password of the demo accounts (security.DemoAccounts). */
    private static final String PASSWORD = "QuangNinh@2026";

    /** The pattern of every report controller, on the demo report. */
    @ReportController
    static class DemoReportController {

        private final ReportRenderer renderer;
        private final ReportHttp http;

        DemoReportController(ReportRenderer renderer, ReportHttp http) {
            this.renderer = renderer;
            this.http = http;
        }

        @GetMapping(REPORT)
        ResponseEntity<byte[]> localities(
                @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
            ReportResponses.requireOrdered("from", from, "to", to);
            return ReportResponses.pdf(renderer.render(DemoReport.request(http.language(), DemoReport.ROWS, from, to)));
        }

        /** A report whose template is missing: what a broken report answers. */
        @GetMapping("/reports/broken.pdf")
        ResponseEntity<byte[]> broken() {
            return ReportResponses.pdf(renderer.render(
                    ReportRequest.of("no-such-report").title("report.total").build()));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DemoReportControllerConfig {
        @Bean
        DemoReportController demoReportController(ReportRenderer renderer, ReportHttp http) {
            return new DemoReportController(renderer, http);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    SignedIn signedIn;

    @Autowired
    AccountService accounts;

    private Browser signedIn(String username) {
        var browser = new Browser(port);
        browser.signIn(username, PASSWORD);
        return browser;
    }

    @Test
    void anonymousBrowsersAreSentToTheLoginPage() {
        var answer = new Browser(port).get(REPORT + PERIOD);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(Browser.location(answer)).endsWith("/login");
    }

    @Test
    void anonymousProgramsGet401() {
        assertThat(new Browser(port).getJson(REPORT + PERIOD).statusCode()).isEqualTo(401);
        assertThat(new Browser(port).getWithoutAccept(REPORT + PERIOD).statusCode())
                .isEqualTo(401);
    }

    @Test
    void afterSigningInTheBrowserIsSentBackToItsReport() {
        var browser = new Browser(port);
        browser.get(REPORT + PERIOD);
        var signIn = browser.signIn("official", PASSWORD);
        // Spring Security marks the way back with "continue", to find the saved request.
        var back = Browser.location(signIn);
        assertThat(back).contains(REPORT + PERIOD);
        var report = browser.download(back.substring(back.indexOf(REPORT)));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
    }

    @ParameterizedTest(name = "{0} downloads the PDF")
    @ValueSource(strings = {"admin", "manager", "staff", "official"})
    void everyRoleGetsThePdfAsAnAttachment(String username) {
        var answer = signedIn(username).download(REPORT + PERIOD);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(answer.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"counterpart-localities-" + LocalDate.now(clock) + ".pdf\"");
        assertThat(answer.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        var pdf = answer.body();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " "))
                .contains("DANH MỤC ĐỊA PHƯƠNG ĐỐI TÁC")
                .contains("广西壮族自治区")
                .contains("Người lập: ");
    }

    @Test
    void aMalformedDateIsA400WithATranslatedSentence() {
        var answer = signedIn("staff").get(REPORT + "?from=2026-13-01&to=2026-12-31");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(answer.body())
                .isEqualTo(
                        "Ngày \"2026-13-01\" của tham số from không hợp lệ: hãy ghi theo dạng năm-tháng-ngày, ví dụ 2026-01-31.");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsA400() {
        var answer = signedIn("staff").get(REPORT + "?from=2026-12-31&to=2026-01-01");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .isEqualTo("Ngày bắt đầu (2026-12-31) phải trước hoặc trùng ngày kết thúc (2026-01-01).");
    }

    @Test
    void aMissingParameterIsA400() {
        var answer = signedIn("staff").get(REPORT + "?from=2026-01-01");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("Thiếu tham số to.");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at vn.");
    }

    @Test
    void aBrokenReportIsA500WithATranslatedSentenceAndNoDetails() {
        var answer = signedIn("staff").get("/reports/broken.pdf");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
        assertThat(answer.body())
                .isEqualTo("Không tạo được báo cáo. Vui lòng thử lại; nếu vẫn lỗi, hãy báo cho quản trị hệ thống.");
    }

    @Test
    void usersWhoChoseEnglishGetEnglishReportsAndMessages() {
        signedIn.as("manager");
        accounts.changeOwnLanguage(Languages.ENGLISH);
        signedIn.out();
        try {
            var browser = signedIn("manager");
            assertThat(browser.get(REPORT + "?from=2026-12-31&to=2026-01-01").body())
                    .isEqualTo("The start date (2026-12-31) must not be after the end date (2026-01-01).");
            var pdf = browser.download(REPORT + PERIOD).body();
            assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " "))
                    .contains("COUNTERPART LOCALITIES")
                    .contains("From: 1 Jan 2026")
                    .contains("DEPARTMENT OF FOREIGN AFFAIRS");
        } finally {
            signedIn.as("manager");
            accounts.changeOwnLanguage(Languages.VIETNAMESE);
            signedIn.out();
        }
    }

    @Test
    void theReportsViewPathItselfIsLeftToVaadin() {
        var answer = new Browser(port).get("/reports");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(Browser.location(answer)).endsWith("/login");
    }
}
