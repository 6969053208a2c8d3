package vn.gov.quangninh.cooperation.commitment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.base.ui.DownloadLink;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.commitment.UpdateState;
import vn.gov.quangninh.cooperation.testsupport.MutableClock;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;
import vn.gov.quangninh.cooperation.testsupport.TestFiles;

/** The manager's review queue: oldest first, evidence in sight, approve in one click, return in two. */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
class ReviewQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    CommitmentService commitments;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MutableClock clock;

    private long older;
    private long newer;
    private long olderCommitment;
    private ReviewQueueView queue;

    @BeforeEach
    void twoSubmittedUpdates() {
        signedIn.as("staff");
        clock.setToday(LocalDate.now().minusDays(3));
        olderCommitment = commitment("Khảo sát điểm đến du lịch Đông Hưng");
        older = submit(olderCommitment, "Đã khảo sát 3 điểm đến; báo cáo kèm theo.", true);
        clock.setToday(LocalDate.now().minusDays(1));
        newer = submit(
                commitment("Trao đổi danh sách doanh nghiệp dự hội chợ"), "Đã gửi danh sách 40 doanh nghiệp.", false);
        clock.reset();
        signedIn.as("manager");
        queue = navigate(ReviewQueueView.class);
    }

    @AfterEach
    void signOut() {
        clock.reset();
        signedIn.out();
    }

    private long commitment(String title) {
        var draft = commitments.draftFromAgreement(1);
        draft.setTitleVi(title + " " + System.nanoTime());
        draft.setDueDate(LocalDate.now().plusMonths(2));
        return commitments.create(draft);
    }

    private long submit(long commitmentId, String narrative, boolean withFile) {
        var draft = commitments.newUpdate(commitmentId);
        draft.setNarrativeVi(narrative);
        draft.setProposedLevel(CompletionLevel.SUBSTANTIAL);
        draft.setLetterNumber("77/SNGV-HTQT");
        var id = commitments.saveUpdate(draft);
        if (withFile) {
            commitments.attachEvidence(id, "Báo cáo khảo sát.pdf", TestFiles.pdf("khảo sát"));
        }
        commitments.submitUpdate(commitments.editUpdate(id));
        return id;
    }

    private int position(long updateId) {
        var ids = $(UpdateCard.class).all().stream()
                .map(card -> card.getId().orElseThrow())
                .toList();
        return ids.indexOf("update-" + updateId);
    }

    @Test
    void oldestFirstWithTheirEvidence() {
        assertThat(position(older)).isNotNegative().isLessThan(position(newer));
        assertThat($(DownloadLink.class).all())
                .extracting(DownloadLink::getText)
                .contains("Báo cáo khảo sát.pdf");
        assertThat($(Span.class).all()).extracting(Span::getText).contains("Văn bản số 77/SNGV-HTQT");
    }

    @Test
    void approvingTakesOneClick() {
        test($(Button.class).id("approve-" + older)).click();

        assertThat(position(older)).isNegative();
        assertThat(position(newer)).isNotNegative();
        assertThat(commitments.get(olderCommitment).completion()).isEqualTo(CompletionLevel.SUBSTANTIAL);
    }

    @Test
    void returningTakesTwoClicksAndAComment() {
        assertThat($(TextArea.class).all()).isEmpty();
        test($(Button.class).id("return-" + older)).click();
        var comment = $(TextArea.class).id("return-comment-" + older);

        test($(Button.class).id("confirm-return-" + older)).click();
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Nhập góp ý để người báo cáo biết cần sửa gì");
        assertThat(position(older)).isNotNegative();

        test(comment).setValue("Bổ sung ảnh chụp các điểm đến");
        test($(Button.class).id("confirm-return-" + older)).click();

        assertThat(position(older)).isNegative();
        var returned = commitments.get(olderCommitment).updates().getFirst();
        assertThat(returned.state()).isEqualTo(UpdateState.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Bổ sung ảnh chụp các điểm đến");
        assertThat(commitments.get(olderCommitment).completion()).isEqualTo(CompletionLevel.NO_EVIDENCE);
    }
}
