package vn.gov.quangninh.cooperation.bench;

import java.util.List;
import java.util.Random;

/**
 * Realistic Vietnamese and Chinese text for generated records, drawn from one seeded random source:
 * the phrases are those of the real minutes (border gates, trade, tourism...), combined so that
 * titles differ and free-text search has something to find.
 */
final class BenchText {

    record Pair(String vi, String zh) {}

    private static final List<Pair> ACTIONS = List.of(
            new Pair("Đẩy nhanh tiến độ", "加快推进"),
            new Pair("Phối hợp triển khai", "协调实施"),
            new Pair("Nghiên cứu, đề xuất", "研究提出"),
            new Pair("Hoàn thiện thủ tục", "完善手续"),
            new Pair("Tăng cường trao đổi về", "加强交流"),
            new Pair("Thúc đẩy hợp tác về", "推动合作"));

    private static final List<Pair> SUBJECTS = List.of(
            new Pair("nâng cấp cặp cửa khẩu Hoành Mô – Động Trung", "峒中—横模口岸升级"),
            new Pair("xây dựng cầu Bắc Phong Sinh – Lý Hỏa", "里火—北风生大桥建设"),
            new Pair("thông quan hàng hóa tại cửa khẩu Móng Cái – Đông Hưng", "东兴—芒街口岸货物通关"),
            new Pair("du lịch tự lái xe qua biên giới", "跨境自驾游"),
            new Pair("kiểm dịch động thực vật", "动植物检疫"),
            new Pair("đào tạo tiếng Trung cho cán bộ", "干部汉语培训"),
            new Pair("phòng chống dịch bệnh khu vực biên giới", "边境地区疫情防控"),
            new Pair("thương mại điện tử xuyên biên giới", "跨境电子商务"),
            new Pair("quản lý biên giới và cột mốc", "边界和界碑管理"),
            new Pair("giao lưu văn hóa, thể thao thanh niên", "青年文化体育交流"));

    private static final List<String> PLACES =
            List.of("Hạ Long", "Móng Cái", "Nam Ninh", "Đông Hưng", "Phòng Thành Cảng", "Bằng Tường");

    private static final List<String> REPORTERS =
            List.of("Nguyễn Thị Lan", "Trần Văn Đức", "Phạm Minh Quang", "Lê Thu Hà", "Đặng Quốc Bảo");

    private final Random random;

    BenchText(Random random) {
        this.random = random;
    }

    Pair commitmentTitle() {
        var action = pick(ACTIONS);
        var subject = pick(SUBJECTS);
        var year = 2020 + random.nextInt(7);
        return new Pair(
                "%s %s (%d)".formatted(action.vi(), subject.vi(), year),
                "%s%s（%d年）".formatted(action.zh(), subject.zh(), year));
    }

    Pair agreementTitle() {
        var subject = pick(SUBJECTS);
        return new Pair("Thỏa thuận hợp tác về " + subject.vi(), "关于" + subject.zh() + "的合作协议");
    }

    Pair narrative() {
        var subject = pick(SUBJECTS);
        return new Pair(
                "Đã làm việc với phía Quảng Tây về " + subject.vi() + "; hai bên thống nhất các bước tiếp theo.",
                "已与广西方面就" + subject.zh() + "进行工作会谈，双方商定下一步工作。");
    }

    String meetingTitle(int number) {
        return "Hội đàm chuyên đề số %d tại %s".formatted(number, city());
    }

    String city() {
        return pick(PLACES);
    }

    String reporter() {
        return pick(REPORTERS);
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from);
    }

    /** True once in {@code every} draws, on average. */
    boolean chance(int every) {
        return random.nextInt(every) == 0;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
