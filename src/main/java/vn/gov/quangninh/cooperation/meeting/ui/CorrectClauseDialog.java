package vn.gov.quangninh.cooperation.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.meeting.ClauseRevision;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails.ClauseDetails;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.meeting.MinutesClause;

/** Corrects a clause of signed minutes: the new text and the reason, kept as a revision. */
class CorrectClauseDialog extends Dialog {

    CorrectClauseDialog(MeetingService meetings, long minutesId, ClauseDetails clause, Runnable onDone) {
        setHeaderTitle(getTranslation("minutes.correction.title", clause.number()));
        setWidth("min(44rem, 100vw)");
        var textVi = new TextArea(getTranslation("clause.text-vi"));
        textVi.setValue(clause.textVi());
        textVi.setMaxLength(MinutesClause.TEXT_LENGTH);
        var textZh = new TextArea(getTranslation("clause.text-zh"));
        textZh.setValue(clause.textZh() == null ? "" : clause.textZh());
        textZh.setMaxLength(MinutesClause.TEXT_LENGTH);
        textZh.getElement().setAttribute("lang", "zh");
        var reason = new TextArea(getTranslation("minutes.correction.reason"));
        reason.setMaxLength(ClauseRevision.REASON_LENGTH);
        reason.setRequired(true);
        reason.setId("correction-reason");
        var form = new FormLayout(textVi, textZh, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("minutes.correction.explanation")), form);
        var errors = new FieldErrors(this).add("reason", reason);
        var save = new Button(getTranslation("minutes.correction.save"), click -> {
            try {
                meetings.correctClause(
                        minutesId, clause.number(), textVi.getValue(), textZh.getValue(), reason.getValue());
            } catch (RuleViolationException violation) {
                errors.show(violation);
                return;
            }
            close();
            onDone.run();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-correction");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
