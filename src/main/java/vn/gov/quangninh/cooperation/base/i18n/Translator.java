package vn.gov.quangninh.cooperation.base.i18n;

/**
 * Translates a key with parameters. Views pass their {@code getTranslation}; services that must
 * produce a label pass the I18N provider with the reader's locale.
 */
@FunctionalInterface
public interface Translator {

    String translate(String key, Object... params);
}
