package vn.gov.quangninh.cooperation.commitment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;

/** The commitments grid: filtered, sorted and paged in the database. */
interface CommitmentSearch {

    List<CommitmentRow> search(CommitmentFilter filter, LocalDate today, Pageable page);

    long count(CommitmentFilter filter, LocalDate today);
}
