package vn.gov.quangninh.cooperation.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.security.Department;

/** What a commitment is about and who owns it; its source and progress are kept apart. */
public record CommitmentContent(
        String titleVi,
        @Nullable String titleZh,
        @Nullable String description,
        @Nullable CooperationField field,
        List<ResponsibleParty> parties,
        Department leadDepartment,
        Set<Department> supportingDepartments,
        @Nullable String counterpartAgency,
        @Nullable LocalDate dueDate,
        boolean ongoing,
        @Nullable Integer reviewIntervalMonths,
        Priority priority) {

    /** A commitment has a deadline, or is ongoing with a review interval; and at least one party. */
    void check() {
        if (parties.isEmpty()) {
            throw new RuleViolationException("parties", "commitment.parties.required");
        }
        if (parties.stream().map(ResponsibleParty::party).distinct().count() != parties.size()) {
            throw new RuleViolationException("parties", "commitment.parties.duplicate");
        }
        if (!ongoing && dueDate == null) {
            throw new RuleViolationException("dueDate", "commitment.due-date.required");
        }
        if (ongoing && reviewIntervalMonths == null) {
            throw new RuleViolationException("reviewIntervalMonths", "commitment.review-interval.required");
        }
    }
}
