package vn.gov.quangninh.cooperation.meeting;

import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Side;

/** What the meetings list is filtered by. */
public record MeetingFilter(
        Set<MeetingSeries> series,
        @Nullable Integer year,
        @Nullable Side hostSide,
        @Nullable String text) implements Serializable {

    public static MeetingFilter all() {
        return new MeetingFilter(Set.of(), null, null, null);
    }
}
