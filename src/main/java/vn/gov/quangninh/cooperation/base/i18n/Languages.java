package vn.gov.quangninh.cooperation.base.i18n;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The interface languages: Vietnamese first, English second. */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.of("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private Languages() {}

    /** The supported language closest to the given locale; Vietnamese when there is none. */
    public static Locale supported(@Nullable Locale locale) {
        if (locale == null) {
            return VIETNAMESE;
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(VIETNAMESE);
    }

    /** The language for a stored tag such as "vi" or "en". */
    public static Locale fromTag(@Nullable String tag) {
        return tag == null ? VIETNAMESE : supported(Locale.forLanguageTag(tag));
    }
}
