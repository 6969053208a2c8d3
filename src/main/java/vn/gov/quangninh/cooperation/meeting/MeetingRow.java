package vn.gov.quangninh.cooperation.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.base.i18n.Translator;

/** One meeting in the list or the timeline. {@code minutesState} is that of its (first) minutes, if any. */
public record MeetingRow(
        long id,
        MeetingSeries series,
        @Nullable Integer sessionNumber,
        @Nullable String title,
        LocalDate startDate,
        LocalDate endDate,
        Side hostSide,
        @Nullable String city,
        MeetingFormat format,
        @Nullable MinutesState minutesState,
        long clauses)
        implements Serializable {

    public String title(Translator translator) {
        return MeetingTitles.of(series, sessionNumber, startDate, title, translator);
    }
}
