package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A register's search field and filters. On a phone the filters fold away behind a button beside the
 * search field, and the list gets their room (three to five lines of fields over it); a filter that
 * has a value shows all the same, so that nothing narrows the list unseen. Elsewhere the button is
 * not drawn and every filter shows. A search field alone keeps its line, with nothing to unfold.
 */
public class FilterBar extends FlexLayout {

    private final Button unfold = new Button(VaadinIcon.FILTER.create());

    /**
     * A filter named by the text it shows while empty, for a screen reader too: the filters have no
     * label over them, which would take the list's room.
     */
    public static <F extends HasPlaceholder & HasAriaLabel> F named(F filter, String name) {
        filter.setPlaceholder(name);
        filter.setAriaLabel(name);
        return filter;
    }

    /** The search field a list has: named, with a magnifier and a clear button, searching as one types. */
    public static TextField search(TextField field, String name) {
        named(field, name);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    public FilterBar(TextField search, Component... filters) {
        addClassName("filter-bar");
        add(search);
        if (filters.length == 0) {
            return;
        }
        addClassName("folds");
        unfold.addClassName("filters-toggle");
        unfold.addThemeVariants(ButtonVariant.TERTIARY);
        unfold.setAriaLabel(getTranslation("action.filters"));
        unfold.getElement().setAttribute("aria-expanded", "false");
        unfold.addClickListener(click -> setUnfolded(!isUnfolded()));
        add(unfold);
        add(filters);
    }

    public boolean isUnfolded() {
        return hasClassName("unfolded");
    }

    private void setUnfolded(boolean unfolded) {
        setClassName("unfolded", unfolded);
        unfold.getElement().setAttribute("aria-expanded", String.valueOf(unfolded));
    }
}
