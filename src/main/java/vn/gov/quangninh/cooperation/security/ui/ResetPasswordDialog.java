package vn.gov.quangninh.cooperation.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.security.PasswordPolicy;
import vn.gov.quangninh.cooperation.security.UserAccountDraft;
import vn.gov.quangninh.cooperation.security.UserAccountService;

/** Sets a temporary password for a user who lost theirs; they must change it when they sign in. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserAccountService accounts, UserAccountDraft account) {
        setHeaderTitle(getTranslation("account.reset-password"));
        setWidth("min(28rem, 100vw)");
        var password = new PasswordField(getTranslation("account.temporary-password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        password.addValueChangeListener(change -> password.setInvalid(false));
        var errors = new FieldErrors(this).add("password", password);
        add(new Paragraph(getTranslation("account.reset-password.explanation", account.getUsername())), password);

        var reset = new Button(getTranslation("account.reset-password"), click -> {
            try {
                accounts.resetPassword(account.getId(), password.getValue());
            } catch (RuleViolationException violation) {
                errors.show(violation);
                return;
            }
            Notifications.success(getTranslation("account.reset-password.done", account.getUsername()));
            close();
        });
        reset.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), reset);
    }
}
