package vn.gov.quangninh.cooperation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.history.ChangeRow;
import vn.gov.quangninh.cooperation.base.i18n.Translator;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails.MinutesDetails;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * Meetings and minutes through their service, on a real database with the sample data: H2 here,
 * MariaDB in {@link MeetingServiceOnMariaDbTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class MeetingServiceTests {

    @Autowired
    MeetingService meetings;

    @Autowired
    AgreementService agreements;

    @Autowired
    ClausesReferringToAgreements clauseReferences;

    @Autowired
    SignedIn signedIn;

    @BeforeEach
    void signIn() {
        signedIn.as("staff");
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private MeetingRow committee(int session) {
        return meetings
                .search(
                        new MeetingFilter(Set.of(MeetingSeries.JOINT_WORKING_COMMITTEE), null, null, null),
                        PageRequest.of(0, 100))
                .stream()
                .filter(row -> row.sessionNumber() != null && row.sessionNumber() == session)
                .findFirst()
                .orElseThrow();
    }

    /** A new Joint Working Committee conference after the last one, with its (draft) memorandum. */
    private MeetingDetails newConference(LocalDate start) {
        var draft = meetings.nextDraft(committee(16).id());
        draft.setStartDate(start);
        draft.setEndDate(start.plusDays(1));
        draft.setCity("Nam Ninh");
        var id = meetings.create(draft);
        return meetings.get(id);
    }

    private ClauseDraft clause(int number, String vi, String zh) {
        return new ClauseDraft(null, number, CooperationField.TRADE, vi, zh, Set.of(), Set.of());
    }

    private MinutesDraft minutesDraft(MinutesDetails minutes, List<ClauseDraft> clauses) {
        return new MinutesDraft(
                minutes.id(),
                minutes.version(),
                minutes.kind(),
                "UBCTLH-X",
                "Nam Ninh",
                EnumSet.of(TextLanguage.VIETNAMESE, TextLanguage.CHINESE),
                List.of(),
                clauses);
    }

    @Test
    void aNewConferenceIsNumberedAfterTheLastOne() {
        assertThat(meetings.newDraft(MeetingSeries.JOINT_WORKING_COMMITTEE).getSessionNumber())
                .isGreaterThan(16);
        assertThat(meetings.newDraft(MeetingSeries.JOINT_WORKING_COMMITTEE).getProvinces())
                .containsExactlyInAnyOrder(VietnameseProvince.values());
        var duplicate = meetings.edit(committee(16).id());
        var copy = meetings.nextDraft(committee(16).id());
        copy.setSessionNumber(16);
        copy.setStartDate(LocalDate.of(2026, 3, 1));
        copy.setEndDate(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> meetings.create(copy))
                .isInstanceOfSatisfying(RuleViolationException.class, violation -> {
                    assertThat(violation.getField()).isEqualTo("sessionNumber");
                    assertThat(violation.getMessageKey()).isEqualTo("meeting.session.taken");
                });
        assertThat(duplicate.getSessionNumber()).isEqualTo(16);
    }

    @Test
    void theNextSessionCopiesDelegationsAndProvinces() {
        var previous = meetings.get(committee(16).id());
        var next = meetings.nextDraft(previous.id());
        assertThat(next.getSeries()).isEqualTo(MeetingSeries.JOINT_WORKING_COMMITTEE);
        assertThat(next.getSessionNumber()).isGreaterThan(16);
        assertThat(next.getDelegates()).containsExactlyElementsOf(previous.delegates());
        assertThat(next.getProvinces()).containsExactlyInAnyOrderElementsOf(previous.provinces());
        assertThat(next.getHostSide()).isEqualTo(Side.CHINESE);
        assertThat(next.getStartDate()).isNull();
        assertThat(next.getAgenda()).isEmpty();
    }

    @Test
    void everyParticipatingProvinceNeedsAHeadOfDelegation() {
        var draft = meetings.nextDraft(committee(16).id());
        draft.setStartDate(LocalDate.of(2026, 5, 1));
        draft.setEndDate(LocalDate.of(2026, 5, 2));
        draft.setDelegates(draft.getDelegates().stream()
                .filter(delegate -> delegate.province() != VietnameseProvince.LANG_SON)
                .toList());
        assertThatThrownBy(() -> meetings.create(draft)).hasMessage("meeting.delegation.head-missing");
    }

    @Test
    void clausesKeepTheirIdentityWhenOneIsInsertedBefore() {
        var meeting = newConference(LocalDate.of(2026, 9, 1));
        var minutes = meeting.minutes().getFirst();
        meetings.saveMinutes(minutesDraft(
                minutes,
                List.of(clause(1, "Thương mại biên giới", "边境贸易"), clause(2, "Du lịch qua cửa khẩu", "口岸旅游"))));
        var saved = meetings.get(meeting.id()).minutes().getFirst();
        var tourism = saved.clauses().get(1);
        assertThat(tourism.number()).isEqualTo(2);

        var first = saved.clauses().getFirst();
        meetings.saveMinutes(minutesDraft(
                saved,
                List.of(
                        new ClauseDraft(
                                first.id(), 1, first.field(), first.textVi(), first.textZh(), Set.of(), Set.of()),
                        clause(2, "Chống buôn lậu", "打击走私"),
                        new ClauseDraft(
                                tourism.id(),
                                3,
                                tourism.field(),
                                tourism.textVi(),
                                tourism.textZh(),
                                Set.of(),
                                Set.of()))));

        var after = meetings.get(meeting.id()).minutes().getFirst().clauses();
        assertThat(after)
                .extracting(MeetingDetails.ClauseDetails::textVi)
                .containsExactly("Thương mại biên giới", "Chống buôn lậu", "Du lịch qua cửa khẩu");
        assertThat(after.get(2).id()).isEqualTo(tourism.id());
        assertThat(after.get(2).number()).isEqualTo(3);
    }

    @Test
    void signedMinutesAreReadOnlyAndCorrectionsAreRecorded() {
        var meeting = newConference(LocalDate.of(2026, 10, 6));
        var minutes = meeting.minutes().getFirst();
        meetings.saveMinutes(minutesDraft(minutes, List.of(clause(1, "Mở rộng thương mại nông sản", "扩大农产品贸易"))));
        minutes = meetings.get(meeting.id()).minutes().getFirst();
        meetings.sign(minutes.id(), minutes.version(), LocalDate.of(2026, 10, 7));
        var signed = meetings.get(meeting.id()).minutes().getFirst();
        assertThat(signed.state()).isEqualTo(MinutesState.SIGNED);
        assertThat(signed.signingDate()).isEqualTo(LocalDate.of(2026, 10, 7));

        assertThatThrownBy(() -> meetings.saveMinutes(minutesDraft(signed, List.of(clause(1, "Sửa lén", "")))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("minutes.signed-read-only");
        assertThatThrownBy(() -> meetings.correctClause(signed.id(), 1, "Sửa", null, " "))
                .hasMessage("minutes.correction.reason-required");

        meetings.correctClause(
                signed.id(), 1, "Mở rộng thương mại nông, lâm, thủy sản", "扩大农林水产品贸易", "Bổ sung theo văn bản ký");
        var clause = meetings.get(meeting.id()).minutes().getFirst().clauses().getFirst();
        assertThat(clause.textVi()).isEqualTo("Mở rộng thương mại nông, lâm, thủy sản");
        assertThat(clause.revisions()).singleElement().satisfies(revision -> {
            assertThat(revision.oldTextVi()).isEqualTo("Mở rộng thương mại nông sản");
            assertThat(revision.oldTextZh()).isEqualTo("扩大农产品贸易");
            assertThat(revision.newTextZh()).isEqualTo("扩大农林水产品贸易");
            assertThat(revision.reason()).isEqualTo("Bổ sung theo văn bản ký");
            assertThat(revision.revisedBy()).isEqualTo("Nguyễn Văn Dương");
            assertThat(revision.number()).isEqualTo(1);
        });
    }

    @Test
    void minutesCannotBeSignedBeforeTheMeetingOrWithoutClauses() {
        var meeting = newConference(LocalDate.of(2026, 11, 10));
        var minutes = meeting.minutes().getFirst();
        assertThatThrownBy(() -> meetings.sign(minutes.id(), minutes.version(), LocalDate.of(2026, 11, 10)))
                .hasMessage("minutes.clause.none");
        meetings.saveMinutes(minutesDraft(minutes, List.of(clause(1, "Nội dung", ""))));
        var saved = meetings.get(meeting.id()).minutes().getFirst();
        assertThatThrownBy(() -> meetings.sign(saved.id(), saved.version(), LocalDate.of(2026, 11, 1)))
                .hasMessage("minutes.signing-before-meeting");
    }

    @Test
    void theHistoryKeepsEachClauseChangeWithItsOldAndNewText() {
        var meeting = newConference(LocalDate.of(2026, 12, 10));
        var minutes = meeting.minutes().getFirst();
        meetings.saveMinutes(minutesDraft(minutes, List.of(clause(1, "Bản đầu", ""))));
        var saved = meetings.get(meeting.id()).minutes().getFirst();
        var clauseId = saved.clauses().getFirst().id();
        meetings.saveMinutes(minutesDraft(
                saved,
                List.of(new ClauseDraft(clauseId, 1, CooperationField.TRADE, "Bản sửa", "", Set.of(), Set.of()))));

        Translator keys = (key, params) -> params.length == 0 ? key : key + " " + params[0];
        var changes = meetings.changes(meeting.id(), keys);
        assertThat(changes)
                .filteredOn(row -> row.field().equals("history.clause 1 · clause.text-vi"))
                .extracting(ChangeRow::username, ChangeRow::oldValue, ChangeRow::newValue)
                .containsExactly(tuple("staff", "Bản đầu", "Bản sửa"));
        assertThat(changes)
                .extracting(ChangeRow::field)
                .contains("history.created", "history.minutes · minutes.number");
    }

    @Test
    void theLaterOfTwoConcurrentSavesIsRefused() {
        var meeting = newConference(LocalDate.of(2026, 12, 1));
        var read = meeting.minutes().getFirst();
        meetings.saveMinutes(minutesDraft(read, List.of(clause(1, "Bản của người thứ nhất", ""))));
        assertThatThrownBy(
                        () -> meetings.saveMinutes(minutesDraft(read, List.of(clause(1, "Bản của người thứ hai", "")))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(meetings.get(meeting.id())
                        .minutes()
                        .getFirst()
                        .clauses()
                        .getFirst()
                        .textVi())
                .isEqualTo("Bản của người thứ nhất");
    }

    @Test
    void officialsReadButCannotRecord() {
        signedIn.as("official");
        var sixteenth = committee(16);
        assertThat(meetings.get(sixteenth.id()).minutes().getFirst().clauses()).hasSizeGreaterThan(5);
        assertThatThrownBy(() -> meetings.nextDraft(sixteenth.id())).isInstanceOf(AccessDeniedException.class);
        var minutes = meetings.get(sixteenth.id()).minutes().getFirst();
        assertThatThrownBy(() -> meetings.correctClause(minutes.id(), 1, "x", null, "y"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.sign(minutes.id(), minutes.version(), LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAgreementPageListsTheClausesReferringToIt() {
        var hoanhMo = agreements.options("QN-QT/2023-04", 5).getFirst().id();
        var vietnamese = clauseReferences.referencesTo(hoanhMo, Locale.of("vi"));
        assertThat(vietnamese)
                .extracting(reference -> reference.label())
                .contains("Hội nghị lần thứ 16 Ủy ban công tác liên hợp – điều 2", "Hội đàm đầu Xuân 2024 – điều 2");
        assertThat(clauseReferences.referencesTo(hoanhMo, Locale.ENGLISH))
                .extracting(reference -> reference.label())
                .contains("Joint Working Committee, conference no. 16 – clause 2");
        assertThat(vietnamese)
                .allSatisfy(reference -> assertThat(reference.route()).startsWith("meetings/"));
    }

    @Test
    void theTimelineGroupsMeetingsByYear() {
        var timeline = meetings.timeline(MeetingFilter.all(), 2024, 2025);
        assertThat(timeline.keySet()).containsExactly(2025, 2024);
        assertThat(timeline.get(2025))
                .extracting(MeetingRow::series)
                .contains(MeetingSeries.SPRING_TALKS, MeetingSeries.JOINT_WORKING_COMMITTEE, MeetingSeries.OTHER);
        var found = meetings.search(new MeetingFilter(Set.of(), null, null, "ha long"), PageRequest.of(0, 10));
        assertThat(found).extracting(MeetingRow::sessionNumber).contains(16);
    }
}
