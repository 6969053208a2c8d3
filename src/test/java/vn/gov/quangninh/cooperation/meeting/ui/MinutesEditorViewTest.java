package vn.gov.quangninh.cooperation.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.meeting.ClauseDraft;
import vn.gov.quangninh.cooperation.meeting.MeetingFilter;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.meeting.MinutesDraft;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/** Typing minutes: one clause after the other, saved as a draft, nothing lost on a conflict. */
@SpringBootTest
@ActiveProfiles("test")
class MinutesEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    SignedIn signedIn;

    private long meetingId;
    private long minutesId;
    private MinutesEditorView editor;

    @BeforeEach
    void openEditorOfANewMeeting() {
        signedIn.as("staff");
        var last = meetings.search(
                        new MeetingFilter(Set.of(MeetingSeries.OTHER), null, null, null), PageRequest.of(0, 1))
                .getFirst();
        var draft = meetings.edit(last.id());
        var copy = meetings.newDraft(MeetingSeries.OTHER);
        copy.setTitle("Họp thử soạn biên bản " + System.nanoTime());
        copy.setStartDate(LocalDate.of(2026, 6, 1));
        copy.setEndDate(LocalDate.of(2026, 6, 1));
        copy.setDelegates(draft.getDelegates());
        copy.setProvinces(draft.getProvinces());
        meetingId = meetings.create(copy);
        minutesId = meetings.get(meetingId).minutes().getFirst().id();
        editor = navigate(
                MinutesEditorView.class,
                Map.of("id", String.valueOf(meetingId), "minutesId", String.valueOf(minutesId)));
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private void type(ClauseListEditor.ClauseRow row, String vietnamese, String chinese) {
        test(row.textVi).setValue(vietnamese);
        test(row.textZh).setValue(chinese);
    }

    @Test
    void enterStartsTheNextNumberedClause() {
        var first = editor.clauses.rows().getFirst();
        type(first, "Tăng cường trao đổi thông tin thị trường", "加强市场信息交流");
        // What Enter in a clause's text does: the next clause, numbered, ready to type in.
        var second = editor.clauses.addAfter(first);
        type(second, "Phối hợp chống buôn lậu", "协调打击走私");
        var third = editor.clauses.addAfter(second);
        type(third, "Khôi phục tour du lịch", "");

        assertThat(editor.clauses.rows())
                .extracting(row -> row.number.getText())
                .containsExactly("Điều 1", "Điều 2", "Điều 3");
        assertThat(editor.save()).isTrue();

        var saved = meetings.get(meetingId).minutes().getFirst().clauses();
        assertThat(saved)
                .extracting(clause -> clause.textVi())
                .containsExactly(
                        "Tăng cường trao đổi thông tin thị trường",
                        "Phối hợp chống buôn lậu",
                        "Khôi phục tour du lịch");
        assertThat(saved.get(1).textZh()).isEqualTo("协调打击走私");
        assertThat(saved.get(2).textZh()).isNull();
    }

    @Test
    void insertingInTheMiddleRenumbers() {
        var first = editor.clauses.rows().getFirst();
        type(first, "Điều thứ nhất", "");
        var last = editor.clauses.addAfter(first);
        type(last, "Điều cuối", "");
        type(editor.clauses.addAfter(first), "Điều chen giữa", "");
        assertThat(editor.clauses.clauses())
                .extracting(ClauseDraft::textVi)
                .containsExactly("Điều thứ nhất", "Điều chen giữa", "Điều cuối");
        assertThat(editor.clauses.clauses()).extracting(ClauseDraft::number).containsExactly(1, 2, 3);
    }

    @Test
    void removingAClauseRenumbersTheOthers() {
        var first = editor.clauses.rows().getFirst();
        type(first, "Điều sẽ bị xóa", "");
        type(editor.clauses.addAfter(first), "Điều còn lại", "");

        test(first.remove).click();

        assertThat(editor.clauses.clauses()).extracting(ClauseDraft::textVi).containsExactly("Điều còn lại");
        assertThat(editor.clauses.rows())
                .extracting(row -> row.number.getText())
                .containsExactly("Điều 1");
    }

    @Test
    void chineseWithoutVietnameseIsRefusedNextToTheField() {
        var first = editor.clauses.rows().getFirst();
        type(first, "", "只有中文");
        assertThat(editor.save()).isFalse();
        assertThat(first.textVi.isInvalid()).isTrue();
        assertThat(first.textVi.getErrorMessage()).isEqualTo("Cần nội dung tiếng Việt");
    }

    @Test
    void aConflictingSaveKeepsTheTextOnScreen() {
        var mine = editor.clauses.rows().getFirst();
        type(mine, "Nội dung tôi đang gõ", "");
        // Meanwhile a colleague saves the same minutes.
        var read = meetings.get(meetingId).minutes().getFirst();
        meetings.saveMinutes(new MinutesDraft(
                read.id(),
                read.version(),
                read.kind(),
                null,
                null,
                Set.of(),
                List.of(),
                List.of(new ClauseDraft(null, 1, null, "Nội dung của đồng nghiệp", null, Set.of(), Set.of()))));

        assertThat(editor.save()).isFalse();
        assertThat(mine.textVi.getValue()).isEqualTo("Nội dung tôi đang gõ");
        assertThat($(com.vaadin.flow.component.dialog.Dialog.class)
                        .id("save-conflict")
                        .isOpened())
                .isTrue();
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .withClassName("conflict-change")
                        .all())
                .extracting(row -> row.getElement().getTextRecursively())
                .contains("Các điều khoản" + "1. Nội dung của đồng nghiệp" + "1. Nội dung tôi đang gõ");
        assertThat(firstClause()).isEqualTo("Nội dung của đồng nghiệp");

        // Keeping mine takes on the colleague's version: the next save puts my text over theirs.
        test($(com.vaadin.flow.component.button.Button.class).id("conflict-keep-mine"))
                .click();
        assertThat(editor.save()).isTrue();
        assertThat(firstClause()).isEqualTo("Nội dung tôi đang gõ");
    }

    private String firstClause() {
        return meetings.get(meetingId).minutes().getFirst().clauses().getFirst().textVi();
    }

    @Test
    void leavingWithUnsavedClausesAsksFirst() {
        type(editor.clauses.rows().getFirst(), "Chưa lưu", "");
        UI.getCurrent().navigate(MeetingsView.class);
        assertThat(getCurrentView()).isSameAs(editor);
        assertThat($(ConfirmDialog.class).single().isOpened()).isTrue();
    }
}
