package vn.gov.quangninh.cooperation.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-visible text of the interface comes from the {@code vi} and {@code en} bundles in
 * {@code vaadin-i18n/}. Vietnamese is the default, whatever language the browser asks for.
 */
@Component
public class AppI18NProvider implements I18NProvider {

    public static final String BUNDLE = "vaadin-i18n/translations";

    private static final Logger log = LoggerFactory.getLogger(AppI18NProvider.class);
    // No fallback to the JVM's default locale: a missing key must show, not hide behind another language.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        var bundle = ResourceBundle.getBundle(BUNDLE, Languages.supported(locale), NO_FALLBACK);
        try {
            var pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, bundle.getLocale());
            return "!" + key;
        }
    }
}
