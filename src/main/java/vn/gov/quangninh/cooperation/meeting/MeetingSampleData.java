package vn.gov.quangninh.cooperation.meeting;

import static vn.gov.quangninh.cooperation.agreement.CooperationField.BORDER_GATES_TRANSPORT;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.CUSTOMS;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.HEALTH;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.PARTY_RELATIONS;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.TOURISM;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.TRADE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.agreement.Agreement;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.agreement.Signatory;
import vn.gov.quangninh.cooperation.base.SampleData;
import vn.gov.quangninh.cooperation.security.CurrentUser.Actor;

/**
 * Spring talks and Joint Working Committee conferences from public facts: five sets of spring-talks
 * minutes and four committee memoranda signed 2016–2021 (Vietnam+, 2021), the 16th conference in
 * Hạ Long on 19–21 February 2025, the Bắc Luân II bridge cleared on 16/7/2020, the Hoành Mô – Động
 * Trung gate opened on 25/6/2024, the Bắc Phong Sinh – Lý Hỏa replacement bridge, market-information
 * sharing and anti-smuggling coordination. Names of delegates, other dates and cities are invented and
 * marked "(mẫu)" / "(样本)".
 */
@Component
@ConditionalOnBooleanProperty("app.sample-data")
class MeetingSampleData implements SampleData {

    private static final Actor RECORDED_BY = new Actor("staff", "Nguyễn Văn Dương");

    private final MeetingRepository meetings;
    private final ClauseRevisionRepository revisions;
    private final AgreementService agreements;
    private final Clock clock;

