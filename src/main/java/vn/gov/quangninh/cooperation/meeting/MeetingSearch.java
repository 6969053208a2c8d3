package vn.gov.quangninh.cooperation.meeting;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** The meetings list: filtered, sorted and paged in the database. */
interface MeetingSearch {

    List<MeetingRow> search(MeetingFilter filter, Pageable page);

    long count(MeetingFilter filter);
}
