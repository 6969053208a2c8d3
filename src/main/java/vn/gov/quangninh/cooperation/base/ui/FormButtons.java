package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/**
 * The buttons under a form, the primary action first; they stay in sight at the bottom of the
 * screen while a long form scrolls (style {@code form-buttons}).
 */
public final class FormButtons extends Div {

    public FormButtons(Component... buttons) {
        super(buttons);
        addClassName("form-buttons");
    }

    /** Save, the form's primary action, and cancel, which leaves the form without saving. */
    public static FormButtons saveOrCancel(Button save, String saveId, Runnable onSave, Runnable onCancel) {
        save.setText(save.getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId(saveId);
        save.addClickListener(click -> onSave.run());
        return new FormButtons(save, new Button(save.getTranslation("action.cancel"), click -> onCancel.run()));
    }
}
