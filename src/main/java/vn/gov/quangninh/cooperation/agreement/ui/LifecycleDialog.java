package vn.gov.quangninh.cooperation.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import vn.gov.quangninh.cooperation.agreement.AgreementDetails;
import vn.gov.quangninh.cooperation.agreement.AgreementEvent;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.LifecycleAction;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.DatePickers;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;

/** Records one lifecycle step (sign, bring into force, extend...) with its date and a note. */
class LifecycleDialog extends Dialog {

    LifecycleDialog(
            AgreementService agreements,
            AgreementDetails agreement,
            LifecycleAction action,
            LocalDate today,
            Runnable onDone) {
        setHeaderTitle(getTranslation(action.labelKey()));
        setWidth("min(30rem, 100vw)");
        var date = DatePickers.create(getTranslation("agreement.action.date"));
        date.setValue(today);
        date.setRequired(true);
        var note = new TextArea(getTranslation("agreement.action.note"));
        note.setMaxLength(AgreementEvent.NOTE_LENGTH);
        var newExpiry = DatePickers.create(getTranslation("agreement.action.new-expiry"));
        var indefinitely = new Checkbox(getTranslation("agreement.action.indefinitely"));
        indefinitely.addValueChangeListener(change -> newExpiry.setEnabled(!change.getValue()));
        var form = new FormLayout(date);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (action == LifecycleAction.EXTEND) {
            form.add(newExpiry, indefinitely);
        }
        form.add(note);
        add(form);
        var errors = new FieldErrors(this).add("date", date).add("newExpiry", newExpiry);

        var confirm = new Button(getTranslation(action.labelKey()), click -> {
            if (date.isEmpty()) {
                FieldErrors.mark(date, getTranslation("validation.required"));
                return;
            }
            try {
                agreements.apply(
                        agreement.id(),
                        agreement.version(),
                        action,
                        date.getValue(),
                        note.getValue(),
                        newExpiry.getValue(),
                        indefinitely.getValue());
            } catch (RuleViolationException violation) {
                errors.show(violation);
                return;
            }
            close();
            onDone.run();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("confirm-action");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
