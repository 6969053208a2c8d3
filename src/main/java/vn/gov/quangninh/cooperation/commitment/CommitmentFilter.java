package vn.gov.quangninh.cooperation.commitment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.CooperationField;

/**
 * What the commitments grid is filtered by. The department matches lead or supporting; flags are
 * computed in the query from the dates, as {@link Commitment#flagsOn} computes them. Cancelled and
 * superseded commitments are left out unless asked for.
 */
public record CommitmentFilter(
        @Nullable String text,
        @Nullable Long meetingId,
        @Nullable Long agreementId,
        @Nullable CooperationField field,
        @Nullable Long departmentId,
        @Nullable Party party,
        Set<CompletionLevel> completion,
        @Nullable CommitmentFlag flag,
        @Nullable LocalDate dueFrom,
        @Nullable LocalDate dueTo,
        boolean awaitingReview,
        boolean includeClosed)
        implements Serializable {

    public CommitmentFilter withFlag(@Nullable CommitmentFlag newFlag) {
        return new CommitmentFilter(
                text,
                meetingId,
                agreementId,
                field,
                departmentId,
                party,
                completion,
                newFlag,
                dueFrom,
                dueTo,
                awaitingReview,
                includeClosed);
    }

    public CommitmentFilter withAwaitingReview(boolean onlyAwaiting) {
        return new CommitmentFilter(
                text,
                meetingId,
                agreementId,
                field,
                departmentId,
                party,
                completion,
                flag,
                dueFrom,
                dueTo,
                onlyAwaiting,
                includeClosed);
    }

    public CommitmentFilter withDepartment(@Nullable Long newDepartmentId) {
        return new CommitmentFilter(
                text,
                meetingId,
                agreementId,
                field,
                newDepartmentId,
                party,
                completion,
                flag,
                dueFrom,
                dueTo,
                awaitingReview,
                includeClosed);
    }

    /** Nothing but the free text (and leaving out closed commitments) narrows the commitments. */
    boolean narrowsByTextOnly() {
        return meetingId == null
                && agreementId == null
                && field == null
                && departmentId == null
                && party == null
                && completion.isEmpty()
                && flag == null
                && dueFrom == null
                && dueTo == null
                && !awaitingReview;
    }

    /** The commitments still followed: all but the cancelled and superseded ones. */
    public static CommitmentFilter followed() {
        return new CommitmentFilter(null, null, null, null, null, null, Set.of(), null, null, null, false, false);
    }
}
