package vn.gov.quangninh.cooperation.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.report.PdfChecks;
import vn.gov.quangninh.cooperation.report.SampleMeetings;
import vn.gov.quangninh.cooperation.testsupport.Browser;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * The stable links of the four reports over HTTP, through the real filter chains and the sample
 * data: who gets them, with which headers and text, and what bad parameters get.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FeatureReportsHttpTest {

    private static final String PASSWORD = "QuangNinh@2026";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MeetingService meetings;

    private long committee16;
    private long springTalks2026;

    @BeforeEach
    void findMeetings() {
        signedIn.as("staff");
        committee16 = meeting(MeetingSeries.JOINT_WORKING_COMMITTEE, 16);
        springTalks2026 = meeting(MeetingSeries.SPRING_TALKS, 9);
        signedIn.out();
    }

    private long meeting(MeetingSeries series, int session) {
        return SampleMeetings.id(meetings, series, session);
    }

    private List<String> links() {
        return List.of(
                "/reports/agreement-register.pdf",
                "/reports/commitment-status.pdf?from=2016-01-01&to=2028-12-31",
                "/reports/meeting-minutes/" + committee16 + ".pdf",
                "/reports/review-pack/" + springTalks2026 + ".pdf");
    }

    private Browser signedIn(String username) {
        var browser = new Browser(port);
        browser.signIn(username, PASSWORD);
        return browser;
    }

    @Test
    void anonymousRequestsAreRefused() {
        for (var link : links()) {
            var browser = new Browser(port).get(link);
            assertThat(browser.statusCode()).as(link).isEqualTo(302);
            assertThat(Browser.location(browser)).as(link).endsWith("/login");
            assertThat(new Browser(port).getJson(link).statusCode()).as(link).isEqualTo(401);
        }
    }

    @ParameterizedTest(name = "{0} downloads every report")
    @ValueSource(strings = {"admin", "manager", "staff", "official"})
    void everyRoleDownloadsEveryReport(String username) {
        var browser = signedIn(username);
        var today = LocalDate.now(clock);
        var names = List.of(
                "agreement-register-" + today,
                "commitment-status-" + today,
                "meeting-minutes-ubctlh16-" + today,
                "review-pack-hddx2026-" + today);
        var links = links();
        for (int i = 0; i < links.size(); i++) {
            var answer = browser.download(links.get(i));
            assertThat(answer.statusCode()).as(links.get(i)).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(answer.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"" + names.get(i) + ".pdf\"");
            assertThat(PdfChecks.text(answer.body())).contains("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH");
        }
    }

    @Test
    void theLinksCarryTheirCriteriaAndLanguage() {
        var browser = signedIn("official");
        var register = browser.download("/reports/agreement-register.pdf?status=IN_FORCE&field=TOURISM&lang=en");
        assertThat(PdfChecks.text(register.body()).replaceAll("\\s+", " "))
                .contains("REGISTER OF COOPERATION AGREEMENTS")
                .contains("Status: In force")
                .contains("Field: Tourism")
                .contains("Page 1 / 1");
        var status =
                browser.download("/reports/commitment-status.pdf?from=2016-01-01&to=2028-12-31&meeting=" + committee16);
        assertThat(PdfChecks.text(status.body()).replaceAll("\\s+", " "))
                .contains("Hội nghị: Hội nghị lần thứ 16 Ủy ban công tác liên hợp")
                .contains("UBCTLH16-03")
                .doesNotContain("HDDX2024-02");
        var minutes = browser.download("/reports/meeting-minutes/" + committee16 + ".pdf?lang=en");
        assertThat(PdfChecks.text(minutes.body()).replaceAll("\\s+", " "))
                .contains("SUMMARY OF THE MINUTES")
                .contains("广西壮族自治区人民政府副主席");
    }

    @Test
    void badParametersAre400WithASentence() {
        var browser = signedIn("official");
        var unknownMeeting = browser.get("/reports/meeting-minutes/999999.pdf");
        assertThat(unknownMeeting.statusCode()).isEqualTo(400);
        assertThat(unknownMeeting.body()).isEqualTo("Cuộc họp không tồn tại.");
        assertThat(browser.get("/reports/review-pack/999999.pdf").statusCode()).isEqualTo(400);
        assertThat(browser.get("/reports/meeting-minutes/abc.pdf").body())
                .isEqualTo("Giá trị \"abc\" của tham số meetingId không hợp lệ.");
        var reversed = browser.get("/reports/commitment-status.pdf?from=2026-12-31&to=2026-01-01");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body())
                .isEqualTo("Ngày bắt đầu (2026-12-31) phải trước hoặc trùng ngày kết thúc (2026-01-01).");
        var malformed = browser.get("/reports/commitment-status.pdf?from=31/12/2026&to=2027-01-01");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).startsWith("Ngày \"31/12/2026\" của tham số from không hợp lệ");
        assertThat(browser.get("/reports/commitment-status.pdf?to=2027-01-01").body())
                .isEqualTo("Thiếu tham số from.");
        assertThat(browser.get("/reports/commitment-status.pdf?from=2026-01-01&to=2027-01-01&department=999999")
                        .body())
                .isEqualTo("Đơn vị không còn tồn tại.");
        assertThat(browser.get("/reports/agreement-register.pdf?status=SIGNEDX").body())
                .isEqualTo("Giá trị \"SIGNEDX\" của tham số status không hợp lệ.");
        assertThat(browser.get("/reports/agreement-register.pdf?counterpart=999999")
                        .body())
                .isEqualTo("Địa phương đối tác không còn tồn tại.");
        var language = browser.get("/reports/agreement-register.pdf?lang=fr");
        assertThat(language.statusCode()).isEqualTo(400);
        assertThat(language.body()).isEqualTo("Giá trị \"fr\" của tham số lang không hợp lệ.");
    }
}
