package vn.gov.quangninh.cooperation.commitment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;

/** The commitments grid: filtered, sorted and paged in the database. */
interface CommitmentSearch {

    List<CommitmentRow> search(CommitmentFilter filter, LocalDate today, Pageable page);

    long count(CommitmentFilter filter, LocalDate today);

    /** The number of matches, or the limit when there are at least as many (read up to it only). */
    long countUpTo(CommitmentFilter filter, LocalDate today, int limit);
}
