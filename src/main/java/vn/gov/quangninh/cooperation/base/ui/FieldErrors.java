package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.quangninh.cooperation.base.RuleViolationException;

/**
 * Puts the service's refusals next to the field they concern, in the user's language. A refusal
 * that belongs to no field of the form is shown as a notification.
 */
public final class FieldErrors {

    private final Component form;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component form) {
        this.form = form;
    }

    public FieldErrors add(String property, HasValidation field) {
        fields.put(property, field);
        return this;
    }

    public void show(RuleViolationException violation) {
        var message = violation.message(form::getTranslation);
        var field = violation.getField() == null ? null : fields.get(violation.getField());
        if (field == null) {
            Notifications.error(message);
            return;
        }
        mark(field, message);
    }

    /** Shows a message on a field and moves the focus there. */
    public static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
