package vn.gov.quangninh.cooperation.base.history;

import java.time.LocalDate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.i18n.Translator;

/**
 * A field of an audited record as its history shows it: a translation key for its label and how
 * its value reads in the reader's language.
 *
 * @param <E> the audited entity
 */
public record AuditedField<E>(String labelKey, Reading<E> reading) {

    /** How a field's value reads; "" for no value. */
    @FunctionalInterface
    public interface Reading<E> {
        String read(E entity, Translator translator);
    }

    public String read(E entity, Translator translator) {
        return reading.read(entity, translator);
    }

    public static <E> AuditedField<E> text(String labelKey, Function<E, @Nullable Object> value) {
        return new AuditedField<>(labelKey, (entity, translator) -> {
            var v = value.apply(entity);
            return v == null ? "" : v.toString();
        });
    }

    public static <E> AuditedField<E> date(String labelKey, Function<E, @Nullable LocalDate> value) {
        return new AuditedField<>(labelKey, (entity, translator) -> Formats.date(value.apply(entity)));
    }

    public static <E> AuditedField<E> yesNo(String labelKey, Function<E, Boolean> value) {
        return new AuditedField<>(
                labelKey,
                (entity, translator) -> translator.translate(value.apply(entity) ? "history.yes" : "history.no"));
    }

    /** A value shown by its translated label, e.g. an enum through its {@code labelKey()}. */
    public static <E, V> AuditedField<E> label(
            String labelKey, Function<E, @Nullable V> value, Function<V, String> keyOf) {
        return new AuditedField<>(labelKey, (entity, translator) -> {
            var v = value.apply(entity);
            return v == null ? "" : translator.translate(keyOf.apply(v));
        });
    }
}
