package vn.gov.quangninh.cooperation.report;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.i18n.AppI18NProvider;

/**
 * The labels a report reads with {@code $R{key}}: its own bundle {@code reports/<template>_vi|en.properties}
 * when it has one, then the application's bundle ({@code vaadin-i18n/translations}), which holds the
 * labels every report shares ({@code report.*}). No fallback to another language: a missing label
 * fails the report (templates set {@code whenResourceMissingType="Error"}) and the tests.
 */
final class ReportLabels extends ResourceBundle {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final @Nullable ResourceBundle own;
    private final ResourceBundle shared;

    private ReportLabels(@Nullable ResourceBundle own, ResourceBundle shared) {
        this.own = own;
        this.shared = shared;
        setParent(shared);
    }

    static ReportLabels of(String template, Locale locale, ClassLoader classLoader) {
        var shared = ResourceBundle.getBundle(AppI18NProvider.BUNDLE, locale, classLoader, NO_FALLBACK);
        ResourceBundle own;
        try {
            own = ResourceBundle.getBundle("reports/" + template, locale, classLoader, NO_FALLBACK);
        } catch (MissingResourceException e) {
            own = null;
        }
        return new ReportLabels(own, shared);
    }

    @Override
    protected @Nullable Object handleGetObject(String key) {
        return own != null && own.containsKey(key) ? own.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        var keys = new LinkedHashSet<String>();
        if (own != null) {
            keys.addAll(own.keySet());
        }
        keys.addAll(shared.keySet());
        return Collections.enumeration(keys);
    }

    @Override
    public Locale getLocale() {
        return shared.getLocale();
    }
}
