package vn.gov.quangninh.cooperation.testsupport;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;

/** Records of the sample data set that tests refer to by their codes. */
public final class SampleRecords {

    /** Led by the tourism department, supported by foreign affairs (the demo staff's department). */
    public static final String SUPPORTED_BY_STAFF = "UBCTLH16-07";

    private SampleRecords() {}

    public static long commitment(CommitmentService commitments, String code) {
        var filter = new CommitmentFilter(code, null, null, null, null, null, Set.of(), null, null, null, false, false);
        return commitments.search(filter, PageRequest.of(0, 1)).getFirst().id();
    }
}
