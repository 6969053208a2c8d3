package vn.gov.quangninh.cooperation.base.files;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/** File names as users gave them, made safe to show and to send back in a download. */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {}

    /** The last path segment only, without control or reserved characters, at most 200 characters. */
    public static String sanitize(@Nullable String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        var base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}<>:\"|?*]", "_")
                .strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.isBlank()) {
            return fallback;
        }
        return base.length() <= MAX_LENGTH ? base : base.substring(base.length() - MAX_LENGTH);
    }
}
