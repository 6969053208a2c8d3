package vn.gov.quangninh.cooperation.commitment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;

/** One line of the commitments grid, with its flags as of today. */
public record CommitmentRow(
        long id,
        String code,
        String titleVi,
        @Nullable String titleZh,
        @Nullable CooperationField field,
        LocalizedName leadDepartment,
        @Nullable LocalDate dueDate,
        boolean ongoing,
        CompletionLevel completion,
        Closure closure,
        Set<CommitmentFlag> flags,
        boolean awaitingReview)
        implements Serializable {}
