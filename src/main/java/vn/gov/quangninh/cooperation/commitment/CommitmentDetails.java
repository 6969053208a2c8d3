package vn.gov.quangninh.cooperation.commitment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.files.DocumentEntry;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;

/** A commitment for its page: source, owners, parties, and the timeline of its updates. */
public record CommitmentDetails(
        long id,
        long version,
        String code,
        String titleVi,
        @Nullable String titleZh,
        @Nullable String description,
        Source source,
        @Nullable CooperationField field,
        List<ResponsibleParty> parties,
        LocalizedName leadDepartment,
        List<LocalizedName> supportingDepartments,
        @Nullable String counterpartAgency,
        @Nullable LocalDate dueDate,
        boolean ongoing,
        @Nullable Integer reviewIntervalMonths,
        Priority priority,
        CompletionLevel completion,
        Closure closure,
        @Nullable String closureReason,
        @Nullable String closedBy,
        @Nullable Instant closedAt,
        @Nullable String supersededByCode,
        @Nullable Long supersededById,
        Set<CommitmentFlag> flags,
        List<UpdateEntry> updates,
        boolean editable,
        boolean reviewer)
        implements Serializable {

    /**
     * Where the commitment comes from: a clause (with its meeting) or an agreement. The meeting's
     * title is built by the reader's side from series, session and date.
     */
    public record Source(
            @Nullable Long meetingId,
            @Nullable MeetingSeries series,
            @Nullable Integer session,
            @Nullable LocalDate meetingStart,
            @Nullable String meetingTitle,
            @Nullable Long clauseId,
            @Nullable Integer clauseNumber,
            @Nullable String clauseText,
            @Nullable Long agreementId,
            @Nullable String agreementCode,
            @Nullable String agreementTitle)
            implements Serializable {}

    public record UpdateEntry(
            long id,
            long version,
            LocalDate asOfDate,
            String narrativeVi,
            @Nullable String narrativeZh,
            CompletionLevel proposedLevel,
            @Nullable String letterNumber,
            @Nullable LocalDate letterDate,
            @Nullable String link,
            @Nullable String blockers,
            @Nullable String nextSteps,
            List<ResponsibleParty> partyStatuses,
            String reporter,
            @Nullable LocalizedName reporterDepartment,
            UpdateState state,
            @Nullable Instant submittedAt,
            @Nullable String reviewComment,
            @Nullable String reviewedBy,
            @Nullable Instant reviewedAt,
            List<DocumentEntry> evidence,
            boolean editableByMe)
            implements Serializable {}
}
