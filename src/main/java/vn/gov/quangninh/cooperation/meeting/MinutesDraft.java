package vn.gov.quangninh.cooperation.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Signatory;

/** The minutes as their editor saves them: the header and all clauses, with the version read. */
public record MinutesDraft(
        long minutesId,
        long version,
        @NotNull MinutesKind kind,
        @Size(max = Minutes.NUMBER_LENGTH) @Nullable String documentNumber,
        @Size(max = Minutes.PLACE_LENGTH) @Nullable String signingPlace,
        Set<TextLanguage> languages,
        List<@Valid Signatory> signatories,
        List<@Valid ClauseDraft> clauses)
        implements Serializable {}
