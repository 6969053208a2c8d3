package vn.gov.quangninh.cooperation.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.meeting.Delegate;
import vn.gov.quangninh.cooperation.meeting.DelegateRole;
import vn.gov.quangninh.cooperation.meeting.VietnameseProvince;

/** The delegations: one row per person with side, province (Vietnamese side), role, name and title. */
class DelegatesField extends CustomField<List<Delegate>> {

    private record Row(
            Select<Side> side,
            Select<VietnameseProvince> province,
            Select<DelegateRole> role,
            TextField name,
            TextField title,
            Div element) {}

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    DelegatesField(String label) {
        setLabel(label);
        list.addClassName("delegate-rows");
        var add = new Button(getTranslation("meeting.delegate.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(null);
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        add.setId("add-delegate");
        add(list, add);
    }

    private void addRow(@Nullable Delegate delegate) {
        var side = new Select<Side>();
        side.setItems(Side.values());
        side.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        side.setAriaLabel(getTranslation("meeting.delegate.side"));
        var province = new Select<VietnameseProvince>();
        province.setItems(VietnameseProvince.values());
        province.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        province.setEmptySelectionAllowed(true);
        province.setAriaLabel(getTranslation("meeting.delegate.province"));
        var role = new Select<DelegateRole>();
        role.setItems(DelegateRole.values());
        role.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        role.setAriaLabel(getTranslation("meeting.delegate.role"));
        var name = new TextField();
        name.setPlaceholder(getTranslation("meeting.delegate.name"));
        name.setAriaLabel(getTranslation("meeting.delegate.name"));
        name.setMaxLength(Delegate.NAME_LENGTH);
        var title = new TextField();
        title.setPlaceholder(getTranslation("meeting.delegate.title"));
        title.setAriaLabel(getTranslation("meeting.delegate.title"));
        title.setMaxLength(Delegate.TITLE_LENGTH);
        side.setValue(delegate == null ? Side.VIETNAMESE : delegate.side());
        province.setValue(delegate == null ? VietnameseProvince.QUANG_NINH : delegate.province());
        role.setValue(delegate == null ? DelegateRole.MEMBER : delegate.role());
        if (delegate != null) {
            name.setValue(delegate.name());
            title.setValue(delegate.title() == null ? "" : delegate.title());
        }
        province.setEnabled(side.getValue() == Side.VIETNAMESE);
        side.addValueChangeListener(change -> {
            province.setEnabled(change.getValue() == Side.VIETNAMESE);
            if (change.getValue() != Side.VIETNAMESE) {
                province.clear();
            }
        });
        var element = new Div(side, province, role, name, title);
        element.addClassName("delegate-row");
        var row = new Row(side, province, role, name, title, element);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            rows.remove(row);
            list.remove(element);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("meeting.delegate.remove"));
        element.add(remove);
        List.of(side, province, role).forEach(select -> select.addValueChangeListener(change -> updateValue()));
        List.of(name, title).forEach(field -> field.addValueChangeListener(change -> updateValue()));
        rows.add(row);
        list.add(element);
    }

    @Override
    protected List<Delegate> generateModelValue() {
        return rows.stream()
                .filter(row -> !row.name().getValue().isBlank())
                .map(row -> new Delegate(
                        row.side().getValue(),
                        row.province().getValue(),
                        row.role().getValue(),
                        row.name().getValue().strip(),
                        row.title().getValue().strip()))
                .toList();
    }

    @Override
    protected void setPresentationValue(List<Delegate> value) {
        rows.clear();
        list.removeAll();
        if (value != null) {
            value.forEach(this::addRow);
        }
    }

    @Override
    public List<Delegate> getEmptyValue() {
        return List.of();
    }
}
