package vn.gov.quangninh.cooperation.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;

/** The register's query: filtered, sorted and paged in the database. */
interface AgreementSearch {

    /** Rows without their counterpart names (those come in one query per page). */
    List<AgreementRow> search(AgreementFilter filter, Set<Long> counterpartIds, LocalDate today, Pageable page);

    long count(AgreementFilter filter, Set<Long> counterpartIds, LocalDate today);
}
