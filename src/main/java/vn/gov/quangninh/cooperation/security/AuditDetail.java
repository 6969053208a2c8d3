package vn.gov.quangninh.cooperation.security;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.i18n.Translator;

/**
 * What an audit row says of its event, as a translation key and the values it names (an account,
 * roles, an address, a route): the administrator reads it in their own language, the application
 * log in English (DD006).
 */
public record AuditDetail(String key, List<String> values) {

    /** Separates the values where they are stored; no value holds it (control characters go). */
    private static final String SEPARATOR = "\n";

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

    public AuditDetail {
        values = List.copyOf(values.stream()
                .map(value -> CONTROL_CHARACTERS.matcher(value).replaceAll("?"))
                .toList());
    }

    /** What an audit row can say; each is a translation, {@code audit.event.<name>}, in both languages. */
    public enum Kind {
        SIGNED_IN,
        SIGNED_OUT,
        BAD_CREDENTIALS,
        REFUSED_DISABLED,
        FAILURE,
        ACCOUNT_BLOCKED,
        ADDRESS_BLOCKED,
        METHOD,
        URL,
        ROUTE,
        REFUSED,
        CREATED,
        CREATED_DISABLED,
        ROLES,
        ENABLED,
        DISABLED,
        PASSWORD_RESET,
        PASSWORD_CHANGED,
        SESSIONS_ENDED_ROLES,
        SESSIONS_ENDED_DISABLED,
        SESSIONS_ENDED_PASSWORD;

        public String key() {
            return "audit.event." + name();
        }
    }

    public static AuditDetail of(Kind kind, Object... values) {
        return new AuditDetail(
                kind.key(), Arrays.stream(values).map(String::valueOf).toList());
    }

    public String in(Translator translator) {
        return translator.translate(key, values.toArray());
    }

    @Nullable
    String storedValues() {
        return values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    static AuditDetail stored(String key, @Nullable String values) {
        return new AuditDetail(key, values == null ? List.of() : List.of(values.split(SEPARATOR, -1)));
    }
}
