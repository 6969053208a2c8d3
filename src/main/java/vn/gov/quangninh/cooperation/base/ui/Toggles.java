package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * Buttons that switch a filter on and off: a button that is on looks like the primary action and
 * says so to screen readers ({@code aria-pressed}).
 */
public final class Toggles {

    private Toggles() {}

    public static boolean isOn(Button button) {
        return button.hasThemeName(ButtonVariant.PRIMARY.getVariantName());
    }

    public static void setOn(Button button, boolean on) {
        if (on) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.PRIMARY);
        }
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
    }
}
