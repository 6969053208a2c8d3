package vn.gov.quangninh.cooperation.commitment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.base.ui.DocumentsPanel;
import vn.gov.quangninh.cooperation.base.ui.DownloadLink;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.commitment.Party;
import vn.gov.quangninh.cooperation.commitment.PartyStatus;
import vn.gov.quangninh.cooperation.commitment.ResponsibleParty;
import vn.gov.quangninh.cooperation.commitment.UpdateState;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;
import vn.gov.quangninh.cooperation.testsupport.TestFiles;

/** A staff member reports progress: draft first, evidence on the saved draft, then submission. */
@SpringBootTest
@ActiveProfiles("test")
class UpdateFormViewTest extends SpringBrowserlessTest {

    @Autowired
    CommitmentService commitments;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Clock clock;

    private long commitmentId;
    private UpdateFormView form;

    @BeforeEach
    void openANewUpdate() {
        signedIn.as("staff");
        var draft = commitments.draftFromAgreement(1);
        draft.setTitleVi("Tổ chức hội chợ thương mại Móng Cái – Đông Hưng " + System.nanoTime());
        draft.setDueDate(LocalDate.now().plusMonths(3));
        commitmentId = commitments.create(draft);
        form = navigate(UpdateFormView.class, Map.of("id", String.valueOf(commitmentId)));
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private void fill(CompletionLevel level) {
        test(form.narrativeVi).setValue("Đã thống nhất địa điểm và thời gian với phía Quảng Tây.");
        form.proposedLevel.setValue(level);
    }

    private String lastNotification() {
        return $(Notification.class).last().getElement().getProperty("text", "");
    }

    @Test
    void aDraftCarriesEvidenceAndIsThenSubmitted() {
        assertThat(form.asOfDate.getValue()).isEqualTo(LocalDate.now(clock));
        assertThat($(DocumentsPanel.class).all()).isEmpty();
        fill(CompletionLevel.SUBSTANTIAL);
        test(form.letterNumber).setValue("512/SNGV-HTQT");
        test(form.saveDraft).click();

        var draft = commitments.get(commitmentId).updates().getFirst();
        assertThat(draft.state()).isEqualTo(UpdateState.DRAFT);
        assertThat(getCurrentView()).isInstanceOf(UpdateFormView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("commitments/" + commitmentId + "/updates/" + draft.id());
        assertThat($(DocumentsPanel.class).single()).isNotNull();

        commitments.attachEvidence(draft.id(), "Biên bản làm việc.pdf", TestFiles.pdf("biên bản"));
        navigate(
                UpdateFormView.class,
                Map.of("id", String.valueOf(commitmentId), "updateId", String.valueOf(draft.id())));
        form = (UpdateFormView) getCurrentView();
        var files = test($(Grid.class).single());
        assertThat(files.size()).isEqualTo(1);
        assertThat(((DownloadLink) files.getCellComponent(0, 0)).getText()).isEqualTo("Biên bản làm việc.pdf");
        assertThat(form.narrativeVi.getValue()).startsWith("Đã thống nhất địa điểm");

        test(form.submit).click();

        assertThat(getCurrentView()).isInstanceOf(CommitmentView.class);
        var submitted = commitments.get(commitmentId).updates().getFirst();
        assertThat(submitted.state()).isEqualTo(UpdateState.SUBMITTED);
        assertThat(submitted.letterNumber()).isEqualTo("512/SNGV-HTQT");
        assertThat(submitted.evidence()).hasSize(1);
    }

    @Test
    void aLinkThatIsNotAWebAddressIsRefusedNextToTheField() {
        fill(CompletionLevel.LIMITED);
        test(form.link).setValue("javascript:alert(document.cookie)");
        test(form.saveDraft).click();

        assertThat(form.link.isInvalid()).isTrue();
        assertThat(form.link.getErrorMessage()).isEqualTo("Đường dẫn phải bắt đầu bằng http:// hoặc https://");
        assertThat(commitments.get(commitmentId).updates()).isEmpty();
    }

    @Test
    void aDateAfterTodayIsRefusedNextToTheField() {
        fill(CompletionLevel.LIMITED);
        form.asOfDate.setValue(LocalDate.now(clock).plusDays(1));
        test(form.saveDraft).click();

        assertThat(form.asOfDate.isInvalid()).isTrue();
        assertThat(form.asOfDate.getErrorMessage()).isEqualTo("Ngày báo cáo không được sau hôm nay");
    }

    @Test
    void completeWithoutEvidenceIsNotSubmittedAndTheTextStays() {
        fill(CompletionLevel.COMPLETE);
        test(form.submit).click();

        assertThat(lastNotification()).startsWith("Đề xuất \"hoàn thành\" cần có minh chứng");
        assertThat(getCurrentView()).isSameAs(form);
        assertThat(form.narrativeVi.getValue()).startsWith("Đã thống nhất địa điểm");
        assertThat(commitments.get(commitmentId).completion()).isEqualTo(CompletionLevel.NO_EVIDENCE);
    }

    @Test
    void eachPartyReportsItsOwnStatus() {
        fill(CompletionLevel.SUBSTANTIAL);
        @SuppressWarnings("unchecked")
        Select<PartyStatus> quangNinh = $(Select.class).id("party-status-quang_ninh");
        test(quangNinh).selectItem("Đã xong");
        test(form.saveDraft).click();

        assertThat(commitments.get(commitmentId).updates().getFirst().partyStatuses())
                .containsExactly(
                        new ResponsibleParty(Party.QUANG_NINH, PartyStatus.DONE),
                        new ResponsibleParty(Party.GUANGXI, PartyStatus.NOT_STARTED));
    }

    @Test
    void leavingWithUnsavedTextAsksFirst() {
        fill(CompletionLevel.LIMITED);
        UI.getCurrent().navigate(CommitmentsView.class);
        assertThat(getCurrentView()).isSameAs(form);
        assertThat($(ConfirmDialog.class).single().isOpened()).isTrue();
    }
}
