package vn.gov.quangninh.cooperation.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.agreement.Signatory;

/** The signatories of both sides, each a name and a title; rows are added and removed freely. */
public class SignatoriesField extends CustomField<List<Signatory>> {

    private record Row(TextField name, TextField title, Div element) {}

    private final Map<Side, List<Row>> rows = new EnumMap<>(Side.class);
    private final Map<Side, Div> lists = new EnumMap<>(Side.class);

    public SignatoriesField(String label) {
        setLabel(label);
        var columns = new Div();
        columns.addClassName("two-columns");
        for (var side : Side.values()) {
            rows.put(side, new ArrayList<>());
            var list = new Div();
            list.addClassName("signatory-rows");
            lists.put(side, list);
            var add = new Button(
                    getTranslation("agreement.signatory.add"), VaadinIcon.PLUS.create(), click -> addRow(side, null));
            add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            columns.add(new Div(new Span(getTranslation(side.labelKey())), list, add));
        }
        add(columns);
    }

    private void addRow(Side side, Signatory signatory) {
        var name = new TextField();
        name.setPlaceholder(getTranslation("agreement.signatory.name"));
        name.setAriaLabel(getTranslation("agreement.signatory.name"));
        name.setMaxLength(Signatory.NAME_LENGTH);
        var title = new TextField();
        title.setPlaceholder(getTranslation("agreement.signatory.title"));
        title.setAriaLabel(getTranslation("agreement.signatory.title"));
        title.setMaxLength(Signatory.TITLE_LENGTH);
        if (signatory != null) {
            name.setValue(signatory.name());
            title.setValue(signatory.title() == null ? "" : signatory.title());
        }
        var element = new Div(name, title);
        element.addClassName("signatory-row");
        var row = new Row(name, title, element);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            rows.get(side).remove(row);
            lists.get(side).remove(element);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("agreement.signatory.remove"));
        element.add(remove);
        name.addValueChangeListener(change -> updateValue());
        title.addValueChangeListener(change -> updateValue());
        rows.get(side).add(row);
        lists.get(side).add(element);
    }

    @Override
    protected List<Signatory> generateModelValue() {
        var value = new ArrayList<Signatory>();
        rows.forEach((side, sideRows) -> sideRows.stream()
                .filter(row -> !row.name().getValue().isBlank())
                .map(row -> new Signatory(
                        side,
                        row.name().getValue().strip(),
                        row.title().getValue().strip()))
                .forEach(value::add));
        return value;
    }

    @Override
    protected void setPresentationValue(List<Signatory> value) {
        rows.values().forEach(List::clear);
        lists.values().forEach(Div::removeAll);
        if (value != null) {
            value.forEach(signatory -> addRow(signatory.side(), signatory));
        }
    }

    @Override
    public List<Signatory> getEmptyValue() {
        return List.of();
    }
}
