package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.commitment.Closure;
import vn.gov.quangninh.cooperation.commitment.Commitment;
import vn.gov.quangninh.cooperation.commitment.CommitmentDetails;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;

/** A manager ends a commitment: cancelled, or superseded by another one; either way with a reason. */
class CloseCommitmentDialog extends Dialog {

    private final RadioButtonGroup<Closure> how = new RadioButtonGroup<>();
    private final TextField replacement = new TextField();
    private final TextArea reason = new TextArea();

    CloseCommitmentDialog(CommitmentService commitments, CommitmentDetails commitment, Runnable closed) {
        setHeaderTitle(getTranslation("commitment.close.title", commitment.code()));
        setWidth("min(32rem, 100vw)");
        how.setLabel(getTranslation("commitment.close.how"));
        how.setItems(List.of(Closure.CANCELLED, Closure.SUPERSEDED));
        how.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        how.setValue(Closure.CANCELLED);
        how.addValueChangeListener(change -> replacement.setVisible(change.getValue() == Closure.SUPERSEDED));
        replacement.setLabel(getTranslation("commitment.close.replacement"));
        replacement.setHelperText(getTranslation("commitment.close.replacement.helper"));
        replacement.setMaxLength(Commitment.CODE_LENGTH);
        replacement.setVisible(false);
        replacement.setId("replacement-code");
        reason.setLabel(getTranslation("commitment.close.reason"));
        reason.setMaxLength(Commitment.REASON_LENGTH);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("closure-reason");
        add(how, replacement, reason);
        var errors = new FieldErrors(this).add("replacement", replacement).add("reason", reason);
        var confirm = new Button(getTranslation("commitment.close.confirm"), click -> {
            try {
                if (how.getValue() == Closure.SUPERSEDED) {
                    commitments.supersede(
                            commitment.id(), commitment.version(), replacement.getValue(), reason.getValue());
                } else {
                    commitments.cancel(commitment.id(), commitment.version(), reason.getValue());
                }
            } catch (RuleViolationException violation) {
                errors.show(violation);
                return;
            }
            Notifications.success(getTranslation(
                    "commitment.closed-now", getTranslation(how.getValue().labelKey())));
            close();
            closed.run();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("confirm-close");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
