package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.i18n.Formats;

/**
 * The save flow of every edit form. A refusal goes next to its field; a save refused because
 * someone else saved the record meanwhile (its version moved on) opens a dialog that shows, field
 * by field, their value next to the user's, while the user's input stays on screen. The user then
 * reloads their version, or keeps editing: the form takes on the new version, so the next save
 * puts the user's values over theirs, knowingly.
 *
 * @param <D> the form's model, as the service reads and saves it
 */
public final class SaveConflicts<D> {

    private final Component form;
    private final FieldErrors errors;
    private final Supplier<D> theirs;
    private final Consumer<D> reload;
    private final Consumer<D> keepMine;
    private final List<Compared<D>> compared = new ArrayList<>();

    /**
     * @param theirs reads the record as it is saved now
     * @param reload shows their version in the form, dropping the user's input
     * @param keepMine keeps the user's input and takes on their version for the next save
     */
    public SaveConflicts(
            Component form, FieldErrors errors, Supplier<D> theirs, Consumer<D> reload, Consumer<D> keepMine) {
        this.form = form;
        this.errors = errors;
        this.theirs = theirs;
        this.reload = reload;
        this.keepMine = keepMine;
    }

    /**
     * The save flow of a form whose fields are bound to its draft: reloading reads their version
     * into the fields, keeping mine makes their version (with its number) the form's draft, which
     * the next save fills from the fields again.
     *
     * @param useDraft makes a draft the form's draft
     */
    public static <D> SaveConflicts<D> bound(
            Component form, FieldErrors errors, Binder<D> binder, Supplier<D> theirs, Consumer<D> useDraft) {
        return new SaveConflicts<>(
                form,
                errors,
                theirs,
                draft -> {
                    useDraft.accept(draft);
                    binder.readBean(draft);
                },
                useDraft);
    }

    /** A field shown in the dialog when its value differs: a translation key and its value. */
    public SaveConflicts<D> compare(String labelKey, Function<? super D, ? extends @Nullable Object> value) {
        compared.add(new Compared<>(labelKey, value));
        return this;
    }

    /** A field whose value reads through {@code text}, e.g. an enum through its translated label. */
    public <V> SaveConflicts<D> compareAs(
            String labelKey, Function<? super D, ? extends @Nullable V> value, Function<? super V, String> text) {
        compared.add(new Compared<>(labelKey, draft -> {
            var v = value.apply(draft);
            return v == null ? null : text.apply(v);
        }));
        return this;
    }

    /** A field holding several values, each read through {@code text}, in their order. */
    public <V> SaveConflicts<D> compareAll(
            String labelKey, Function<? super D, ? extends Collection<V>> values, Function<? super V, String> text) {
        compared.add(new Compared<>(
                labelKey, draft -> values.apply(draft).stream().map(text).collect(Collectors.joining(", "))));
        return this;
    }

    /**
     * Hands the user's draft to the service.
     *
     * @return what the service returned, or empty when it refused (the user has been told why)
     */
    public <R> Optional<R> save(D mine, Supplier<R> service) {
        try {
            return Optional.of(service.get());
        } catch (RuleViolationException violation) {
            errors.show(violation);
        } catch (OptimisticLockingFailureException stale) {
            conflict(mine);
        }
        return Optional.empty();
    }

    /**
     * Writes a bound form's fields into its draft and, when they are valid, hands the draft to the
     * service; invalid fields are marked by the binder and the user told to look at them.
     */
    public <R> Optional<R> writeAndSave(Binder<D> binder, D draft, Supplier<R> service) {
        if (!binder.writeBeanIfValid(draft)) {
            Notifications.error(form.getTranslation("validation.form-invalid"));
            return Optional.empty();
        }
        return save(draft, service);
    }

    /** Like {@link #save(Object, Supplier)} for a service call that returns nothing. */
    public boolean save(D mine, Runnable service) {
        return save(mine, () -> {
                    service.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    private void conflict(D mine) {
        var current = theirs.get();
        var changes = changes(mine, current);
        new ConflictDialog(changes, () -> reload.accept(current), () -> keepMine.accept(current)).open();
    }

    /** The compared fields whose saved value differs from the user's. */
    List<Change> changes(D mine, D current) {
        var changes = new ArrayList<Change>();
        for (var field : compared) {
            var their = text(field.value().apply(current));
            var your = text(field.value().apply(mine));
            if (!their.equals(your)) {
                changes.add(new Change(form.getTranslation(field.labelKey()), their, your));
            }
        }
        return changes;
    }

    /** Dates as dd/MM/yyyy; nothing reads as a dash. */
    private static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "—";
            case LocalDate date -> Formats.date(date);
            default -> value.toString().isBlank() ? "—" : value.toString();
        };
    }

    private record Compared<D>(String labelKey, Function<? super D, ?> value) {}

    /** One field that differs: its label, the value saved by the other person, the user's value. */
    public record Change(String label, String theirs, String yours) {}

    /** The dialog itself; its buttons say what happens to the user's input. */
    static final class ConflictDialog extends Dialog {

        ConflictDialog(List<Change> changes, Runnable reload, Runnable keepMine) {
            setId("save-conflict");
            setHeaderTitle(getTranslation("conflict.title"));
            add(new Paragraph(getTranslation("conflict.text")));
            add(changes.isEmpty() ? new Paragraph(getTranslation("conflict.no-visible-change")) : table(changes));
            var keep = new Button(getTranslation("conflict.keep-mine"), click -> {
                keepMine.run();
                close();
                Notifications.success(getTranslation("conflict.kept"));
            });
            keep.setId("conflict-keep-mine");
            keep.addThemeVariants(ButtonVariant.PRIMARY);
            var theirs = new Button(getTranslation("conflict.reload"), click -> {
                reload.run();
                close();
            });
            theirs.setId("conflict-reload");
            getFooter().add(theirs, keep);
            setCloseOnOutsideClick(false);
        }

        private Div table(List<Change> changes) {
            var table = new Div();
            table.addClassName("conflict-changes");
            table.add(row(
                    "conflict-head",
                    getTranslation("conflict.field"),
                    getTranslation("conflict.theirs"),
                    getTranslation("conflict.yours")));
            for (var change : changes) {
                table.add(row("conflict-change", change.label(), change.theirs(), change.yours()));
            }
            return table;
        }

        private static Div row(String className, String label, String theirs, String yours) {
            var row = new Div(new Span(label), new Span(theirs), new Span(yours));
            row.addClassName(className);
            return row;
        }
    }
}
