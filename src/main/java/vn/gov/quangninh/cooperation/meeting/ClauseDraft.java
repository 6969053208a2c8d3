package vn.gov.quangninh.cooperation.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.AgreementOption;
import vn.gov.quangninh.cooperation.agreement.CooperationField;

/** One clause as the clause editor holds it; {@code id} is empty for a clause not saved yet. */
public record ClauseDraft(
        @Nullable Long id,
        int number,
        @Nullable CooperationField field,
        @NotBlank @Size(max = MinutesClause.TEXT_LENGTH) String textVi,
        @Size(max = MinutesClause.TEXT_LENGTH) @Nullable String textZh,
        Set<AgreementOption> implementsAgreements,
        Set<AgreementOption> amendsAgreements)
        implements Serializable {

    public static ClauseDraft empty(int number) {
        return new ClauseDraft(null, number, null, "", null, Set.of(), Set.of());
    }

    public boolean isBlank() {
        return textVi.isBlank() && (textZh == null || textZh.isBlank());
    }
}
