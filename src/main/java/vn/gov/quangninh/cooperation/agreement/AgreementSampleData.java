package vn.gov.quangninh.cooperation.agreement;

import static vn.gov.quangninh.cooperation.agreement.CooperationField.AGRICULTURE;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.BORDER_GATES_TRANSPORT;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.BORDER_MANAGEMENT_SECURITY;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.CULTURE_EDUCATION;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.CUSTOMS;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.HEALTH;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.LABOUR;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.OTHER;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.PARTY_RELATIONS;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.TOURISM;
import static vn.gov.quangninh.cooperation.agreement.CooperationField.TRADE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.base.SampleData;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.security.CurrentUser.Actor;
import vn.gov.quangninh.cooperation.security.DepartmentService;

/**
 * The register as the office might keep it: the Guangxi localities and agencies Quảng Ninh works
 * with, and 26 province-level agreements. The facts come from two public articles (Vietnam+ 2021,
 * Quảng Ninh newspaper 2025): the party-organisation friendship agreement (2016–2021), cadre
 * training, cross-border labour management, the Bắc Luân II bridge (cleared 16/7/2020), the
 * Hoành Mô – Động Trung gate (opened 25/6/2024), the trade cooperation between the two trade
 * departments. Dates, codes, signatories and the other agreements are invented, and their summaries
 * say so.
 */
@Component
@ConditionalOnBooleanProperty("app.sample-data")
class AgreementSampleData implements SampleData {

    static final Actor RECORDED_BY = new Actor("staff", "Nguyễn Văn Dương");
    private static final String SAMPLE = " (Dữ liệu mẫu.)";

    private final CounterpartLocalityRepository localities;
    private final AgreementRepository agreements;
    private final AgreementLinkRepository links;
    private final DepartmentService departments;
    private final Clock clock;
    private final Map<String, CounterpartLocality> byKey = new HashMap<>();

