package vn.gov.quangninh.cooperation.report;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import vn.gov.quangninh.cooperation.meeting.MeetingFilter;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;
import vn.gov.quangninh.cooperation.meeting.MeetingService;

/** The meetings of the sample data the report tests run on; call with someone signed in. */
public final class SampleMeetings {

    private SampleMeetings() {}

    /** The id of session {@code session} of a series (the 16th Joint Working Committee, ...). */
    public static long id(MeetingService meetings, MeetingSeries series, int session) {
        return meetings.search(new MeetingFilter(Set.of(series), null, null, null), PageRequest.of(0, 100)).stream()
                .filter(row -> row.sessionNumber() != null && row.sessionNumber() == session)
                .findFirst()
                .orElseThrow()
                .id();
    }
}
