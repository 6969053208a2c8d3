package vn.gov.quangninh.cooperation.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** Labelled facts of a record, read-only, two columns on a wide screen and one on a phone. */
public class FactSheet extends DescriptionList {

    public FactSheet() {
        addClassName("fact-sheet");
    }

    /** Adds a fact; an empty value is left out rather than shown as a blank. */
    public FactSheet add(String label, @Nullable String value) {
        return value == null || value.isBlank() ? this : add(label, new Span(value));
    }

    public FactSheet add(String label, Component value) {
        add(new Term(label), new Description(value));
        return this;
    }
}
