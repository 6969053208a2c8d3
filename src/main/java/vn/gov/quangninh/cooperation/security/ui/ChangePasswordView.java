package vn.gov.quangninh.cooperation.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.security.AccountService;
import vn.gov.quangninh.cooperation.security.CurrentUser;
import vn.gov.quangninh.cooperation.security.PasswordPolicy;

/** Every user changes their own password here; a temporary password leads here first. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accountService;
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final FieldErrors errors = new FieldErrors(this);

    ChangePasswordView(AccountService accountService, CurrentUser currentUser) {
        this.accountService = accountService;
        addClassName("narrow-view");

        var heading = new H2(getTranslation("password.change.title"));
        add(heading);
        if (currentUser.require().isMustChangePassword()) {
            var notice = new Paragraph(getTranslation("password.change.required"));
            notice.addClassName("notice");
            add(notice);
        }

        currentPassword.setLabel(getTranslation("password.current"));
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirmation.setLabel(getTranslation("password.confirm"));
        for (var field : new PasswordField[] {currentPassword, newPassword, confirmation}) {
            field.setRequired(true);
            field.addValueChangeListener(change -> field.setInvalid(false));
        }
        errors.add("currentPassword", currentPassword).add("newPassword", newPassword);

        var save = new Button(getTranslation("password.change.submit"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);

        var form = new FormLayout(currentPassword, newPassword, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    private void save() {
        if (currentPassword.isEmpty()) {
            FieldErrors.mark(currentPassword, getTranslation("validation.required"));
            return;
        }
        if (!newPassword.getValue().equals(confirmation.getValue())) {
            FieldErrors.mark(confirmation, getTranslation("password.mismatch"));
            return;
        }
        try {
            accountService.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
        } catch (RuleViolationException violation) {
            errors.show(violation);
            return;
        }
        Notifications.success(getTranslation("password.change.done"));
        UI.getCurrent().navigate("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title");
    }
}
