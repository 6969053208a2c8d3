package vn.gov.quangninh.cooperation.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.communication.PushMode;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.meeting.MeetingRow;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.report.ReportLinks;
import vn.gov.quangninh.cooperation.report.SampleMeetings;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/** The reports view as an official uses it: choose, set the criteria, generate, download; the stable link. */
@SpringBootTest
@ActiveProfiles("test")
class ReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

    @BeforeEach
    void open() {
        signedIn.as("official");
        UI.getCurrent().getPushConfiguration().setPushMode(PushMode.DISABLED);
        navigate(ReportsView.class);
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ReportsView.Kind> kind() {
        return $(RadioButtonGroup.class).id("report-kind");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<MeetingRow> meeting() {
        return $(ComboBox.class).id("report-meeting");
    }

    private String link() {
        return $(TextField.class).id("report-link").getValue();
    }

    private String status() {
        return $(Span.class).id("report-status").getText();
    }

    private void generateAndAwaitTheDownload() {
        test($(Button.class).id("report-generate")).click();
        UiPolls.await(() -> $(Anchor.class).withId("report-download").exists(), () -> roundTrip(), this::status);
    }

    @Test
    void theCommitmentStatusReportOfThisYearIsReadyToGenerate() {
        var today = LocalDate.now(clock);
        assertThat(kind().getValue()).isEqualTo(ReportsView.Kind.COMMITMENT_STATUS);
        assertThat($(DatePicker.class).id("report-from").getValue()).isEqualTo(today.withDayOfYear(1));
        assertThat(link())
                .isEqualTo("/reports/commitment-status.pdf?from=" + today.getYear() + "-01-01&to=" + today.getYear()
                        + "-12-31&lang=vi");
        assertThat($(Anchor.class).id("report-link-open").getHref()).isEqualTo(link().substring(1));

        test($(DatePicker.class).id("report-from")).setValue(LocalDate.of(2016, 1, 1));
        generateAndAwaitTheDownload();

        assertThat($(Anchor.class).id("report-download").getText())
                .isEqualTo("Tải xuống commitment-status-" + today + ".pdf");
        assertThat(status()).startsWith("Báo cáo đã sẵn sàng (");
    }

    @Test
    void eachReportShowsItsOwnCriteria() {
        assertThat($(ComboBox.class).id("report-department").getPlaceholder()).isEqualTo("Tất cả");
        assertThat(meeting().getPlaceholder()).as("any meeting's commitments").isEqualTo("Tất cả");

        test(kind()).selectItem("Sổ đăng ký thỏa thuận");
        assertThat($(ComboBox.class).withId("report-status").exists()).isTrue();
        assertThat($(ComboBox.class).id("report-status").getPlaceholder()).isEqualTo("Tất cả");
        assertThat($(DatePicker.class).withId("report-from").exists()).isFalse();
        assertThat(link()).isEqualTo("/reports/agreement-register.pdf?lang=vi");

        test(kind()).selectItem("Tóm tắt biên bản một hội đàm, hội nghị");
        assertThat($(ComboBox.class).withId("report-status").exists()).isFalse();
        assertThat(meeting().isRequiredIndicatorVisible()).isTrue();
        assertThat(meeting().getPlaceholder()).as("one meeting's minutes").isEmpty();
        assertThat(link()).isEmpty();
    }

    @Test
    void theMinutesSummaryNeedsAMeeting() {
        test(kind()).selectItem("Tóm tắt biên bản một hội đàm, hội nghị");
        test($(Button.class).id("report-generate")).click();
        assertThat(status()).isEqualTo("Hãy chọn hội đàm, hội nghị.");
        assertThat($(Anchor.class).withId("report-download").exists()).isFalse();

        var id = SampleMeetings.id(meetings, MeetingSeries.JOINT_WORKING_COMMITTEE, 16);
        var committee = meeting()
                .getListDataView()
                .getItems()
                .filter(row -> row.id() == id)
                .findFirst()
                .orElseThrow();
        test(meeting()).selectItem(meeting().getItemLabelGenerator().apply(committee));
        assertThat(link()).isEqualTo("/reports/meeting-minutes/" + id + ".pdf?lang=vi");
        generateAndAwaitTheDownload();
        assertThat($(Anchor.class).id("report-download").getText())
                .isEqualTo("Tải xuống meeting-minutes-ubctlh16-" + LocalDate.now(clock) + ".pdf");
    }

    @Test
    void aReversedPeriodIsRefusedWithASentence() {
        test($(DatePicker.class).id("report-from")).setValue(LocalDate.of(2030, 1, 1));
        assertThat(link()).isEmpty();
        test($(Button.class).id("report-generate")).click();
        assertThat(status()).isEqualTo("Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.");
    }

    @Test
    void aMeetingPageLinksToItsReports() {
        var id = SampleMeetings.id(meetings, MeetingSeries.JOINT_WORKING_COMMITTEE, 16);
        UI.getCurrent().navigate("meetings/" + id);
        var minutes = $(Anchor.class).id("meeting-minutes-report");
        assertThat("/" + minutes.getHref()).isEqualTo(ReportLinks.MEETING_MINUTES.replace("{meetingId}", "" + id));
        assertThat(minutes.getText()).isEqualTo("Tóm tắt biên bản (PDF)");
        assertThat("/" + $(Anchor.class).id("meeting-review-pack-report").getHref())
                .isEqualTo(ReportLinks.REVIEW_PACK.replace("{meetingId}", "" + id));
    }
}
