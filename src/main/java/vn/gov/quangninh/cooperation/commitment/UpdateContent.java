package vn.gov.quangninh.cooperation.commitment;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a progress update reports: the state as of a day, the evidence, what blocks and what is next. */
public record UpdateContent(
        LocalDate asOfDate,
        String narrativeVi,
        @Nullable String narrativeZh,
        CompletionLevel proposedLevel,
        @Nullable String letterNumber,
        @Nullable LocalDate letterDate,
        @Nullable String link,
        @Nullable String blockers,
        @Nullable String nextSteps,
        List<ResponsibleParty> partyStatuses) {}
