package vn.gov.quangninh.cooperation.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import vn.gov.quangninh.cooperation.base.i18n.Languages;
import vn.gov.quangninh.cooperation.security.LanguagePreference;

/**
 * The way to the other languages: "EN" in the Vietnamese interface, "VI" in the English one. Each
 * button is named in its own language (title, label and lang attribute) for whoever needs it.
 */
public class LanguageSwitch extends Div {

    public LanguageSwitch(LanguagePreference preference) {
        addClassName("language-switch");
        var current = getLocale().getLanguage();
        for (Locale language : Languages.SUPPORTED) {
            if (language.getLanguage().equals(current)) {
                continue;
            }
            var button =
                    new Button(language.getLanguage().toUpperCase(Locale.ROOT), click -> preference.switchTo(language));
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            var name = getTranslation(language, "language." + language.getLanguage());
            // A title rather than a tooltip component: no state on the server for every page.
            button.getElement().setAttribute("title", name);
            button.getElement().setAttribute("lang", language.getLanguage());
            button.setAriaLabel(name);
            button.setId("language-" + language.getLanguage());
            add(button);
        }
    }
}
