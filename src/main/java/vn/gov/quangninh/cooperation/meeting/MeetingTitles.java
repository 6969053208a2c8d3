package vn.gov.quangninh.cooperation.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.i18n.Translator;

/** How a meeting is named: "Hội nghị lần thứ 16 Ủy ban công tác liên hợp", "Hội đàm đầu Xuân 2025". */
public final class MeetingTitles {

    private MeetingTitles() {}

    public static String of(
            MeetingSeries series,
            @Nullable Integer session,
            LocalDate start,
            @Nullable String title,
            Translator translator) {
        if (series == MeetingSeries.OTHER || session == null) {
            return title == null ? translator.translate(series.labelKey()) : title;
        }
        return translator.translate("meeting.title." + series.name(), session, String.valueOf(start.getYear()));
    }
}
