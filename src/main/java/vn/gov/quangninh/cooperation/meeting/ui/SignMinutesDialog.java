package vn.gov.quangninh.cooperation.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.DatePickers;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails.MinutesDetails;
import vn.gov.quangninh.cooperation.meeting.MeetingService;

/** Records the signing of minutes; after this, clauses change only through recorded corrections. */
class SignMinutesDialog extends Dialog {

    SignMinutesDialog(MeetingService meetings, MinutesDetails minutes, LocalDate suggested, Runnable onDone) {
        setHeaderTitle(getTranslation("minutes.sign"));
        setWidth("min(28rem, 100vw)");
        var date = DatePickers.create(getTranslation("minutes.signing-date"));
        date.setValue(suggested);
        date.setRequired(true);
        date.setId("signing-date");
        add(new Paragraph(getTranslation("minutes.sign.explanation")), date);
        var errors = new FieldErrors(this).add("signingDate", date);
        var sign = new Button(getTranslation("minutes.sign"), click -> {
            if (date.isEmpty()) {
                FieldErrors.mark(date, getTranslation("validation.required"));
                return;
            }
            try {
                meetings.sign(minutes.id(), minutes.version(), date.getValue());
            } catch (RuleViolationException violation) {
                errors.show(violation);
                return;
            }
            close();
            onDone.run();
        });
        sign.addThemeVariants(ButtonVariant.PRIMARY);
        sign.setId("confirm-sign");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), sign);
    }
}
