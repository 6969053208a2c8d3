package vn.gov.quangninh.cooperation.base.i18n;

import java.io.Serializable;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A name kept in Vietnamese and, optionally, in English; shown in the reader's language. */
public record LocalizedName(String vi, @Nullable String en) implements Serializable {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
    }
}
