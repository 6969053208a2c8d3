package vn.gov.quangninh.cooperation.commitment;

import static vn.gov.quangninh.cooperation.commitment.CompletionLevel.COMPLETE;
import static vn.gov.quangninh.cooperation.commitment.CompletionLevel.LIMITED;
import static vn.gov.quangninh.cooperation.commitment.CompletionLevel.SUBSTANTIAL;
import static vn.gov.quangninh.cooperation.commitment.PartyStatus.DONE;
import static vn.gov.quangninh.cooperation.commitment.PartyStatus.IN_PROGRESS;
import static vn.gov.quangninh.cooperation.commitment.PartyStatus.NOT_STARTED;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.SampleData;
import vn.gov.quangninh.cooperation.base.files.DocumentKind;
import vn.gov.quangninh.cooperation.base.files.FileStore;
import vn.gov.quangninh.cooperation.base.files.StoredDocument;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.meeting.MeetingFilter;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.security.CurrentUser.Actor;
import vn.gov.quangninh.cooperation.security.Department;
import vn.gov.quangninh.cooperation.security.DepartmentService;

/**
 * Commitments from the sample minutes with a history of updates, so the dashboard means something
 * on the first start: the Hoành Mô – Động Trung gate opened (complete, evidence dated 25/6/2024), the
 * Bắc Phong Sinh – Lý Hỏa bridge substantial, some overdue, some due soon, one awaiting the
 * counterpart, one update waiting for review. Due dates near today are set relative to today.
 */
@Component
@ConditionalOnBooleanProperty("app.sample-data")
class CommitmentSampleData implements SampleData {

    private static final Actor STAFF = new Actor("staff", "Nguyễn Văn Dương");
    private static final Actor MANAGER = new Actor("manager", "Nguyễn Thị Thu Hà");
    private static final Actor LIAISON = new Actor("liaison", "Cán bộ đầu mối");

    private final CommitmentRepository commitments;
    private final ProgressUpdateRepository updates;
    private final UpdateEvidenceRepository evidence;
    private final MeetingService meetings;
    private final AgreementService agreements;
    private final DepartmentService departments;
    private final FileStore files;
    private final Clock clock;
    private LocalDate today;

