package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.stream.Collectors;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.ui.ChineseText;
import vn.gov.quangninh.cooperation.base.ui.FactSheet;
import vn.gov.quangninh.cooperation.commitment.CommitmentDetails.UpdateEntry;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.UpdateState;

/**
 * One progress update as the commitment page and the review queue show it: what it reports, its
 * evidence, who reported and who reviewed; the actions the reader may take on it.
 */
class UpdateCard extends Div {

    UpdateCard(
            CommitmentService commitments, long commitmentId, UpdateEntry update, boolean reviewer, Runnable changed) {
        addClassName("update-card");
        setId("update-" + update.id());
        var when = new Span(Formats.date(update.asOfDate()));
        when.addClassName("timeline-when");
        var proposes = new Span(getTranslation(
                "update.proposes", getTranslation(update.proposedLevel().labelKey())));
        proposes.addClassName("update-proposes");
        var head = new Div(when, CommitmentBadges.update(update.state()), proposes);
        head.addClassName("update-head");
        add(head, new Paragraph(update.narrativeVi()));
        ChineseText.addTo(this, update.narrativeZh());
        add(new UpdateEvidenceView(commitments, update));
        var sheet = new FactSheet()
                .add(
                        getTranslation("commitment.parties"),
                        update.partyStatuses().stream()
                                .map(party -> getTranslation(
                                        "party.with-status",
                                        getTranslation(party.party().labelKey()),
                                        getTranslation(party.status().labelKey())))
                                .collect(Collectors.joining("; ")))
                .add(getTranslation("update.blockers"), update.blockers())
                .add(getTranslation("update.next-steps"), update.nextSteps())
                .add(
                        getTranslation("update.reporter"),
                        update.reporterDepartment() == null
                                ? update.reporter()
                                : update.reporter() + " · "
                                        + update.reporterDepartment().in(getLocale()));
        if (update.submittedAt() != null) {
            sheet.add(getTranslation("update.submitted-at"), Formats.dateTime(update.submittedAt()));
        }
        if (update.reviewedBy() != null) {
            sheet.add(
                    getTranslation("update.reviewed-by"),
                    getTranslation("update.reviewed", update.reviewedBy(), Formats.dateTime(update.reviewedAt())));
        }
        sheet.add(getTranslation("update.review-comment"), update.reviewComment());
        add(sheet);
        if (update.editableByMe()) {
            var open = new Button(
                    getTranslation(update.state() == UpdateState.RETURNED ? "update.correct" : "update.continue"),
                    VaadinIcon.EDIT.create(),
                    click -> UI.getCurrent()
                            .navigate(UpdateFormView.class, UpdateFormView.params(commitmentId, update.id())));
            open.addThemeVariants(ButtonVariant.TERTIARY);
            open.setId("open-update-" + update.id());
            add(open);
        }
        if (reviewer && update.state() == UpdateState.SUBMITTED) {
            add(new ReviewButtons(commitments, update, changed));
        }
    }
}
