package vn.gov.quangninh.cooperation.base;

import java.io.Serial;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.i18n.Translator;

/**
 * A request the domain refuses: a duplicate code, a weak password, an illegal state change. It
 * carries a translation key (and the form field it concerns, if any) rather than a sentence, so
 * the user reads the reason in their language, next to the field.
 */
public class RuleViolationException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final @Nullable String field;
    private final String messageKey;
    private final transient Object[] messageParams;

    public RuleViolationException(@Nullable String field, String messageKey, Object... messageParams) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.messageParams = messageParams;
    }

    /** The property of the submitted form the problem belongs to, or null for the whole form. */
    public @Nullable String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getMessageParams() {
        return messageParams.clone();
    }

    /** The message in the reader's language, with {@link Label} parameters translated too. */
    public String message(Translator translator) {
        var params = Arrays.stream(messageParams)
                .map(param -> param instanceof Label label ? translator.translate(label.key()) : param)
                .toArray();
        return translator.translate(messageKey, params);
    }

    /** A message parameter that is itself a translation key: "cannot {0} while {1}". */
    public record Label(String key) {}
}
