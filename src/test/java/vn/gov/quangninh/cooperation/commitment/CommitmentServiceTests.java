package vn.gov.quangninh.cooperation.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.history.ChangeRow;
import vn.gov.quangninh.cooperation.base.i18n.Translator;
import vn.gov.quangninh.cooperation.commitment.CommitmentDetails.UpdateEntry;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.security.DepartmentOption;
import vn.gov.quangninh.cooperation.security.DepartmentService;
import vn.gov.quangninh.cooperation.testsupport.MutableClock;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;
import vn.gov.quangninh.cooperation.testsupport.TestFiles;

/**
 * Commitments and their progress through the service, as each role, on a real database with the
 * sample data: H2 here, MariaDB in {@link CommitmentServiceOnMariaDbTest}. The demo staff account
 * belongs to the foreign affairs department (SNGV).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
abstract class CommitmentServiceTests {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @Autowired
    CommitmentService commitments;

    @Autowired
    CommitmentDashboard dashboard;

    @Autowired
    DepartmentService departments;

    @Autowired
    MeetingService meetings;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void signIn() {
        signedIn.as("staff");
    }

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.out();
    }

    private DepartmentOption department(String code) {
        return departments.list().stream()
                .filter(option -> option.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** A commitment under the first sample agreement, led by the staff's own department. */
    private long newCommitment(String title, LocalDate due) {
        var draft = commitments.draftFromAgreement(1);
        draft.setTitleVi(title);
        draft.setDueDate(due);
        return commitments.create(draft);
    }

    private long idOf(String code) {
        return commitments.search(byText(code), PageRequest.of(0, 1)).getFirst().id();
    }

    private static CommitmentFilter byText(String text) {
        return new CommitmentFilter(text, null, null, null, null, null, Set.of(), null, null, null, false, false);
    }

    private UpdateDraft update(long commitmentId, CompletionLevel level) {
        var draft = commitments.newUpdate(commitmentId);
        draft.setNarrativeVi("Đã làm việc với Sở Thương mại Quảng Tây; 已与广西商务厅会谈。");
        draft.setProposedLevel(level);
        return draft;
    }

    private UpdateEntry entry(long commitmentId, long updateId) {
        return commitments.get(commitmentId).updates().stream()
                .filter(update -> update.id() == updateId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDatabaseFiltersFlagAsTheEntityDoesAtEveryBoundary() {
        var id = newCommitment("Ranh giới các cảnh báo", DUE);
        for (int days : new int[] {-31, -30, -29, 0, 1, 89, 90, 91}) {
            clock.setToday(DUE.plusDays(days));
            var flags = commitments.get(id).flags();
            for (var flag : CommitmentFlag.values()) {
                var found = commitments.search(byText("Ranh giới các cảnh báo").withFlag(flag), PageRequest.of(0, 5));
                assertThat(found)
                        .as("%s on day %d", flag, days)
                        .extracting(CommitmentRow::id)
                        .satisfies(ids -> assertThat(ids.contains(id)).isEqualTo(flags.contains(flag)));
                if (!found.isEmpty()) {
                    assertThat(found.getFirst().flags()).isEqualTo(flags);
                }
            }
        }
        clock.setToday(DUE.minusDays(30));
        assertThat(commitments.get(id).flags()).containsExactly(CommitmentFlag.DUE_SOON);
        clock.setToday(DUE.plusDays(90));
        assertThat(commitments.get(id).flags()).contains(CommitmentFlag.LAPSED);
    }

    @Test
    void anUpdateChangesTheLevelOnlyOnceAManagerApprovesIt() {
        var id = newCommitment("Trao đổi đoàn doanh nghiệp", DUE);
        var updateId = commitments.saveUpdate(update(id, CompletionLevel.SUBSTANTIAL));
        assertThat(commitments.get(id).completion()).isEqualTo(CompletionLevel.NO_EVIDENCE);

        commitments.submitUpdate(commitments.editUpdate(updateId));
        var submitted = entry(id, updateId);
        assertThat(submitted.state()).isEqualTo(UpdateState.SUBMITTED);
        assertThat(commitments.get(id).completion()).isEqualTo(CompletionLevel.NO_EVIDENCE);
        assertThatThrownBy(() -> commitments.approveUpdate(updateId, submitted.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.editUpdate(updateId)).isInstanceOf(RuleViolationException.class);

        signedIn.as("manager");
        assertThat(commitments.reviewQueue())
                .extracting(item -> item.update().id())
                .contains(updateId);
        commitments.approveUpdate(updateId, submitted.version());

        var after = commitments.get(id);
        assertThat(after.completion()).isEqualTo(CompletionLevel.SUBSTANTIAL);
        var approved = entry(id, updateId);
        assertThat(approved.state()).isEqualTo(UpdateState.APPROVED);
        assertThat(approved.reviewedBy()).isEqualTo("Nguyễn Thị Thu Hà");
        assertThat(approved.reporterDepartment().vi()).isEqualTo("Sở Ngoại vụ");
        assertThat(commitments.reviewQueue())
                .extracting(item -> item.update().id())
                .doesNotContain(updateId);
    }

    @Test
    void anApprovedLevelMovesTheCommitmentInTheGridsOrderByLevel() {
        var first = newCommitment("Thứ tự theo mức độ thứ nhất", DUE);
        var second = newCommitment("Thứ tự theo mức độ thứ hai", DUE);
        var updateId = commitments.saveUpdate(update(first, CompletionLevel.LIMITED));
        commitments.submitUpdate(commitments.editUpdate(updateId));
        var byLevel = PageRequest.of(0, 5, Sort.by("completion"));
        assertThat(commitments.search(byText("Thứ tự theo mức độ"), byLevel))
                .extracting(CommitmentRow::id)
                .containsExactly(first, second);

        signedIn.as("manager");
        commitments.approveUpdate(updateId, entry(first, updateId).version());

        assertThat(commitments.search(byText("Thứ tự theo mức độ"), byLevel))
                .extracting(CommitmentRow::id)
                .containsExactly(second, first);
        assertThat(commitments.search(
                        byText("Thứ tự theo mức độ"),
                        byLevel.withSort(Sort.by("completion").descending())))
                .extracting(CommitmentRow::id)
                .containsExactly(first, second);
    }

    @Test
    void aRenamedDepartmentMovesItsCommitmentsInTheGridsOrderByLead() {
        var foreignAffairs = department("SNGV");
        var byLead = PageRequest.of(0, 1, Sort.by("leadDepartment"));
        assertThat(commitments.search(CommitmentFilter.followed(), byLead))
                .extracting(row -> row.leadDepartment().vi())
                .as("departments before Sở Ngoại vụ lead sample commitments")
                .doesNotContain("Sở Ngoại vụ");
        signedIn.as("admin");
        try {
            departments.rename(
                    foreignAffairs.id(), "Ấp Ngoại vụ", foreignAffairs.name().en());
            assertThat(commitments.search(CommitmentFilter.followed(), byLead))
                    .extracting(row -> row.leadDepartment().vi())
                    .containsExactly("Ấp Ngoại vụ");
        } finally {
            departments.rename(
                    foreignAffairs.id(), "Sở Ngoại vụ", foreignAffairs.name().en());
        }
    }

    @Test
    void aReturnedUpdateCarriesTheCommentAndGoesBackToItsReporter() {
        var id = newCommitment("Cập nhật thông tin thị trường", DUE);
        var updateId = commitments.submitUpdate(update(id, CompletionLevel.LIMITED));
        var version = entry(id, updateId).version();

        signedIn.as("manager");
        assertThatThrownBy(() -> commitments.returnUpdate(updateId, version, "  "))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        violation -> assertThat(violation.getField()).isEqualTo("comment"));
        commitments.returnUpdate(updateId, version, "Bổ sung số văn bản của Sở Công Thương");
        assertThat(entry(id, updateId).state()).isEqualTo(UpdateState.RETURNED);
        assertThat(entry(id, updateId).reviewComment()).isEqualTo("Bổ sung số văn bản của Sở Công Thương");
        assertThat(commitments.get(id).completion()).isEqualTo(CompletionLevel.NO_EVIDENCE);

        signedIn.as("staff");
        assertThat(entry(id, updateId).editableByMe()).isTrue();
        var correction = commitments.editUpdate(updateId);
        correction.setLetterNumber("215/SCT-QLTM");
        correction.setLetterDate(LocalDate.of(2026, 3, 2));
        commitments.submitUpdate(correction);
        assertThat(entry(id, updateId).state()).isEqualTo(UpdateState.SUBMITTED);
        assertThat(entry(id, updateId).letterNumber()).isEqualTo("215/SCT-QLTM");
    }

    @Test
    void completeNeedsEvidenceAndAManagersApproval() {
        var id = newCommitment("Mở tuyến du lịch mới", DUE);
        var updateId = commitments.saveUpdate(update(id, CompletionLevel.COMPLETE));
        assertThatThrownBy(() -> commitments.submitUpdate(commitments.editUpdate(updateId)))
                .hasMessage("update.complete.evidence-required");
        assertThat(entry(id, updateId).state()).isEqualTo(UpdateState.DRAFT);

        var file = commitments.attachEvidence(updateId, "Biên bản nghiệm thu.pdf", TestFiles.pdf("nghiệm thu"));
        assertThat(commitments.evidenceOf(updateId))
                .extracting(e -> e.fileName())
                .containsExactly("Biên bản nghiệm thu.pdf");
        commitments.submitUpdate(commitments.editUpdate(updateId));
        assertThat(commitments.get(id).completion()).isNotEqualTo(CompletionLevel.COMPLETE);
        assertThatThrownBy(() -> commitments.removeEvidence(file.id())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> commitments.attachEvidence(updateId, "thêm.pdf", TestFiles.pdf("thêm")))
                .hasMessage("update.not-editable");

        signedIn.as("manager");
        commitments.approveUpdate(updateId, entry(id, updateId).version());
        var done = commitments.get(id);
        assertThat(done.completion()).isEqualTo(CompletionLevel.COMPLETE);
        assertThat(done.flags()).isEmpty();
        assertThat(commitments.downloadEvidence(file.id()).fileName()).isEqualTo("Biên bản nghiệm thu.pdf");
    }

    @Test
    void staffChangeOnlyWhatTheirDepartmentLeadsOrSupports() {
        var customs = idOf("UBCTLH16-05");
        assertThat(commitments.get(customs).editable()).isFalse();
        assertThatThrownBy(() -> commitments.newUpdate(customs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.edit(customs)).isInstanceOf(AccessDeniedException.class);

        var tourism = idOf("UBCTLH16-07");
        assertThat(commitments.get(tourism).editable()).isTrue();
        assertThat(commitments.newUpdate(tourism).getPartyStatuses()).isNotEmpty();

        var elsewhere = commitments.draftFromAgreement(1);
        elsewhere.setTitleVi("Cam kết của đơn vị khác");
        elsewhere.setDueDate(DUE);
        elsewhere.setLeadDepartment(department("SCT"));
        assertThatThrownBy(() -> commitments.create(elsewhere))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        violation ->
                                assertThat(violation.getMessageKey()).isEqualTo("commitment.scope.own-department"));
        elsewhere.setSupportingDepartments(Set.of(department("SNGV")));
        assertThat(commitments
                        .get(commitments.create(elsewhere))
                        .leadDepartment()
                        .vi())
                .isEqualTo("Sở Công Thương");

        signedIn.as("manager");
        assertThat(commitments.newUpdate(customs).getCommitmentId()).isEqualTo(customs);

        signedIn.as("official");
        assertThat(commitments.get(customs).code()).isEqualTo("UBCTLH16-05");
        assertThatThrownBy(() -> commitments.newUpdate(tourism)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.reviewQueue()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCommitmentFromAClauseTakesItsCodeTextAndPartiesFromTheClause() {
        var sourceId = commitments.get(idOf("UBCTLH16-07")).source().clauseId();
        var draft = commitments.draftFromClause(sourceId);
        assertThat(draft.getSourceLabel()).isEqualTo("UBCTLH16 · 7");
        assertThat(draft.getTitleVi()).isNotBlank();
        assertThat(draft.getParties())
                .extracting(ResponsibleParty::party)
                .containsExactlyInAnyOrder(
                        Party.QUANG_NINH, Party.CAO_BANG, Party.HA_GIANG, Party.LANG_SON, Party.GUANGXI);
        draft.setDueDate(DUE);
        var second = commitments.get(commitments.create(draft));
        assertThat(second.code()).isEqualTo("UBCTLH16-07.2");
        assertThat(second.source().clauseNumber()).isEqualTo(7);
        assertThat(second.leadDepartment().vi()).isEqualTo("Sở Ngoại vụ");
    }

    @Test
    void freeTextFindsTheBeginningsOfWordsWithoutDiacriticsAndFollowsEdits() {
        var id = newCommitment("Khảo sát tuyến du lịch Trà Cổ – Đông Hưng", DUE);
        assertThat(found("tra co dong")).contains(id);
        assertThat(found("KHẢO hưng")).contains(id);
        assertThat(found("khao sat van ninh")).doesNotContain(id);
        assertThat(found("ong hung")).as("words are found from their start").doesNotContain(id);

        var draft = commitments.edit(id);
        draft.setTitleVi("Khảo sát tuyến du lịch Vạn Ninh");
        draft.setTitleZh("万宁旅游线路考察");
        commitments.update(draft);
        assertThat(found("tra co")).doesNotContain(id);
        assertThat(found("van ninh")).contains(id);
        assertThat(found("旅游线路")).as("Chinese is searched anywhere in the text").contains(id);
    }

    private List<Long> found(String text) {
        return commitments.search(byText(text), PageRequest.of(0, 50)).stream()
                .map(CommitmentRow::id)
                .toList();
    }

    @Test
    void badInputIsRefusedWithTheFieldItConcerns() {
        var id = newCommitment("Kiểm tra dữ liệu nhập", DUE);
        var draft = update(id, CompletionLevel.LIMITED);
        draft.setLink("javascript:alert(document.cookie)");
        assertThatThrownBy(() -> commitments.saveUpdate(draft))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        violation -> assertThat(violation.getField()).isEqualTo("link"));
        draft.setLink("https://ngoaivu.quangninh.gov.vn/tin-tuc");
        draft.setAsOfDate(LocalDate.now(clock).plusDays(1));
        assertThatThrownBy(() -> commitments.saveUpdate(draft))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        violation -> assertThat(violation.getField()).isEqualTo("asOfDate"));

        var ongoing = commitments.edit(id);
        ongoing.setOngoing(true);
        assertThatThrownBy(() -> commitments.update(ongoing))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        violation -> assertThat(violation.getField()).isEqualTo("reviewIntervalMonths"));
        ongoing.setReviewIntervalMonths(6);
        commitments.update(ongoing);
        assertThat(commitments.get(id).dueDate()).isNull();
    }

    @Test
    void aStaleDecisionIsRefusedNotApplied() {
        var id = newCommitment("Hai người cùng duyệt", DUE);
        var updateId = commitments.submitUpdate(update(id, CompletionLevel.LIMITED));
        var seen = entry(id, updateId).version();
        signedIn.as("manager");
        commitments.approveUpdate(updateId, seen);
        assertThatThrownBy(() -> commitments.returnUpdate(updateId, seen, "Chưa đủ"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(entry(id, updateId).state()).isEqualTo(UpdateState.APPROVED);

        var stale = commitments.edit(id);
        var fresh = commitments.edit(id);
        fresh.setPriority(Priority.HIGH);
        commitments.update(fresh);
        stale.setTitleVi("Ghi đè");
        assertThatThrownBy(() -> commitments.update(stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(commitments.get(id).titleVi()).isEqualTo("Hai người cùng duyệt");
    }

    @Test
    void theHistoryKeepsCommitmentAndUpdateChanges() {
        var id = newCommitment("Tên ban đầu", DUE);
        var draft = commitments.edit(id);
        draft.setTitleVi("Tên đã sửa");
        commitments.update(draft);

        Translator keys = (key, params) -> params.length == 0 ? key : key + " " + params[0];
        assertThat(commitments.changes(id, keys))
                .extracting(ChangeRow::field, ChangeRow::oldValue, ChangeRow::newValue)
                .containsExactly(
                        tuple("commitment.title-vi", "Tên ban đầu", "Tên đã sửa"), tuple("history.created", "", ""));
    }

    @Test
    void managersCancelOrSupersedeWithAReason() {
        var first = newCommitment("Cam kết sẽ bị hủy", DUE);
        var second = newCommitment("Cam kết sẽ được thay thế", DUE);
        var replacement = newCommitment("Cam kết thay thế", DUE.plusMonths(6));
        assertThatThrownBy(() -> commitments.cancel(first, 0, "Không còn phù hợp"))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("manager");
        var version = commitments.get(first).version();
        assertThatThrownBy(() -> commitments.cancel(first, version, " "))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        violation -> assertThat(violation.getField()).isEqualTo("reason"));
        commitments.cancel(first, version, "Không còn phù hợp");
        var code = commitments.get(replacement).code();
        assertThatThrownBy(() ->
                        commitments.supersede(second, commitments.get(second).version(), "KHONG-CO", "Gộp"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        violation -> assertThat(violation.getField()).isEqualTo("replacement"));
        commitments.supersede(second, commitments.get(second).version(), code, "Gộp vào cam kết mới");

        var cancelled = commitments.get(first);
        assertThat(cancelled.closure()).isEqualTo(Closure.CANCELLED);
        assertThat(cancelled.closureReason()).isEqualTo("Không còn phù hợp");
        assertThat(cancelled.editable()).isFalse();
        assertThat(commitments.get(second).supersededByCode()).isEqualTo(code);
        assertThat(commitments.search(byText("Cam kết sẽ"), PageRequest.of(0, 5)))
                .isEmpty();
        var closed = new CommitmentFilter(
                "Cam kết sẽ", null, null, null, null, null, Set.of(), null, null, null, false, true);
        assertThat(commitments.search(closed, PageRequest.of(0, 5))).hasSize(2);
        assertThatThrownBy(
                        () -> commitments.cancel(first, commitments.get(first).version(), "Lần nữa"))
                .hasMessage("commitment.closed");
    }

    @Test
    void theDashboardCountsWhatTheGridShows() {
        signedIn.as("manager");
        var figures = dashboard.figures();
        var followed = CommitmentFilter.followed();
        assertThat(figures.followed()).isEqualTo(commitments.count(followed));
        assertThat(figures.byCompletion().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(figures.followed());
        for (var flag : CommitmentFlag.values()) {
            assertThat(figures.byFlag().get(flag))
                    .as(flag.name())
                    .isEqualTo(commitments.count(followed.withFlag(flag)));
        }
        assertThat(figures.awaitingReview()).isEqualTo(commitments.count(followed.withAwaitingReview(true)));
        for (var entry : figures.byDepartment()) {
            var byDepartment = new CommitmentFilter(
                    null, null, null, null, entry.department().id(), null, Set.of(), null, null, null, false, false);
            assertThat(entry.tally().total()).as(entry.department().code()).isEqualTo(commitments.count(byDepartment));
            assertThat(entry.tally().overdue())
                    .isEqualTo(commitments.count(byDepartment.withFlag(CommitmentFlag.OVERDUE)));
        }
        for (var entry : figures.byMeeting()) {
            var ofMeeting = new CommitmentFilter(
                    null,
                    entry.meeting().id(),
                    null,
                    null,
                    null,
                    null,
                    Set.of(CompletionLevel.COMPLETE),
                    null,
                    null,
                    null,
                    false,
                    false);
            assertThat(entry.tally().complete()).isEqualTo(commitments.count(ofMeeting));
        }
        assertThat(figures.overdue()).allSatisfy(row -> assertThat(row.flags()).contains(CommitmentFlag.OVERDUE));
        assertThat(figures.overdue()).extracting(CommitmentRow::dueDate).isSorted();
        assertThat(figures.overdueTotal())
                .isGreaterThanOrEqualTo(figures.overdue().size());
    }

    @Test
    void theSampleDataTellsTheHoanhMoStory() {
        var opening = commitments.get(idOf("HDDX2024-02"));
        assertThat(opening.titleVi()).contains("Hoành Mô – Động Trung");
        assertThat(opening.completion()).isEqualTo(CompletionLevel.COMPLETE);
        assertThat(opening.updates()).anySatisfy(update -> {
            assertThat(update.state()).isEqualTo(UpdateState.APPROVED);
            assertThat(update.letterDate()).isEqualTo(LocalDate.of(2024, 6, 25));
        });
        var bridge = commitments.get(idOf("UBCTLH16-03"));
        assertThat(bridge.titleVi()).contains("Bắc Phong Sinh");
        assertThat(bridge.completion()).isEqualTo(CompletionLevel.SUBSTANTIAL);
    }
}
