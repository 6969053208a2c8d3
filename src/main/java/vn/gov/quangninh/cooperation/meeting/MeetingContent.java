package vn.gov.quangninh.cooperation.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.base.RuleViolationException;

/** Everything recorded about a meeting itself (its minutes are kept apart). */
public record MeetingContent(
        MeetingSeries series,
        @Nullable Integer sessionNumber,
        @Nullable String title,
        LocalDate startDate,
        LocalDate endDate,
        Side hostSide,
        @Nullable String venue,
        @Nullable String city,
        MeetingFormat format,
        List<Delegate> delegates,
        Set<VietnameseProvince> provinces,
        List<String> agenda,
        @Nullable String observers) {

    /**
     * @throws RuleViolationException when the dates are reversed, a numbered series lacks its number,
     *     or a participating province of the Joint Working Committee has no head of delegation
     */
    void check() {
        if (endDate.isBefore(startDate)) {
            throw new RuleViolationException("endDate", "meeting.dates.end-before-start");
        }
        if (series != MeetingSeries.OTHER && sessionNumber == null) {
            throw new RuleViolationException("sessionNumber", "meeting.session.required");
        }
        if (series == MeetingSeries.OTHER && (title == null || title.isBlank())) {
            throw new RuleViolationException("title", "meeting.title.required");
        }
        for (var province : provinces) {
            if (delegates.stream().noneMatch(d -> d.isHead() && d.province() == province)) {
                throw new RuleViolationException(
                        "delegates",
                        "meeting.delegation.head-missing",
                        new RuleViolationException.Label(province.labelKey()));
            }
        }
    }
}
