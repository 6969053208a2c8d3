package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.function.Function;

/**
 * A list filter's choice among a few values; cleared, it filters nothing. A combo box rather than a
 * select: a select keeps a component per value in every session, a combo box sends its values when
 * opened (see DD014, "Heap per session").
 */
public final class AnyChoice {

    private AnyChoice() {}

    /** @param labelKey the translation key of a value's label */
    @SafeVarargs
    public static <T> void offer(ComboBox<T> choice, String placeholderKey, Function<T, String> labelKey, T... values) {
        choice.setPlaceholder(choice.getTranslation(placeholderKey));
        choice.setAriaLabel(choice.getTranslation(placeholderKey));
        choice.setItems(values);
        choice.setItemLabelGenerator(value -> choice.getTranslation(labelKey.apply(value)));
        choice.setClearButtonVisible(true);
    }
}
