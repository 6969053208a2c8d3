package vn.gov.quangninh.cooperation.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.meeting.ClauseDraft;
import vn.gov.quangninh.cooperation.meeting.MeetingFilter;
import vn.gov.quangninh.cooperation.meeting.MeetingRow;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.meeting.MinutesDraft;
import vn.gov.quangninh.cooperation.meeting.TextLanguage;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * A meeting recorded with its clauses and the commitments made from them is all or nothing: the
 * services join the caller's transaction, so a commitment refused half-way leaves no meeting, no
 * clause and no commitment behind.
 */
@SpringBootTest
@ActiveProfiles("test")
class MeetingWithCommitmentsTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    CommitmentService commitments;

    @Autowired
    CommitmentRepository commitmentRows;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void anInvalidCommitmentHalfWayLeavesNoHalfSavedMeeting() {
        signedIn.as("staff");
        var meetingsBefore = meetings.count(MeetingFilter.all());
        var commitmentsBefore = commitmentRows.count();
        var last = conferences().stream()
                .max(Comparator.comparing(MeetingRow::sessionNumber))
                .orElseThrow();

        var writtenBeforeTheFailure = new java.util.concurrent.atomic.AtomicLong();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    var draft = meetings.nextDraft(last.id());
                    draft.setStartDate(LocalDate.of(2026, 12, 1));
                    draft.setEndDate(LocalDate.of(2026, 12, 2));
                    draft.setCity("Nam Ninh");
                    var meetingId = meetings.create(draft);
                    var minutes = meetings.get(meetingId).minutes().getFirst();
                    meetings.saveMinutes(new MinutesDraft(
                            minutes.id(),
                            minutes.version(),
                            minutes.kind(),
                            "UBCTLH-TX",
                            "Nam Ninh",
                            EnumSet.of(TextLanguage.VIETNAMESE),
                            List.of(),
                            List.of(clause(1, "Mở rộng thương mại"), clause(2, "Tăng cường du lịch"))));
                    var clauses = meetings.get(meetingId).minutes().getFirst().clauses();

                    var first = commitments.draftFromClause(clauses.get(0).id());
                    first.setDueDate(LocalDate.of(2027, 6, 30));
                    writtenBeforeTheFailure.set(commitments.create(first));
                    var second = commitments.draftFromClause(clauses.get(1).id());
                    second.setTitleVi(""); // refused by validation, after everything above was written
                    second.setDueDate(LocalDate.of(2027, 6, 30));
                    commitments.create(second);
                }))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(writtenBeforeTheFailure.get()).isPositive();
        assertThat(commitmentRows.existsById(writtenBeforeTheFailure.get())).isFalse();
        assertThat(meetings.count(MeetingFilter.all())).isEqualTo(meetingsBefore);
        assertThat(conferences()).extracting(MeetingRow::sessionNumber).doesNotContain(last.sessionNumber() + 1);
        assertThat(commitmentRows.count()).isEqualTo(commitmentsBefore);
    }

    private List<MeetingRow> conferences() {
        return meetings.search(
                new MeetingFilter(Set.of(MeetingSeries.JOINT_WORKING_COMMITTEE), null, null, null),
                PageRequest.of(0, 100));
    }

    private static ClauseDraft clause(int number, String text) {
        return new ClauseDraft(null, number, CooperationField.TRADE, text, null, Set.of(), Set.of());
    }
}
