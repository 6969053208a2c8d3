package vn.gov.quangninh.cooperation.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.base.RuleViolationException;

/**
 * What a password must be (OWASP ASVS 5.0, level 2): 12 to 128 characters, not guessable from the
 * bundled dictionaries of common and breached passwords, and not built on the user's own names.
 * Checked on the server; no network call.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's score, 0 to 4; 3 means "safely unguessable" for an online attack. */
    private static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * @param field the form field to report a problem against
     * @param personalWords the username, full name...: a password must not be made of them
     * @throws RuleViolationException when the password is refused, with the reason's translation key
     */
    public void check(String field, String password, String... personalWords) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new RuleViolationException(field, "password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new RuleViolationException(field, "password.too-long", MAX_LENGTH);
        }
        var lowerCase = password.toLowerCase(Locale.ROOT);
        var words = personalWords(personalWords);
        if (words.stream().anyMatch(word -> word.length() >= 4 && lowerCase.contains(word))) {
            throw new RuleViolationException(field, "password.personal");
        }
        if (zxcvbn.measure(password, words).getScore() < MIN_SCORE) {
            throw new RuleViolationException(field, "password.too-weak");
        }
    }

    private static List<String> personalWords(String... texts) {
        return Arrays.stream(texts)
                .filter(Objects::nonNull)
                .flatMap(text -> Arrays.stream(text.split("\\s+")))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .filter(word -> !word.isBlank())
                .toList();
    }
}
