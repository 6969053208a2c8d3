package vn.gov.quangninh.cooperation.meeting;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.quangninh.cooperation.agreement.AgreementReferences;
import vn.gov.quangninh.cooperation.security.AppRoles;

/** The agreement page lists the minutes clauses that implement or amend the agreement. */
@Component
@Transactional(readOnly = true)
public class ClausesReferringToAgreements implements AgreementReferences {

    private final MinutesClauseRepository clauses;
    private final I18NProvider i18n;

    ClausesReferringToAgreements(MinutesClauseRepository clauses, I18NProvider i18n) {
        this.clauses = clauses;
        this.i18n = i18n;
    }

    @Override
    public String headingKey() {
        return "agreement.references.meetings";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<Reference> referencesTo(long agreementId, Locale locale) {
        return clauses.findReferencing(agreementId).stream()
                .map(clause -> {
                    var meeting = clause.getMinutes().getMeeting();
                    var title = MeetingTitles.of(
                            meeting.getSeries(),
                            meeting.getSessionNumber(),
                            meeting.getStartDate(),
                            meeting.getTitle(),
                            (key, params) -> i18n.getTranslation(key, locale, params));
                    var label = i18n.getTranslation("meeting.clause-reference", locale, title, clause.getNumber());
                    return new Reference(label, "meetings/" + meeting.getId() + "#clause-" + clause.getId());
                })
                .toList();
    }
}