    AgreementSampleData(
            CounterpartLocalityRepository localities,
            AgreementRepository agreements,
            AgreementLinkRepository links,
            DepartmentService departments,
            Clock clock) {
        this.localities = localities;
        this.agreements = agreements;
        this.links = links;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public long existingRows() {
        return agreements.count() + localities.count();
    }

    @Override
    public String load() {
        loadLocalities();
        var saved = loadAgreements();
        links.save(new AgreementLink(saved.get("SCT-STM/2025-01"), LinkType.AMENDS, saved.get("SCT-STM/2023-01")));
        links.save(new AgreementLink(saved.get("QN-QT/2023-04"), LinkType.IMPLEMENTS, saved.get("QN-QT/2019-02")));
        links.save(new AgreementLink(saved.get("QN-QT/2024-01"), LinkType.SUPERSEDES, saved.get("QN-QT/2018-01")));
        return byKey.size() + " counterpart localities, " + saved.size() + " agreements";
    }

    private void loadLocalities() {
        locality(
                "QT",
                "广西壮族自治区",
                "Quảng Tây",
                "Guǎngxī Zhuàngzú Zìzhìqū",
                "Guangxi Zhuang Autonomous Region",
                LocalityLevel.REGION,
                null,
                true);
        locality(
                "PTC",
                "防城港市",
                "Phòng Thành Cảng",
                "Fángchénggǎng Shì",
                "Fangchenggang City",
                LocalityLevel.PREFECTURE_CITY,
                "QT",
                true);
        locality("DH", "东兴市", "Đông Hưng", "Dōngxīng Shì", "Dongxing City", LocalityLevel.COUNTY, "PTC", true);
        locality("PT", "防城区", "Phòng Thành", "Fángchéng Qū", "Fangcheng District", LocalityLevel.COUNTY, "PTC", true);
        locality("ST", "崇左市", "Sùng Tả", "Chóngzuǒ Shì", "Chongzuo City", LocalityLevel.PREFECTURE_CITY, "QT", false);
        locality("BS", "百色市", "Bách Sắc", "Bǎisè Shì", "Baise City", LocalityLevel.PREFECTURE_CITY, "QT", false);
        locality("NN", "南宁市", "Nam Ninh", "Nánníng Shì", "Nanning City", LocalityLevel.PREFECTURE_CITY, "QT", false);
        locality("KC", "钦州市", "Khâm Châu", "Qīnzhōu Shì", "Qinzhou City", LocalityLevel.PREFECTURE_CITY, "QT", false);
        locality("BH", "北海市", "Bắc Hải", "Běihǎi Shì", "Beihai City", LocalityLevel.PREFECTURE_CITY, "QT", false);
        locality(
                "STM",
                "广西壮族自治区商务厅",
                "Sở Thương mại Quảng Tây",
                "Guǎngxī Shāngwù Tīng",
                "Department of Commerce of Guangxi",
                LocalityLevel.DEPARTMENT,
                "QT",
                false);
        locality(
                "NV",
                "广西壮族自治区外事办公室",
                "Văn phòng Ngoại vụ Quảng Tây",
                "Guǎngxī Wàishì Bàngōngshì",
                "Foreign Affairs Office of Guangxi",
                LocalityLevel.DEPARTMENT,
                "QT",
                false);
        locality(
                "VHDL",
                "广西壮族自治区文化和旅游厅",
                "Sở Văn hóa và Du lịch Quảng Tây",
                "Guǎngxī Wénhuà hé Lǚyóu Tīng",
                "Department of Culture and Tourism of Guangxi",
                LocalityLevel.DEPARTMENT,
                "QT",
                false);
        locality(
                "HQDH",
                "东兴海关",
                "Hải quan Đông Hưng",
                "Dōngxīng Hǎiguān",
                "Dongxing Customs",
                LocalityLevel.DEPARTMENT,
                "DH",
                true);
        locality("QD", "广东省", "Quảng Đông", "Guǎngdōng Shěng", "Guangdong Province", LocalityLevel.REGION, null, false);
        locality("HN", "海南省", "Hải Nam", "Hǎinán Shěng", "Hainan Province", LocalityLevel.REGION, null, false);
        locality("VN", "云南省", "Vân Nam", "Yúnnán Shěng", "Yunnan Province", LocalityLevel.REGION, null, false);
    }

    private void locality(
            String key,
            String zh,
            String vi,
            String pinyin,
            String en,
            LocalityLevel level,
            @Nullable String parent,
            boolean borders) {
        byKey.put(
                key,
                localities.save(new CounterpartLocality(
                        zh, vi, pinyin, en, level, parent == null ? null : byKey.get(parent), borders)));
    }

    private Map<String, Agreement> loadAgreements() {
        var today = LocalDate.now(clock);
        var list = new ArrayList<Sample>();
        list.add(new Sample(
                "QN-QT/2016-01",
                "Thỏa thuận về tăng cường giao lưu hữu nghị giữa các tổ chức cơ sở đảng",
                "关于加强基层党组织友好交流的协议",
                "Agreement on friendship exchanges between grassroots party organisations",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.PARTY_COMMITTEE,
                List.of("QT"),
                LocalDate.of(2016, 3, 18),
                "Nam Ninh",
                null,
                true,
                Set.of(PARTY_RELATIONS),
                "VP-TU",
                "Ký giữa Tỉnh ủy Quảng Ninh và Khu ủy Quảng Tây trong giai đoạn 2016–2021, theo Vietnam+ (2021); "
                        + "ngày và nơi ký là dữ liệu mẫu.",
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                        "QN-QT/2017-01",
                        "Thỏa thuận hợp tác đào tạo cán bộ",
                        "干部培训合作协议",
                        "Agreement on cadre training cooperation",
                        AgreementKind.COOPERATION_AGREEMENT,
                        AgreementLevel.PROVINCIAL_PEOPLES_COMMITTEE,
                        List.of("QT"),
                        LocalDate.of(2017, 4, 12),
                        "Hạ Long",
                        LocalDate.of(2022, 4, 11),
                        false,
                        Set.of(CULTURE_EDUCATION),
                        "SNV",
                        "Đào tạo, bồi dưỡng cán bộ hai bên; nêu trong Vietnam+ (2021). Gia hạn đến 2027; ngày tháng là dữ "
                                + "liệu mẫu.",
                        LifecycleAction.BRING_INTO_FORCE,
                        LifecycleAction.EXTEND)
                .extendedTo(LocalDate.of(2027, 4, 11)));
        list.add(new Sample(
                "QN-QT/2018-01",
                "Thỏa thuận về quản lý lao động qua biên giới",
                "关于跨境劳务管理的协议",
                "Agreement on the management of cross-border labour",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.PROVINCIAL_PEOPLES_COMMITTEE,
                List.of("QT", "PTC"),
                LocalDate.of(2018, 9, 20),
                "Móng Cái",
                LocalDate.of(2023, 12, 31),
                false,
                Set.of(LABOUR, BORDER_MANAGEMENT_SECURITY),
                "SNV",
                "Quản lý người lao động qua biên giới; nêu trong Vietnam+ (2021). Đã quá ngày hết hiệu lực mà chưa "
                        + "gia hạn: sổ đăng ký tự hiển thị “Hết hiệu lực”. Ngày tháng là dữ liệu mẫu.",
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "QN-QT/2024-01",
                "Thỏa thuận về quản lý lao động qua biên giới (thay thế)",
                "关于跨境劳务管理的协议（替代）",
                "Agreement on cross-border labour management (replacement)",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.PROVINCIAL_PEOPLES_COMMITTEE,
                List.of("QT", "PTC"),
                LocalDate.of(2024, 2, 23),
                "Nam Ninh",
                LocalDate.of(2029, 2, 22),
                false,
                Set.of(LABOUR),
                "SNV",
                "Thay thế thỏa thuận năm 2018." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "SCT-STM/2023-01",
                "Thỏa thuận hợp tác thương mại giữa Sở Công Thương Quảng Ninh và Sở Thương mại Quảng Tây",
                "广宁省工贸厅与广西壮族自治区商务厅贸易合作协议",
                "Trade cooperation agreement between the Quảng Ninh Department of Industry and Trade and the "
                        + "Guangxi Department of Commerce",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.DEPARTMENT,
                List.of("STM"),
                LocalDate.of(2023, 2, 16),
                "Hạ Long",
                LocalDate.of(2028, 2, 15),
                false,
                Set.of(TRADE, CUSTOMS),
                "SCT",
                "Mở rộng thương mại hàng nông, lâm, thủy sản; chia sẻ thông tin thị trường hai chiều; xúc tiến "
                        + "thương mại; thuận lợi hóa thông quan (báo Quảng Ninh, 2025). Ngày ký là dữ liệu mẫu.",
                LifecycleAction.BRING_INTO_FORCE,
                LifecycleAction.AMEND));
        list.add(new Sample(
                "SCT-STM/2025-01",
                "Phụ lục sửa đổi Thỏa thuận hợp tác thương mại: hợp tác sản xuất công nghiệp",
                "贸易合作协议修改附件：工业生产合作",
                "Amendment: cooperation in industrial production",
                AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                AgreementLevel.DEPARTMENT,
                List.of("STM"),
                LocalDate.of(2025, 2, 20),
                "Hạ Long",
                LocalDate.of(2028, 2, 15),
                false,
                Set.of(TRADE),
                "SCT",
                "Mở rộng hợp tác sang sản xuất công nghiệp, thu hút đầu tư." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "HQMC-HQDH/2019-01",
                "Biên bản ghi nhớ hợp tác giữa Chi cục Hải quan cửa khẩu Móng Cái và Hải quan Đông Hưng",
                "芒街口岸海关与东兴海关合作备忘录",
                "Memorandum of cooperation between Móng Cái and Dongxing customs",
                AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                AgreementLevel.DEPARTMENT,
                List.of("HQDH"),
                LocalDate.of(2019, 5, 9),
                "Đông Hưng",
                null,
                true,
                Set.of(CUSTOMS, TRADE),
                "HQMC",
                "Tháo gỡ khó khăn cho doanh nghiệp, trao đổi thông tin chống buôn lậu, gian lận thương mại và hàng "
                        + "cấm qua biên giới (báo Quảng Ninh, 2025). Ngày ký là dữ liệu mẫu.",
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "QN-QT/2019-02",
                "Thỏa thuận về xây dựng và thông quan cầu Bắc Luân II",
                "关于北仑河二桥建设及通关的协议",
                "Agreement on the construction and opening of the Bắc Luân II bridge",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.PROVINCIAL_PEOPLES_COMMITTEE,
                List.of("QT", "DH"),
                LocalDate.of(2019, 11, 28),
                "Móng Cái",
                null,
                true,
                Set.of(BORDER_GATES_TRANSPORT),
                "SXD",
                "Cầu Bắc Luân II thuộc cặp cửa khẩu quốc tế Móng Cái – Đông Hưng chính thức thông quan ngày "
                        + "16/7/2020 (Vietnam+, 2021). Ngày ký là dữ liệu mẫu.",
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "QN-QT/2023-04",
                "Biên bản ghi nhớ về mở cặp cửa khẩu song phương Hoành Mô – Động Trung",
                "关于开放横模—峒中双边口岸的备忘录",
                "Memorandum on opening the Hoành Mô – Dongzhong bilateral border gate",
                AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                AgreementLevel.PROVINCIAL_PEOPLES_COMMITTEE,
                List.of("QT", "PT"),
                LocalDate.of(2023, 12, 8),
                "Bình Liêu",
                null,
                true,
                Set.of(BORDER_GATES_TRANSPORT, TRADE),
                "BQLKKT",
                "Cặp cửa khẩu song phương Hoành Mô – Động Trung và lối thông quan Bắc Phong Sinh – Lý Hỏa được công "
                        + "bố mở chính thức ngày 25/6/2024 (báo Quảng Ninh, 2025). Ngày ký là dữ liệu mẫu.",
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "QN-QT/2021-03",
                "Thỏa thuận xây dựng cầu thay thế đường tràn qua cửa khẩu Bắc Phong Sinh – Lý Hỏa",
                "关于建设北丰生—里火口岸漫水路替代桥的协议",
                "Agreement on a bridge replacing the ford at the Bắc Phong Sinh – Lihuo crossing",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.PROVINCIAL_PEOPLES_COMMITTEE,
                List.of("QT", "PT"),
                LocalDate.of(2021, 3, 5),
                "Hải Hà",
                LocalDate.of(2031, 3, 4),
                false,
                Set.of(BORDER_GATES_TRANSPORT),
                "SXD",
                "Quảng Ninh đã hoàn thành thủ tục nội bộ để xây cầu thay thế tạm thời đường tràn (Vietnam+, "
                        + "2021). Ngày tháng là dữ liệu mẫu.",
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "MC-DH/2019-01",
                "Thỏa thuận hợp tác phát triển du lịch Móng Cái – Đông Hưng",
                "芒街—东兴旅游发展合作协议",
                "Móng Cái – Dongxing tourism development agreement",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.DISTRICT,
                List.of("DH"),
                LocalDate.of(2019, 6, 14),
                "Móng Cái",
                LocalDate.of(2024, 6, 13),
                false,
                Set.of(TOURISM),
                "UBND-MC",
                "Tour du lịch qua cửa khẩu, giấy thông hành." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE,
                LifecycleAction.SUSPEND));
        list.add(new Sample(
                "QN-QT/2020-02",
                "Kế hoạch hợp tác phòng, chống dịch bệnh truyền nhiễm qua biên giới",
                "跨境传染病防控合作计划",
                "Plan for cooperation against cross-border communicable diseases",
                AgreementKind.COOPERATION_PLAN,
                AgreementLevel.DEPARTMENT,
                List.of("QT"),
                LocalDate.of(2020, 4, 2),
                "Trực tuyến",
                null,
                true,
                Set.of(HEALTH),
                "SYT",
                "Trao đổi thông tin dịch bệnh, phối hợp kiểm dịch y " + "tế tại cửa khẩu trong đại dịch COVID-19."
                        + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "BDBP-PTC/2018-01",
                "Thỏa thuận hợp tác quản lý biên giới",
                "边境管理合作协议",
                "Border management cooperation agreement",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.DEPARTMENT,
                List.of("PTC"),
                LocalDate.of(2018, 10, 25),
                "Đông Hưng",
                null,
                true,
                Set.of(BORDER_MANAGEMENT_SECURITY),
                "BDBP",
                "Tuần tra song phương, quản lý mốc giới." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "CAT-PTC/2022-01",
                "Biên bản trao đổi về phòng, chống tội phạm và ma túy qua biên giới",
                "关于打击跨境犯罪和毒品的会谈纪要",
                "Minutes on combating cross-border crime and drugs",
                AgreementKind.MINUTES_OF_EXCHANGE,
                AgreementLevel.DEPARTMENT,
                List.of("PTC"),
                LocalDate.of(2022, 8, 17),
                "Móng Cái",
                LocalDate.of(2027, 8, 16),
                false,
                Set.of(BORDER_MANAGEMENT_SECURITY),
                "CAT",
                "Trao đổi thông tin, phối hợp bắt giữ đối tượng." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "SNN-QT/2022-01",
                "Thỏa thuận hợp tác kiểm dịch động vật, thực vật",
                "动植物检疫合作协议",
                "Agreement on animal and plant quarantine",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.DEPARTMENT,
                List.of("QT"),
                LocalDate.of(2022, 11, 3),
                "Nam Ninh",
                LocalDate.of(2027, 11, 2),
                false,
                Set.of(AGRICULTURE, TRADE),
                "SNNMT",
                "Kiểm dịch nông sản xuất khẩu qua cửa khẩu Móng Cái." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "SGD-NN/2019-01",
                "Thỏa thuận hợp tác giáo dục và trao đổi sinh viên",
                "教育合作与学生交流协议",
                "Agreement on education and student exchange",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.DEPARTMENT,
                List.of("NN"),
                LocalDate.of(2019, 9, 6),
                "Nam Ninh",
                LocalDate.of(2029, 9, 5),
                false,
                Set.of(CULTURE_EDUCATION),
                "SGDDT",
                "Học bổng, trao đổi sinh viên tiếng Trung." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "SVH-VHDL/2021-01",
                "Thỏa thuận giao lưu văn hóa, thể thao",
                "文化体育交流协议",
                "Cultural and sports exchange agreement",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.DEPARTMENT,
                List.of("VHDL"),
                LocalDate.of(2021, 12, 10),
                "Hạ Long",
                LocalDate.of(2026, 12, 9),
                false,
                Set.of(CULTURE_EDUCATION),
                "SVHTT",
                "Lễ hội, giải thể thao giao hữu biên giới." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "SYT-PTC/2023-01",
                "Biên bản ghi nhớ hợp tác y tế biên giới",
                "边境卫生合作备忘录",
                "Memorandum on border health cooperation",
                AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                AgreementLevel.DEPARTMENT,
                List.of("PTC"),
                LocalDate.of(2023, 6, 1),
                "Phòng Thành Cảng",
                LocalDate.of(2028, 5, 31),
                false,
                Set.of(HEALTH),
                "SYT",
                "Cấp cứu người bệnh qua biên giới, chia sẻ thông tin dịch tễ." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "BQL-KC/2024-01",
                "Thỏa thuận hợp tác cảng biển và logistics",
                "港口与物流合作协议",
                "Ports and logistics cooperation agreement",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.DEPARTMENT,
                List.of("KC", "BH"),
                LocalDate.of(2024, 5, 16),
                "Khâm Châu",
                LocalDate.of(2029, 5, 15),
                false,
                Set.of(BORDER_GATES_TRANSPORT, TRADE),
                "BQLKKT",
                "Kết nối cảng Vạn Gia với các cảng vịnh Bắc Bộ phía Trung Quốc." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "QN-QD/2019-01",
                "Biên bản ghi nhớ hợp tác xúc tiến đầu tư",
                "投资促进合作备忘录",
                "Memorandum on investment promotion",
                AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                AgreementLevel.PROVINCIAL_PEOPLES_COMMITTEE,
                List.of("QD"),
                LocalDate.of(2019, 4, 23),
                "Quảng Châu",
                LocalDate.of(2024, 4, 22),
                false,
                Set.of(TRADE),
                "SCT",
                "Xúc tiến đầu tư vào khu kinh tế." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE,
                LifecycleAction.RECORD_EXPIRY));
        list.add(new Sample(
                "QN-HN/2019-01",
                "Biên bản ghi nhớ hợp tác du lịch biển",
                "海洋旅游合作备忘录",
                "Memorandum on marine tourism",
                AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                AgreementLevel.PROVINCIAL_PEOPLES_COMMITTEE,
                List.of("HN"),
                LocalDate.of(2019, 10, 30),
                "Hải Khẩu",
                null,
                true,
                Set.of(TOURISM),
                "SDL",
                "Liên kết tuyến du lịch biển Hạ Long – Hải Nam." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "BQL-VN/2018-01",
                "Biên bản trao đổi kinh nghiệm phát triển khu kinh tế cửa khẩu",
                "关于口岸经济区发展经验交流的纪要",
                "Minutes on developing border-gate economic zones",
                AgreementKind.MINUTES_OF_EXCHANGE,
                AgreementLevel.DEPARTMENT,
                List.of("VN"),
                LocalDate.of(2018, 7, 12),
                "Côn Minh",
                null,
                true,
                Set.of(OTHER),
                "BQLKKT",
                "Trao đổi mô hình khu kinh tế cửa khẩu." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "SNN-ST/2023-01",
                "Thỏa thuận hợp tác nông nghiệp",
                "农业合作协议",
                "Agricultural cooperation agreement",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.DEPARTMENT,
                List.of("ST"),
                LocalDate.of(2023, 9, 14),
                "Sùng Tả",
                LocalDate.of(2028, 9, 13),
                false,
                Set.of(AGRICULTURE),
                "SNNMT",
                "Giống cây trồng, chế biến nông sản." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "QN-QT/2026-01",
                "Thỏa thuận hợp tác xây dựng cửa khẩu thông minh Móng Cái – Đông Hưng",
                "芒街—东兴智慧口岸建设合作协议",
                "Agreement on a smart border gate at Móng Cái – Dongxing",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.PROVINCIAL_PEOPLES_COMMITTEE,
                List.of("QT", "DH"),
                null,
                null,
                null,
                false,
                Set.of(CUSTOMS, BORDER_GATES_TRANSPORT),
                "SCT",
                "Dự thảo đang trao đổi; chờ ý kiến Bộ Ngoại giao." + SAMPLE));
        list.add(new Sample(
                        "SCT-STM/2026-01",
                        "Kế hoạch hợp tác thương mại biên giới giai đoạn 2026–2030",
                        "2026—2030年边境贸易合作计划",
                        "Border trade cooperation plan 2026–2030",
                        AgreementKind.COOPERATION_PLAN,
                        AgreementLevel.DEPARTMENT,
                        List.of("STM"),
                        LocalDate.of(2026, 2, 12),
                        "Nam Ninh",
                        LocalDate.of(2030, 12, 31),
                        false,
                        Set.of(TRADE),
                        "SCT",
                        "Đã ký, có hiệu lực từ ngày 01/01/2027." + SAMPLE,
                        LifecycleAction.SIGN)
                .effectiveFrom(LocalDate.of(2027, 1, 1)));
        list.add(new Sample(
                "BDBP-PTC/2021-02",
                "Thỏa thuận hợp tác tìm kiếm, cứu nạn trên biển",
                "海上搜救合作协议",
                "Agreement on maritime search and rescue",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.DEPARTMENT,
                List.of("PTC"),
                LocalDate.of(2021, 7, 8),
                "Móng Cái",
                today.plusDays(45),
                false,
                Set.of(BORDER_MANAGEMENT_SECURITY),
                "BDBP",
                "Sắp hết hiệu lực: cần quyết định gia hạn." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE));
        list.add(new Sample(
                "SDL-BH/2018-01",
                "Thỏa thuận khai thác tuyến du lịch tàu biển Hạ Long – Bắc Hải",
                "下龙—北海邮轮旅游航线合作协议",
                "Agreement on the Hạ Long – Beihai cruise route",
                AgreementKind.COOPERATION_AGREEMENT,
                AgreementLevel.DEPARTMENT,
                List.of("BH"),
                LocalDate.of(2018, 3, 29),
                "Bắc Hải",
                LocalDate.of(2028, 3, 28),
                false,
                Set.of(TOURISM),
                "SDL",
                "Chấm dứt trước hạn do tuyến tàu ngừng khai thác." + SAMPLE,
                LifecycleAction.BRING_INTO_FORCE,
                LifecycleAction.TERMINATE));

        var saved = new HashMap<String, Agreement>();
        list.forEach(sample -> saved.put(sample.code(), agreements.save(sample.toAgreement())));
        return saved;
    }

    /** One sample agreement and the lifecycle steps it went through after being recorded. */
    private final class Sample {
        private final String code;
        private final String titleVi;
        private final String titleZh;
        private final String titleEn;
        private final AgreementKind kind;
        private final AgreementLevel level;
        private final List<String> counterparts;
        private final @Nullable LocalDate signed;
        private final @Nullable String place;
        private final @Nullable LocalDate expiry;
        private final boolean indefinite;
        private final Set<CooperationField> fields;
        private final String leadDepartment;
        private final String summary;
        private final List<LifecycleAction> steps;
        private @Nullable LocalDate effective;
        private @Nullable LocalDate extendedTo;

        Sample(
                String code,
                String titleVi,
                String titleZh,
                String titleEn,
                AgreementKind kind,
                AgreementLevel level,
                List<String> counterparts,
                @Nullable LocalDate signed,
                @Nullable String place,
                @Nullable LocalDate expiry,
                boolean indefinite,
                Set<CooperationField> fields,
                String leadDepartment,
                String summary,
                LifecycleAction... steps) {
            this.code = code;
            this.titleVi = titleVi;
            this.titleZh = titleZh;
            this.titleEn = titleEn;
            this.kind = kind;
            this.level = level;
            this.counterparts = counterparts;
            this.signed = signed;
            this.place = place;
            this.expiry = expiry;
            this.indefinite = indefinite;
            this.fields = fields;
            this.leadDepartment = leadDepartment;
            this.summary = summary;
            this.steps = List.of(steps);
            this.effective = signed;
        }

        Sample effectiveFrom(LocalDate date) {
            this.effective = date;
            return this;
        }

        Sample extendedTo(LocalDate date) {
            this.extendedTo = date;
            return this;
        }

        String code() {
            return code;
        }

        Agreement toAgreement() {
            var parties = new LinkedHashSet<CounterpartLocality>();
            counterparts.forEach(key -> parties.add(byKey.get(key)));
            var content = new AgreementContent(
                    code,
                    titleVi,
                    titleZh,
                    titleEn,
                    AuthoritativeText.EQUALLY_AUTHENTIC,
                    kind,
                    level,
                    parties,
                    signatories(level),
                    signed,
                    place,
                    effective,
                    expiry,
                    indefinite,
                    false,
                    indefinite ? null : 90,
                    fields,
                    departments.requireByCode(leadDepartment),
                    summary,
                    signed == null ? null : "Công văn số " + (100 + code.length() * 7) + "/BNG-LS",
                    signed == null ? null : signed.minusDays(30));
            var agreement = new Agreement(
                    content, RECORDED_BY, at(signed == null ? LocalDate.now(clock) : signed.minusDays(45)));
            if (signed == null) {
                return agreement;
            }
            agreement.apply(LifecycleAction.SIGN, signed, null, null, false, RECORDED_BY, at(signed));
            var day = effective;
            for (var step : steps) {
                if (step == LifecycleAction.SIGN) {
                    continue;
                }
                day = switch (step) {
                    case BRING_INTO_FORCE -> effective;
                    case RECORD_EXPIRY -> expiry.plusDays(1);
                    case EXTEND -> expiry.minusDays(60);
                    default -> day.plusYears(1);
                };
                agreement.apply(step, day, noteFor(step), extendedTo, false, RECORDED_BY, at(day));
            }
            return agreement;
        }

        private static @Nullable String noteFor(LifecycleAction step) {
            return switch (step) {
                case SUSPEND -> "Tạm dừng do dịch COVID-19.";
                case TERMINATE -> "Hai bên thống nhất chấm dứt.";
                case EXTEND -> "Hai bên trao đổi văn bản đồng ý gia hạn.";
                case AMEND -> "Ký phụ lục sửa đổi.";
                default -> null;
            };
        }

        private java.time.Instant at(LocalDate day) {
            return day.atTime(LocalTime.of(9, 0)).atZone(Formats.OFFICE_ZONE).toInstant();
        }

        private static List<Signatory> signatories(AgreementLevel level) {
            return switch (level) {
                case PARTY_COMMITTEE ->
                    List.of(
                            new Signatory(Side.VIETNAMESE, "Lê Văn Bình (mẫu)", "Phó Bí thư Tỉnh ủy Quảng Ninh"),
                            new Signatory(Side.CHINESE, "王建国 (样本)", "广西壮族自治区党委副书记"));
                case PROVINCIAL_PEOPLES_COMMITTEE ->
                    List.of(
                            new Signatory(Side.VIETNAMESE, "Đỗ Minh Tuấn (mẫu)", "Phó Chủ tịch UBND tỉnh Quảng Ninh"),
                            new Signatory(Side.CHINESE, "李明华 (样本)", "广西壮族自治区人民政府副主席"));
                default ->
                    List.of(
                            new Signatory(Side.VIETNAMESE, "Hoàng Thị Mai (mẫu)", "Giám đốc Sở"),
                            new Signatory(Side.CHINESE, "张伟 (样本)", "厅长"));
            };
        }
    }
}
