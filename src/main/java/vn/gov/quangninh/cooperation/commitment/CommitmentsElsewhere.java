package vn.gov.quangninh.cooperation.commitment;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.quangninh.cooperation.agreement.AgreementReferences;
import vn.gov.quangninh.cooperation.meeting.ClauseFollowUps;
import vn.gov.quangninh.cooperation.meeting.ClauseUsage;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.CurrentUser;

/**
 * Commitments where the earlier features show them: under each minutes clause (with "create a
 * commitment from this clause"), on the agreement page, and as a reason a clause cannot be removed.
 */
@Component
@Transactional(readOnly = true)
class CommitmentsElsewhere implements ClauseFollowUps, ClauseUsage, AgreementReferences {

    private final CommitmentRepository commitments;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;

    CommitmentsElsewhere(CommitmentRepository commitments, CurrentUser currentUser, I18NProvider i18n) {
        this.commitments = commitments;
        this.currentUser = currentUser;
        this.i18n = i18n;
    }

    @Override
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Map<Long, List<Link>> madeFrom(Collection<Long> clauseIds, Locale locale) {
        if (clauseIds.isEmpty()) {
            return Map.of();
        }
        return commitments.findBySourceClauseIds(clauseIds).stream()
                .collect(Collectors.groupingBy(
                        commitment -> commitment.getSourceClause().getId(),
                        Collectors.mapping(commitment -> link(commitment, locale), Collectors.toList())));
    }

    @Override
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Optional<Link> actionFor(long clauseId, Locale locale) {
        return currentUser.isEditor()
                ? Optional.of(new Link(
                        i18n.getTranslation("commitment.create-from-clause", locale),
                        "commitments/new?clause=" + clauseId))
                : Optional.empty();
    }

    @Override
    public boolean isReferenced(long clauseId) {
        return commitments.existsBySourceClauseId(clauseId);
    }

    @Override
    public String headingKey() {
        return "agreement.references.commitments";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<Reference> referencesTo(long agreementId, Locale locale) {
        return commitments.findBySourceAgreementId(agreementId).stream()
                .map(commitment -> {
                    var link = link(commitment, locale);
                    return new Reference(link.label(), link.route());
                })
                .toList();
    }

    @Override
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Optional<Reference> creationLink(long agreementId, Locale locale) {
        return currentUser.isEditor()
                ? Optional.of(new Reference(
                        i18n.getTranslation("commitment.create-from-agreement", locale),
                        "commitments/new?agreement=" + agreementId))
                : Optional.empty();
    }

    private Link link(Commitment commitment, Locale locale) {
        var label = i18n.getTranslation(
                "commitment.link",
                locale,
                commitment.getCode(),
                commitment.getTitleVi(),
                i18n.getTranslation(commitment.getCompletion().labelKey(), locale));
        return new Link(label, "commitments/" + commitment.getId());
    }
}