    MeetingSampleData(
            MeetingRepository meetings, ClauseRevisionRepository revisions, AgreementService agreements, Clock clock) {
        this.meetings = meetings;
        this.revisions = revisions;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public long existingRows() {
        return meetings.count();
    }

    @Override
    public String load() {
        var springTalks = List.of(
                springTalks(1, LocalDate.of(2016, 2, 25), Side.CHINESE, "Nam Ninh"),
                springTalks(2, LocalDate.of(2017, 2, 16), Side.VIETNAMESE, "Hạ Long"),
                springTalks(3, LocalDate.of(2018, 3, 2), Side.CHINESE, "Phòng Thành Cảng"),
                springTalks(4, LocalDate.of(2019, 2, 21), Side.VIETNAMESE, "Móng Cái"),
                springTalks(5, LocalDate.of(2021, 3, 10), Side.CHINESE, null),
                springTalks(6, LocalDate.of(2023, 2, 14), Side.VIETNAMESE, "Hạ Long"),
                springTalks(7, LocalDate.of(2024, 2, 28), Side.CHINESE, "Nam Ninh"),
                springTalks(8, LocalDate.of(2025, 2, 12), Side.VIETNAMESE, "Móng Cái"),
                springTalks(9, LocalDate.of(2026, 2, 26), Side.CHINESE, "Đông Hưng"));
        var committee = List.of(
                committee(9, LocalDate.of(2016, 11, 22), Side.CHINESE, "Nam Ninh"),
                committee(10, LocalDate.of(2018, 1, 16), Side.VIETNAMESE, "Hà Giang"),
                committee(11, LocalDate.of(2019, 4, 9), Side.CHINESE, "Nam Ninh"),
                committee(12, LocalDate.of(2021, 6, 29), Side.VIETNAMESE, null),
                committee(13, LocalDate.of(2022, 12, 6), Side.CHINESE, null),
                committee(14, LocalDate.of(2023, 9, 19), Side.CHINESE, "Nam Ninh"),
                committee(15, LocalDate.of(2024, 4, 23), Side.VIETNAMESE, "Cao Bằng"),
                committee(16, LocalDate.of(2025, 2, 19), Side.VIETNAMESE, "Hạ Long"));

        clauses(
                springTalks.get(3),
                List.of(
                        clause(
                                BORDER_GATES_TRANSPORT,
                                "Hoàn thành các thủ tục để sớm thông quan cầu Bắc Luân II thuộc cặp cửa khẩu "
                                        + "quốc tế Móng Cái – Đông Hưng.",
                                "完成手续，尽快开通芒街—东兴国际口岸北仑河二桥。",
                                "QN-QT/2019-02"),
                        clause(
                                BORDER_GATES_TRANSPORT,
                                "Phối hợp hoàn thiện hạ tầng khu vực cửa khẩu Hoành Mô – Động Trung để sớm công bố "
                                        + "chính thức cửa khẩu song phương.",
                                "协调完善横模—峒中口岸区域基础设施，争取早日正式开放双边口岸。",
                                null),
                        clause(
                                TRADE,
                                "Tăng cường trao đổi thông tin về chính sách xuất nhập khẩu, xuất nhập cảnh của hai nước.",
                                "加强两国进出口、出入境政策信息交流。",
                                null)));
        clauses(
                springTalks.get(6),
                List.of(
                        clause(
                                BORDER_GATES_TRANSPORT,
                                "Tổ chức lễ công bố mở chính thức cặp cửa khẩu song phương Hoành Mô – Động "
                                        + "Trung và lối thông quan Bắc Phong Sinh – Lý Hỏa trong năm 2024.",
                                "2024年内举行横模—峒中双边口岸及北丰生—里火通道正式开放仪式。",
                                "QN-QT/2023-04"),
                        clause(
                                PARTY_RELATIONS,
                                "Tiếp tục thực hiện thỏa thuận tăng cường giao lưu hữu nghị giữa các tổ chức cơ sở "
                                        + "đảng.",
                                "继续落实加强基层党组织友好交流协议。",
                                "QN-QT/2016-01"),
                        clause(
                                TOURISM,
                                "Khôi phục tour du lịch qua cửa khẩu Móng Cái – Đông Hưng bằng giấy thông hành.",
                                "恢复凭通行证经芒街—东兴口岸的旅游线路。",
                                "MC-DH/2019-01")));
        clauses(
                springTalks.get(8),
                List.of(
                        clause(
                                TRADE,
                                "Phấn đấu kim ngạch xuất nhập khẩu giữa hai tỉnh – khu năm 2026 tăng trên 15%.",
                                "力争2026年两省区进出口额增长15%以上。",
                                null),
                        clause(
                                BORDER_GATES_TRANSPORT,
                                "Nghiên cứu xây dựng cửa khẩu thông minh Móng Cái – Đông Hưng.",
                                "研究建设芒街—东兴智慧口岸。",
                                "QN-QT/2026-01")));
        var sixteenth = committee.get(7);
        clauses(
                committee.get(6),
                List.of(
                        clause(
                                BORDER_GATES_TRANSPORT,
                                "Hoàn thiện các điều kiện để công bố mở chính thức cặp cửa khẩu Hoành Mô – Động "
                                        + "Trung.",
                                "完善条件，正式开放横模—峒中口岸。",
                                "QN-QT/2023-04"),
                        clause(
                                HEALTH,
                                "Duy trì cơ chế trao đổi thông tin dịch bệnh truyền nhiễm qua biên giới.",
                                "保持跨境传染病信息交流机制。",
                                "QN-QT/2020-02")));
        clauses(
                sixteenth,
                List.of(
                        clause(
                                BORDER_GATES_TRANSPORT,
                                "Phối hợp hoàn thiện hạ tầng, nâng cao năng lực thông quan tại cặp cửa khẩu song "
                                        + "phương Hoành Mô – Động Trung sau khi mở chính thức ngày 25/6/2024.",
                                "协调完善横模—峒中双边口岸（2024年6月25日正式开放）基础设施，提升通关能力。",
                                "QN-QT/2023-04"),
                        clause(
                                BORDER_GATES_TRANSPORT,
                                "Đẩy nhanh xây dựng cầu thay thế đường tràn qua lối thông quan Bắc Phong Sinh – "
                                        + "Lý Hỏa.",
                                "加快建设北丰生—里火通道漫水路替代桥。",
                                "QN-QT/2021-03"),
                        clause(
                                TRADE,
                                "Tăng cường chia sẻ thông tin thị trường hai chiều; tạo thuận lợi cho doanh nghiệp tham gia hội "
                                        + "chợ, hội nghị kết nối giao thương.",
                                "加强双向市场信息共享，为企业参加展会和贸易对接会提供便利。",
                                "SCT-STM/2023-01"),
                        clause(
                                CUSTOMS,
                                "Phối hợp trao đổi thông tin, đấu tranh phòng chống buôn lậu, gian lận thương mại, hàng hóa trái "
                                        + "phép và ma túy qua biên giới.",
                                "协调交换信息，打击跨境走私、商业欺诈、非法货物和毒品。",
                                "HQMC-HQDH/2019-01"),
                        clause(
                                TRADE,
                                "Mở rộng quy mô thương mại hàng hóa nông, lâm, thủy sản qua các cửa khẩu trên địa bàn.",
                                "扩大农林水产品经辖区各口岸的贸易规模。",
                                null),
                        clause(
                                TOURISM,
                                "Khôi phục và mở rộng các tour du lịch qua cửa khẩu Móng Cái – Đông Hưng.",
                                "恢复并扩大经芒街—东兴口岸的旅游线路。",
                                "MC-DH/2019-01")));
        var memorandum = sixteenth.getMinutes().getFirst();
        signAll(springTalks.subList(0, springTalks.size() - 1)); // this year's minutes are still a draft
        signAll(committee);
        meetings.save(other());
        meetings.flush(); // the clauses added above get their ids before a revision refers to one
        revisions.save(memorandum.correct(
                5,
                memorandum.getClauses().get(4).getTextVi(),
                "协调交换信息，打击跨境走私、商业欺诈、违禁货物和毒品。",
                "Sửa từ ngữ bản tiếng Trung theo văn bản ký.",
                1,
                RECORDED_BY,
                clock.instant()));
        return (springTalks.size() + committee.size() + 1) + " meetings with their minutes";
    }

    private Meeting springTalks(int session, LocalDate start, Side host, @Nullable String city) {
        var delegates = List.of(
                new Delegate(
                        Side.VIETNAMESE,
                        VietnameseProvince.QUANG_NINH,
                        DelegateRole.HEAD,
                        "Trần Văn Sơn (mẫu)",
                        "Bí thư Tỉnh ủy Quảng Ninh"),
                new Delegate(
                        Side.VIETNAMESE,
                        VietnameseProvince.QUANG_NINH,
                        DelegateRole.MEMBER,
                        "Đỗ Minh Tuấn (mẫu)",
                        "Phó Chủ tịch UBND tỉnh Quảng Ninh"),
                new Delegate(Side.CHINESE, null, DelegateRole.HEAD, "黄海波 (样本)", "广西壮族自治区党委书记"),
                new Delegate(Side.CHINESE, null, DelegateRole.MEMBER, "李明华 (样本)", "广西壮族自治区人民政府副主席"));
        var meeting = new Meeting(new MeetingContent(
                MeetingSeries.SPRING_TALKS,
                session,
                null,
                start,
                start,
                host,
                city == null ? null : "Trung tâm hội nghị (mẫu)",
                city,
                city == null ? MeetingFormat.ONLINE : MeetingFormat.IN_PERSON,
                delegates,
                EnumSet.of(VietnameseProvince.QUANG_NINH),
                List.of(
                        "Đánh giá kết quả hợp tác năm trước",
                        "Thống nhất nội dung hợp tác năm nay",
                        "Ký biên bản hội đàm"),
                null));
        var minutes = meeting.openMinutes(MinutesKind.MINUTES);
        minutes.describe(
                MinutesKind.MINUTES,
                "HĐĐX-" + start.getYear(),
                city,
                Set.of(TextLanguage.VIETNAMESE, TextLanguage.CHINESE),
                List.of(
                        new Signatory(Side.VIETNAMESE, "Trần Văn Sơn (mẫu)", "Bí thư Tỉnh ủy Quảng Ninh"),
                        new Signatory(Side.CHINESE, "黄海波 (样本)", "广西壮族自治区党委书记")));
        minutes.replaceClauses(
                List.of(clause(
                                TRADE,
                                "Hai bên đánh giá cao kết quả hợp tác năm " + (start.getYear() - 1)
                                        + " và thống nhất tiếp tục thúc đẩy hợp tác toàn diện.",
                                "双方高度评价" + (start.getYear() - 1) + "年合作成果，一致同意继续推进全面合作。",
                                null)
                        .toContent(1)),
                clause -> true);
        return meetings.save(meeting);
    }

    private Meeting committee(int session, LocalDate start, Side host, @Nullable String city) {
        var delegates = new ArrayList<Delegate>();
        delegates.add(new Delegate(
                Side.VIETNAMESE,
                VietnameseProvince.QUANG_NINH,
                DelegateRole.HEAD,
                "Phạm Đức Long (mẫu)",
                "Phó Chủ tịch UBND tỉnh Quảng Ninh"));
        delegates.add(new Delegate(
                Side.VIETNAMESE,
                VietnameseProvince.QUANG_NINH,
                DelegateRole.MEMBER,
                "Nguyễn Thị Lan (mẫu)",
                "Giám đốc Sở Ngoại vụ Quảng Ninh"));
        delegates.add(new Delegate(
                Side.VIETNAMESE,
                VietnameseProvince.CAO_BANG,
                DelegateRole.HEAD,
                "Hoàng Văn Minh (mẫu)",
                "Phó Chủ tịch UBND tỉnh Cao Bằng"));
        delegates.add(new Delegate(
                Side.VIETNAMESE,
                VietnameseProvince.HA_GIANG,
                DelegateRole.HEAD,
                "Lý Thị Hoa (mẫu)",
                "Phó Chủ tịch UBND tỉnh Hà Giang"));
        delegates.add(new Delegate(
                Side.VIETNAMESE,
                VietnameseProvince.LANG_SON,
                DelegateRole.HEAD,
                "Vi Đức Thắng (mẫu)",
                "Phó Chủ tịch UBND tỉnh Lạng Sơn"));
        delegates.add(new Delegate(Side.CHINESE, null, DelegateRole.HEAD, "刘建华 (样本)", "广西壮族自治区人民政府副主席"));
        delegates.add(new Delegate(Side.CHINESE, null, DelegateRole.MEMBER, "陈明 (样本)", "广西壮族自治区外事办公室主任"));
        var end = start.plusDays(2);
        var meeting = new Meeting(new MeetingContent(
                MeetingSeries.JOINT_WORKING_COMMITTEE,
                session,
                null,
                start,
                end,
                host,
                city == null ? null : "Trung tâm hội nghị tỉnh (mẫu)",
                city,
                city == null ? MeetingFormat.ONLINE : MeetingFormat.IN_PERSON,
                delegates,
                EnumSet.allOf(VietnameseProvince.class),
                List.of(
                        "Báo cáo kết quả thực hiện biên bản ghi nhớ hội nghị lần trước",
                        "Thảo luận phương hướng hợp tác",
                        "Ký biên bản ghi nhớ"),
                "Đại diện Đại sứ quán Việt Nam tại Trung Quốc (mẫu)"));
        var minutes = meeting.openMinutes(MinutesKind.MEMORANDUM);
        minutes.describe(
                MinutesKind.MEMORANDUM,
                "UBCTLH-" + session,
                city,
                Set.of(TextLanguage.VIETNAMESE, TextLanguage.CHINESE),
                List.of(
                        new Signatory(
                                Side.VIETNAMESE,
                                "Phạm Đức Long (mẫu)",
                                "Phó Chủ tịch UBND tỉnh Quảng Ninh, Trưởng đoàn phía Việt Nam"),
                        new Signatory(Side.CHINESE, "刘建华 (样本)", "广西壮族自治区人民政府副主席")));
        minutes.replaceClauses(
                List.of(clause(
                                TRADE,
                                "Hai bên thống nhất duy trì cơ chế Ủy ban công tác liên hợp và "
                                        + "họp định kỳ hằng năm.",
                                "双方同意保持联合工作委员会机制，每年定期举行会议。",
                                null)
                        .toContent(1)),
                clause -> true);
        return meetings.save(meeting);
    }

    private Meeting other() {
        var day = LocalDate.of(2025, 8, 14);
        var meeting = new Meeting(new MeetingContent(
                MeetingSeries.OTHER,
                null,
                "Họp nhóm công tác cửa khẩu Móng Cái – Đông Hưng",
                day,
                day,
                Side.VIETNAMESE,
                "Chi cục Hải quan Móng Cái",
                "Móng Cái",
                MeetingFormat.IN_PERSON,
                List.of(
                        new Delegate(
                                Side.VIETNAMESE,
                                VietnameseProvince.QUANG_NINH,
                                DelegateRole.HEAD,
                                "Nguyễn Văn Dương",
                                "Phó Chi cục trưởng Chi cục Hải quan cửa khẩu Móng Cái"),
                        new Delegate(Side.CHINESE, null, DelegateRole.HEAD, "王强 (样本)", "东兴海关副关长")),
                Set.of(VietnameseProvince.QUANG_NINH),
                List.of("Tháo gỡ ùn tắc hàng nông sản mùa cao điểm"),
                null));
        meeting.openMinutes(MinutesKind.MINUTES);
        return meeting;
    }

    /** Adds clauses 2, 3... after the opening clause every sample minutes has. */
    private void clauses(Meeting meeting, List<SampleClause> more) {
        var minutes = meeting.getMinutes().getFirst();
        var contents = new ArrayList<ClauseContent>();
        minutes.getClauses()
                .forEach(clause -> contents.add(new ClauseContent(
                        clause.getId(),
                        clause.getNumber(),
                        clause.getField(),
                        clause.getTextVi(),
                        clause.getTextZh(),
                        Map.of())));
        for (int i = 0; i < more.size(); i++) {
            contents.add(more.get(i).toContent(contents.size() + 1));
        }
        minutes.replaceClauses(contents, clause -> true);
    }

    private void signAll(List<Meeting> list) {
        list.stream()
                .map(meeting -> meeting.getMinutes().getFirst())
                .forEach(minutes -> minutes.sign(minutes.getMeeting().getEndDate()));
    }

    private SampleClause clause(CooperationField field, String textVi, String textZh, @Nullable String agreementCode) {
        return new SampleClause(field, textVi, textZh, agreementCode == null ? null : agreement(agreementCode));
    }

    private Agreement agreement(String code) {
        var option = agreements.options(code, 5).stream()
                .filter(o -> o.referenceCode().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No sample agreement " + code));
        return agreements.reference(option.id());
    }

    private record SampleClause(
            CooperationField field,
            String textVi,
            String textZh,
            @Nullable Agreement agreement) {

        ClauseContent toContent(int number) {
            var referenced = new LinkedHashMap<Agreement, ClauseRelation>();
            if (agreement != null) {
                referenced.put(agreement, ClauseRelation.IMPLEMENTS);
            }
            return new ClauseContent(null, number, field, textVi, textZh, referenced);
        }
    }
}
