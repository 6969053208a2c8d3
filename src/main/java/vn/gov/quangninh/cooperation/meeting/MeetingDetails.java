package vn.gov.quangninh.cooperation.meeting;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.agreement.Signatory;
import vn.gov.quangninh.cooperation.base.files.DocumentEntry;
import vn.gov.quangninh.cooperation.base.i18n.Translator;

/** A whole meeting for its page: delegations, agenda, minutes with clauses and files. */
public record MeetingDetails(
        long id,
        long version,
        MeetingSeries series,
        @Nullable Integer sessionNumber,
        @Nullable String title,
        LocalDate startDate,
        LocalDate endDate,
        Side hostSide,
        @Nullable String venue,
        @Nullable String city,
        MeetingFormat format,
        List<Delegate> delegates,
        Set<VietnameseProvince> provinces,
        List<String> agenda,
        @Nullable String observers,
        List<MinutesDetails> minutes)
        implements Serializable {

    public String title(Translator translator) {
        return MeetingTitles.of(series, sessionNumber, startDate, title, translator);
    }

    public record MinutesDetails(
            long id,
            long version,
            MinutesKind kind,
            @Nullable String documentNumber,
            @Nullable LocalDate signingDate,
            @Nullable String signingPlace,
            List<Signatory> signatories,
            Set<TextLanguage> languages,
            MinutesState state,
            List<ClauseDetails> clauses,
            List<DocumentEntry> files)
            implements Serializable {}

    public record ClauseDetails(
            long id,
            int number,
            @Nullable CooperationField field,
            String textVi,
            @Nullable String textZh,
            List<AgreementReference> agreements,
            List<RevisionEntry> revisions)
            implements Serializable {}

    public record AgreementReference(long agreementId, String referenceCode, String titleVi, ClauseRelation relation)
            implements Serializable {}

    public record RevisionEntry(
            int number,
            String oldTextVi,
            @Nullable String oldTextZh,
            String newTextVi,
            @Nullable String newTextZh,
            String reason,
            String revisedBy,
            Instant revisedAt)
            implements Serializable {}
}
