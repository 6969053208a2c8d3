package vn.gov.quangninh.cooperation.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.DepartmentOption;
import vn.gov.quangninh.cooperation.security.PasswordPolicy;
import vn.gov.quangninh.cooperation.security.UserAccount;
import vn.gov.quangninh.cooperation.security.UserAccountDraft;
import vn.gov.quangninh.cooperation.security.UserAccountService;

/** Creates or edits one account. A new account gets a first password that the user must change. */
class UserAccountDialog extends Dialog {

    private final UserAccountService accounts;
    private final UserAccountDraft draft;
    private final Runnable onSaved;
    private final BeanValidationBinder<UserAccountDraft> binder = new BeanValidationBinder<>(UserAccountDraft.class);
    private final FieldErrors errors = new FieldErrors(this);

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<DepartmentOption> department = new ComboBox<>();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField password = new PasswordField();
    final PasswordField passwordConfirmation = new PasswordField();
    final Button save = new Button();

    UserAccountDialog(
            UserAccountService accounts,
            List<DepartmentOption> departments,
            @Nullable UserAccountDraft existing,
            Runnable onSaved) {
        this.accounts = accounts;
        this.draft = existing == null ? new UserAccountDraft() : existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(draft.isNew() ? "account.create" : "account.edit"));
        setWidth("min(42rem, 100vw)");

        username.setId("username");
        username.setLabel(getTranslation("account.username"));
        username.setMaxLength(UserAccount.USERNAME_LENGTH);
        username.setHelperText(getTranslation("account.username.helper"));
        username.setReadOnly(!draft.isNew());
        fullName.setId("fullName");
        fullName.setLabel(getTranslation("account.full-name"));
        fullName.setMaxLength(UserAccount.FULL_NAME_LENGTH);
        email.setId("email");
        email.setLabel(getTranslation("account.email"));
        email.setHelperText(getTranslation("account.email.helper"));
        email.setMaxLength(UserAccount.EMAIL_LENGTH);
        email.setErrorMessage(getTranslation("account.email.invalid"));
        department.setLabel(getTranslation("account.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(option -> option.label(getLocale()));
        department.setClearButtonVisible(true);
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(AppRoles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        enabled.setLabel(getTranslation("account.enabled"));

        binder.forField(username)
                .withValidator((name, context) -> draft.isNew() && accounts.isUsernameTaken(name)
                        ? ValidationResult.error(
                                getTranslation("account.username.taken", UserAccount.normalizeUsername(name)))
                        : ValidationResult.ok())
                .bind("username");
        binder.bindInstanceFields(this);
        binder.readBean(draft);

        var form = new FormLayout(username, fullName, email, department, roles, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(roles, 2);
        if (draft.isNew()) {
            password.setId("password");
            password.setLabel(getTranslation("account.initial-password"));
            password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
            password.setMaxLength(PasswordPolicy.MAX_LENGTH);
            password.setRequired(true);
            passwordConfirmation.setId("passwordConfirmation");
            passwordConfirmation.setLabel(getTranslation("password.confirm"));
            passwordConfirmation.setRequired(true);
            password.addValueChangeListener(change -> password.setInvalid(false));
            passwordConfirmation.addValueChangeListener(change -> passwordConfirmation.setInvalid(false));
            form.add(password, passwordConfirmation);
        }
        errors.add("username", username)
                .add("fullName", fullName)
                .add("email", email)
                .add("password", password);
        add(form);

        save.setText(getTranslation("action.save"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
        if (!draft.isNew()) {
            var reset = new Button(getTranslation("account.reset-password"), click -> openResetPassword());
            reset.addThemeVariants(ButtonVariant.TERTIARY);
            getFooter().addComponentAsFirst(reset);
        }
    }

    private void save() {
        // Both checks run, so that every field shows its problem at once.
        var fieldsValid = binder.writeBeanIfValid(draft);
        var passwordsValid = passwordsValid();
        if (!fieldsValid || !passwordsValid) {
            return;
        }
        try {
            if (draft.isNew()) {
                accounts.create(draft, password.getValue());
            } else {
                accounts.update(draft);
            }
        } catch (RuleViolationException violation) {
            errors.show(violation);
            return;
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("error.concurrent-edit"));
            return;
        }
        Notifications.success(getTranslation("account.saved", draft.getUsername()));
        close();
        onSaved.run();
    }

    private boolean passwordsValid() {
        if (!draft.isNew()) {
            return true;
        }
        if (password.isEmpty()) {
            FieldErrors.mark(password, getTranslation("validation.required"));
            return false;
        }
        if (!password.getValue().equals(passwordConfirmation.getValue())) {
            FieldErrors.mark(passwordConfirmation, getTranslation("password.mismatch"));
            return false;
        }
        return true;
    }

    private void openResetPassword() {
        new ResetPasswordDialog(accounts, draft).open();
    }
}
