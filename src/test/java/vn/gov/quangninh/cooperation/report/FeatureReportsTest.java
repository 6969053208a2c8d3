package vn.gov.quangninh.cooperation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.agreement.AgreementStatus;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.i18n.Languages;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * The four reports on the sample data in H2, read back from the real PDFs: their text (Vietnamese
 * with its diacritics and Chinese exactly as stored), the page numbers, the fonts (all embedded),
 * PDF/A-2b for the two biggest, and a picture of page 1 in target/report-previews/.
 */
@SpringBootTest
@ActiveProfiles("test")
class FeatureReportsTest {

    @Autowired
    SignedIn signedIn;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgreementRegisterReport agreementRegister;

    @Autowired
    MeetingMinutesReport meetingMinutes;

    @Autowired
    CommitmentStatusReport commitmentStatus;

    @Autowired
    ReviewPackReport reviewPack;

    @Autowired
    Clock clock;

    @BeforeEach
    void signIn() {
        signedIn.as("official");
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    /** Page 1 as a picture, and the whole PDF beside it (to look at the other pages with pdftoppm). */
    private static void preview(byte[] pdf, String name) {
        var png = PdfChecks.preview(pdf, name);
        try {
            java.nio.file.Files.write(png.resolveSibling(name + ".pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String words(byte[] pdf) {
        return PdfChecks.text(pdf).replaceAll("\\s+", " ");
    }

    private static void fontsEmbedded(byte[] pdf) {
        assertThat(PdfChecks.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            assertThat(font).isInstanceOf(PDType0Font.class);
        });
        var byCharacter = PdfChecks.fontsByCharacter(pdf);
        var chinese = byCharacter.keySet().stream()
                .filter(c -> Character.UnicodeScript.of(c.codePointAt(0)) == Character.UnicodeScript.HAN)
                .toList();
        assertThat(chinese).as("Chinese in the report").isNotEmpty();
        assertThat(chinese)
                .as("Chinese drawn with the CJK font")
                .allSatisfy(c -> assertThat(byCharacter.get(c)).allMatch(name -> name.contains("NotoSansCJK")));
        assertThat(byCharacter.get("ệ"))
                .as("Vietnamese drawn with DejaVu")
                .allMatch(name -> name.contains("DejaVuSans"));
    }

    private static void numbered(byte[] pdf) {
        var pages = PdfChecks.pages(pdf);
        var texts = PdfChecks.pageTexts(pdf);
        for (int page = 1; page <= pages; page++) {
            assertThat(texts.get(page - 1).replaceAll("\\s+", " ")).contains("Trang " + page + " / " + pages);
        }
    }

    @Test
    void agreementRegisterGroupsByCounterpartWithTotalsPerStatus() {
        var pdf = agreementRegister
                .render(
                        new AgreementRegisterReport.Criteria(null, null, null),
                        Languages.VIETNAMESE,
                        ReportProgress.NONE)
                .content();
        preview(pdf, "agreement-register-vi");
        assertThat(words(pdf))
                .contains("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH")
                .contains("SỔ ĐĂNG KÝ THỎA THUẬN HỢP TÁC")
                .contains("Quảng Tây (广西壮族自治区)")
                .contains("Đông Hưng (东兴市)")
                .contains("广宁省工贸厅与广西壮族自治区商务厅贸易合作协议")
                .contains("Số thỏa thuận theo trạng thái")
                .contains("Đang hiệu lực")
                .contains("Người lập: Phạm Minh Quang");
        numbered(pdf);
        fontsEmbedded(pdf);
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void agreementRegisterShowsItsCriteria() {
        var pdf = agreementRegister
                .render(
                        new AgreementRegisterReport.Criteria(AgreementStatus.IN_FORCE, null, null),
                        Languages.ENGLISH,
                        ReportProgress.NONE)
                .content();
        assertThat(words(pdf))
                .contains("REGISTER OF COOPERATION AGREEMENTS")
                .contains("Status: In force")
                .contains("Page 1 /")
                .doesNotContain("Expired");
    }

    @Test
    void meetingMinutesListDelegationsClausesAndTheirCommitments() {
        var id = SampleMeetings.id(meetings, MeetingSeries.JOINT_WORKING_COMMITTEE, 16);
        var pdf = meetingMinutes
                .render(id, Languages.VIETNAMESE, ReportProgress.NONE)
                .content();
        preview(pdf, "meeting-minutes-vi");
        assertThat(words(pdf))
                .contains("TÓM TẮT BIÊN BẢN HỘI ĐÀM, HỘI NGHỊ")
                .contains("Hội nghị: Hội nghị lần thứ 16 Ủy ban công tác liên hợp")
                .contains("Thành phần đoàn")
                .contains("Phía Việt Nam")
                .contains("广西壮族自治区人民政府副主席")
                .contains("Điều 3.")
                .contains("UBCTLH16-03")
                .contains("Phần lớn");
        numbered(pdf);
        fontsEmbedded(pdf);
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void commitmentStatusGroupsByDepartmentWithCountsAndChart() {
        var today = LocalDate.now(clock);
        var criteria = new CommitmentStatusReport.Criteria(today.minusYears(10), today.plusYears(2), null, null, null);
        var pdf = commitmentStatus
                .render(criteria, Languages.VIETNAMESE, ReportProgress.NONE)
                .content();
        preview(pdf, "commitment-status-vi");
        assertThat(words(pdf))
                .contains("BÁO CÁO TÌNH HÌNH THỰC HIỆN CAM KẾT")
                .contains("Từ ngày: " + Formats.date(today.minusYears(10)))
                .contains("UBCTLH16-03")
                .contains("Quá hạn")
                .contains("Tổng hợp")
                .contains("Tổng số cam kết")
                .contains("Số cam kết theo mức độ hoàn thành");
        numbered(pdf);
        fontsEmbedded(pdf);
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void reviewPackSortsTheEarlierCommitmentsIntoSections() {
        var id = SampleMeetings.id(meetings, MeetingSeries.SPRING_TALKS, 9);
        var pdf =
                reviewPack.render(id, Languages.VIETNAMESE, ReportProgress.NONE).content();
        preview(pdf, "review-pack-vi");
        assertThat(words(pdf))
                .contains("HỒ SƠ CHUẨN BỊ HỘI NGHỊ")
                .contains("Hội nghị: Hội đàm đầu Xuân 2026")
                .contains("Hội nghị kỳ trước: Hội đàm đầu Xuân 2025")
                .contains("HDDX2025-01")
                .contains("Đang thực hiện 2");
        numbered(pdf);
        fontsEmbedded(pdf);
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void unknownMeetingsAreRefused() {
        assertThatThrownBy(() -> meetingMinutes.render(999_999L, Languages.VIETNAMESE, ReportProgress.NONE))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> reviewPack.render(999_999L, Languages.VIETNAMESE, ReportProgress.NONE))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void nobodySignedInGetsNoReport() {
        signedIn.out();
        assertThatThrownBy(() -> agreementRegister.render(
                        new AgreementRegisterReport.Criteria(null, null, null),
                        Languages.VIETNAMESE,
                        ReportProgress.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
