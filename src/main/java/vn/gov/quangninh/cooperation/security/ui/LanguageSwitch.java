package vn.gov.quangninh.cooperation.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import vn.gov.quangninh.cooperation.base.i18n.Languages;
import vn.gov.quangninh.cooperation.security.LanguagePreference;

/** "VI | EN": switches the interface language; the current one is highlighted. */
public class LanguageSwitch extends Div {

    public LanguageSwitch(LanguagePreference preference) {
        addClassName("language-switch");
        var current = getLocale();
        for (Locale language : Languages.SUPPORTED) {
            var button =
                    new Button(language.getLanguage().toUpperCase(Locale.ROOT), click -> preference.switchTo(language));
            button.addThemeVariants(
                    ButtonVariant.SMALL,
                    language.getLanguage().equals(current.getLanguage())
                            ? ButtonVariant.PRIMARY
                            : ButtonVariant.TERTIARY);
            button.setTooltipText(getTranslation("language." + language.getLanguage()));
            button.setAriaLabel(getTranslation("language." + language.getLanguage()));
            button.setId("language-" + language.getLanguage());
            add(button);
        }
    }
}