    CommitmentSampleData(
            CommitmentRepository commitments,
            ProgressUpdateRepository updates,
            UpdateEvidenceRepository evidence,
            MeetingService meetings,
            AgreementService agreements,
            DepartmentService departments,
            FileStore files,
            Clock clock) {
        this.commitments = commitments;
        this.updates = updates;
        this.evidence = evidence;
        this.meetings = meetings;
        this.agreements = agreements;
        this.departments = departments;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public long existingRows() {
        return commitments.count();
    }

    @Override
    public String load() {
        today = LocalDate.now(clock);
        var created = new ArrayList<Commitment>();

        var opening = fromClause(
                MeetingSeries.SPRING_TALKS,
                7,
                2,
                "BQLKKT",
                Set.of("UBND-BL", "BDBP"),
                LocalDate.of(2024, 6, 30),
                parties(DONE, DONE),
                "Ban Quản lý khu kinh tế Phòng Thành Cảng");
        approved(
                opening,
                LocalDate.of(2024, 3, 20),
                LIMITED,
                "Hoàn thành hạ tầng phía Việt Nam; chờ phía Trung Quốc " + "hoàn thiện khu kiểm soát.",
                null,
                null);
        approved(
                        opening,
                        LocalDate.of(2024, 6, 25),
                        COMPLETE,
                        "Cặp cửa khẩu song phương Hoành Mô – Động Trung chính " + "thức mở cửa ngày 25/6/2024.",
                        "Thông báo số 2451/TB-UBND",
                        LocalDate.of(2024, 6, 25))
                .withEvidence("thong-bao-mo-cua-khau-hoanh-mo.pdf");
        created.add(opening);

        var bridge = fromClause(
                MeetingSeries.JOINT_WORKING_COMMITTEE,
                16,
                3,
                "SXD",
                Set.of("UBND-BL"),
                today.plusDays(20),
                parties(IN_PROGRESS, IN_PROGRESS),
                "Sở Giao thông vận tải Quảng Tây");
        approved(
                bridge, LocalDate.of(2025, 6, 10), LIMITED, "Hoàn thành thiết kế cầu thay thế đường tràn.", null, null);
        approved(
                bridge,
                today.minusDays(40),
                SUBSTANTIAL,
                "Thi công đạt khoảng 80% khối lượng; dự kiến hợp long " + "trong tháng tới.",
                "318/BC-SXD",
                today.minusDays(42));
        created.add(bridge);

        var market = fromClause(
                MeetingSeries.JOINT_WORKING_COMMITTEE,
                16,
                4,
                "SCT",
                Set.of("SNGV"),
                today.minusDays(30),
                List.of(
                        new ResponsibleParty(Party.QUANG_NINH, DONE),
                        new ResponsibleParty(Party.CAO_BANG, DONE),
                        new ResponsibleParty(Party.HA_GIANG, DONE),
                        new ResponsibleParty(Party.LANG_SON, DONE),
                        new ResponsibleParty(Party.GUANGXI, IN_PROGRESS)),
                "Sở Thương mại Quảng Tây");
        approved(
                market,
                today.minusDays(60),
                SUBSTANTIAL,
                "Bốn tỉnh đã lập đầu mối và gửi bản tin thị trường hằng " + "tháng; chờ phía Quảng Tây cử đầu mối.",
                "Công văn số 1120/SCT-QLTM",
                today.minusDays(61));
        created.add(market);

        var smuggling = fromClause(
                MeetingSeries.JOINT_WORKING_COMMITTEE,
                16,
                5,
                "HQMC",
                Set.of("CAT", "BDBP"),
                null,
                parties(IN_PROGRESS, IN_PROGRESS),
                "Hải quan Đông Hưng");
        submitted(
                smuggling,
                today.minusDays(6),
                SUBSTANTIAL,
                "Hai bên trao đổi thông tin định kỳ hằng tháng; đã phối " + "hợp bắt giữ 3 vụ vận chuyển hàng cấm.",
                "77/BC-HQMC",
                today.minusDays(7));
        created.add(smuggling);

        var farming = fromClause(
                MeetingSeries.JOINT_WORKING_COMMITTEE,
                16,
                6,
                "SCT",
                Set.of("SNNMT"),
                today.minusDays(120),
                parties(IN_PROGRESS, NOT_STARTED),
                null);
        approved(farming, today.minusDays(150), LIMITED, "Đã khảo sát nhu cầu doanh nghiệp xuất khẩu.", null, null);
        created.add(farming);

        var tourism = fromClause(
                MeetingSeries.JOINT_WORKING_COMMITTEE,
                16,
                7,
                "SDL",
                Set.of("SNGV", "UBND-MC"),
                today.plusDays(10),
                parties(NOT_STARTED, NOT_STARTED),
                "Sở Văn hóa và Du lịch Quảng Tây");
        created.add(tourism);

        var hoanhMoWorks = fromClause(
                MeetingSeries.JOINT_WORKING_COMMITTEE,
                16,
                2,
                "BQLKKT",
                Set.of("SNGV"),
                today.plusDays(120),
                parties(IN_PROGRESS, IN_PROGRESS),
                null);
        var returned = update(
                hoanhMoWorks, today.minusDays(12), LIMITED, "Đang lập kế hoạch mở rộng bãi kiểm hóa.", null, null);
        returned.submit(at(today.minusDays(12)));
        hoanhMoWorks.returnUpdate(
                returned, "Bổ sung số, ngày văn bản phê duyệt kế hoạch.", MANAGER, at(today.minusDays(10)));
        created.add(hoanhMoWorks);

        var bacLuan = fromClause(
                MeetingSeries.SPRING_TALKS,
                4,
                2,
                "SXD",
                Set.of("HQMC"),
                LocalDate.of(2020, 7, 31),
                parties(DONE, DONE),
                "Chính quyền thành phố Đông Hưng");
        approved(
                bacLuan,
                LocalDate.of(2020, 7, 16),
                COMPLETE,
                "Cầu Bắc Luân II chính thức thông quan ngày 16/7/2020.",
                "Thông báo số 1560/TB-UBND",
                LocalDate.of(2020, 7, 16));
        created.add(bacLuan);

        var party = fromClause(
                MeetingSeries.SPRING_TALKS,
                7,
                3,
                "VP-TU",
                Set.of("SNGV"),
                null,
                parties(IN_PROGRESS, IN_PROGRESS),
                "Ban Tổ chức Khu ủy Quảng Tây");
        approved(
                party,
                LocalDate.of(2025, 9, 30),
                SUBSTANTIAL,
                "Tổ chức 4 đoàn giao lưu cơ sở đảng trong năm.",
                null,
                null);
        created.add(party);

        var tours = fromClause(
                MeetingSeries.SPRING_TALKS,
                7,
                4,
                "SDL",
                Set.of("UBND-MC"),
                LocalDate.of(2025, 6, 30),
                parties(DONE, DONE),
                null);
        approved(
                tours,
                LocalDate.of(2025, 5, 20),
                COMPLETE,
                "Khôi phục tour du lịch qua cửa khẩu bằng giấy thông hành.",
                "Công văn số 845/SDL-QLLH",
                LocalDate.of(2025, 5, 20));
        created.add(tours);

        var trade2026 = fromClause(
                MeetingSeries.SPRING_TALKS,
                8,
                1,
                "SCT",
                Set.of(),
                LocalDate.of(2026, 12, 31),
                parties(IN_PROGRESS, IN_PROGRESS),
                null);
        created.add(trade2026);

        var fair = fromAgreement(
                "SCT-STM/2023-01",
                "Tổ chức hội nghị kết nối giao thương Quảng Ninh – Quảng Tây hằng năm",
                "每年举办广宁—广西贸易对接会",
                "SCT",
                today.plusDays(60));
        approved(fair, today.minusDays(90), LIMITED, "Đã thống nhất thời gian, địa điểm hội nghị năm nay.", null, null);
        created.add(fair);

        var online = fromClause(
                MeetingSeries.JOINT_WORKING_COMMITTEE,
                13,
                1,
                "SCT",
                Set.of(),
                LocalDate.of(2023, 6, 30),
                parties(NOT_STARTED, NOT_STARTED),
                null);
        online.cancel(
                "Hai bên thống nhất thay hội chợ trực tuyến bằng hội chợ trực tiếp sau dịch COVID-19.",
                MANAGER,
                at(LocalDate.of(2023, 3, 1)));
        created.add(online);

        var draft =
                update(tourism, today.minusDays(1), LIMITED, "Đang xây dựng chương trình tour liên tuyến.", null, null);
        updates.save(draft);
        commitments.flush();
        return created.size() + " commitments with their progress updates";
    }

    private Commitment fromClause(
            MeetingSeries series,
            int session,
            int clauseNumber,
            String lead,
            Set<String> supporting,
            @Nullable LocalDate due,
            List<ResponsibleParty> parties,
            @Nullable String counterpart) {
        var meeting =
                meetings.search(new MeetingFilter(Set.of(series), null, null, null), PageRequest.of(0, 50)).stream()
                        .filter(row -> row.sessionNumber() != null && row.sessionNumber() == session)
                        .findFirst()
                        .orElseThrow();
        var clause = meetings.get(meeting.id()).minutes().getFirst().clauses().stream()
                .filter(c -> c.number() == clauseNumber)
                .findFirst()
                .orElseThrow();
        var entity = meetings.clause(clause.id());
        var code = entity.getMinutes().getMeeting().commitmentCodePrefix() + "-%02d".formatted(clauseNumber);
        var title = clause.textVi().length() > Commitment.TITLE_LENGTH
                ? clause.textVi().substring(0, 499)
                : clause.textVi();
        return commitments.save(Commitment.fromClause(
                code,
                entity,
                content(title, clause.textZh(), clause.field(), lead, supporting, due, parties, counterpart),
                at(meeting.endDate())));
    }

    private Commitment fromAgreement(String agreementCode, String title, String titleZh, String lead, LocalDate due) {
        var option = agreements.options(agreementCode, 5).stream()
                .filter(o -> o.referenceCode().equals(agreementCode))
                .findFirst()
                .orElseThrow();
        var agreement = agreements.reference(option.id());
        return commitments.save(Commitment.fromAgreement(
                agreementCode + "-CK01",
                agreement,
                content(
                        title,
                        titleZh,
                        agreement.getFields().stream().findFirst().orElse(null),
                        lead,
                        Set.of(),
                        due,
                        parties(IN_PROGRESS, IN_PROGRESS),
                        "Sở Thương mại Quảng Tây"),
                at(agreement.getSigningDate())));
    }

    private CommitmentContent content(
            String title,
            @Nullable String titleZh,
            @Nullable CooperationField field,
            String lead,
            Set<String> supporting,
            @Nullable LocalDate due,
            List<ResponsibleParty> parties,
            @Nullable String counterpart) {
        return new CommitmentContent(
                title,
                titleZh,
                null,
                field,
                parties,
                department(lead),
                supporting.stream().map(this::department).collect(Collectors.toSet()),
                counterpart,
                due,
                due == null,
                due == null ? 6 : null,
                Priority.NORMAL);
    }

    private Department department(String code) {
        return departments.requireByCode(code);
    }

    private static List<ResponsibleParty> parties(PartyStatus quangNinh, PartyStatus guangxi) {
        return List.of(new ResponsibleParty(Party.QUANG_NINH, quangNinh), new ResponsibleParty(Party.GUANGXI, guangxi));
    }

    private ProgressUpdate update(
            Commitment commitment,
            LocalDate asOf,
            CompletionLevel level,
            String narrative,
            @Nullable String letter,
            @Nullable LocalDate letterDate) {
        var content = new UpdateContent(
                asOf, narrative, null, level, letter, letterDate, null, null, null, commitment.getParties());
        // The demo staff account reports for its own department; other departments through their liaison.
        var foreignAffairs = department("SNGV");
        var ours = commitment.isOwnedBy(foreignAffairs.getId());
        return updates.save(new ProgressUpdate(
                commitment,
                content,
                ours ? STAFF : LIAISON,
                ours ? foreignAffairs : commitment.getLeadDepartment(),
                at(asOf)));
    }

    private Approved approved(
            Commitment commitment,
            LocalDate asOf,
            CompletionLevel level,
            String narrative,
            @Nullable String letter,
            @Nullable LocalDate letterDate) {
        var update = update(commitment, asOf, level, narrative, letter, letterDate);
        update.submit(at(asOf));
        commitment.approve(update, MANAGER, at(asOf.plusDays(2)));
        return new Approved(update);
    }

    private void submitted(
            Commitment commitment,
            LocalDate asOf,
            CompletionLevel level,
            String narrative,
            @Nullable String letter,
            @Nullable LocalDate letterDate) {
        update(commitment, asOf, level, narrative, letter, letterDate).submit(at(asOf));
    }

    /** An approved update, to which evidence may be attached. */
    private final class Approved {
        private final ProgressUpdate update;

        Approved(ProgressUpdate update) {
            this.update = update;
        }

        void withEvidence(String fileName) {
            try {
                var pdf = Files.createTempFile("evidence", ".pdf");
                Files.writeString(
                        pdf,
                        "%PDF-1.4\n% Thong bao (du lieu mau)\n1 0 obj << /Type /Catalog >> endobj\n"
                                + "trailer << /Root 1 0 R >>\n%%EOF\n",
                        StandardCharsets.UTF_8);
                var stored = files.store(pdf);
                Files.deleteIfExists(pdf);
                evidence.save(new UpdateEvidence(
                        update,
                        StoredDocument.of(
                                DocumentKind.OTHER, fileName, stored, STAFF.fullName(), update.getCreatedAt())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).atZone(Formats.OFFICE_ZONE).toInstant();
    }
}
