package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.select.Select;
import java.util.function.Function;

/** A list filter's choice among a few values, "any" (no filter) among them as the empty choice. */
public final class AnyChoice {

    private AnyChoice() {}

    /**
     * @param labelKey the translation key of a value's label
     * @param anyKey the translation key of "any", shown when nothing is chosen
     */
    @SafeVarargs
    public static <T> void offer(
            Select<T> select, String placeholderKey, String anyKey, Function<T, String> labelKey, T... values) {
        select.setPlaceholder(select.getTranslation(placeholderKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> select.getTranslation(value == null ? anyKey : labelKey.apply(value)));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(select.getTranslation(anyKey));
    }
}
