package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.quangninh.cooperation.commitment.Party;
import vn.gov.quangninh.cooperation.commitment.PartyStatus;
import vn.gov.quangninh.cooperation.commitment.ResponsibleParty;

/**
 * The responsible parties, each with its own status. On a commitment the parties are chosen; on a
 * progress update they are the commitment's, and only their statuses change.
 */
class PartiesField extends CustomField<List<ResponsibleParty>> {

    private record Row(Checkbox chosen, Select<PartyStatus> status, Div element) {}

    private final boolean choosing;
    private final Map<Party, Row> rows = new EnumMap<>(Party.class);
    private final Div list = new Div();
    private boolean presenting;

    /** @param choosing whether the parties themselves are picked here, or only their statuses */
    PartiesField(String label, boolean choosing) {
        this.choosing = choosing;
        setLabel(label);
        list.addClassName("party-rows");
        add(list);
        for (var party : Party.values()) {
            rows.put(party, row(party));
        }
    }

    private Row row(Party party) {
        var name = getTranslation(party.labelKey());
        var chosen = new Checkbox(name);
        chosen.addValueChangeListener(change -> {
            rows.get(party).status().setEnabled(change.getValue());
            changed();
        });
        var status = new Select<PartyStatus>();
        status.setItems(PartyStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        status.setValue(PartyStatus.NOT_STARTED);
        status.setAriaLabel(getTranslation("party.status-of", name));
        status.setEnabled(false);
        status.addValueChangeListener(change -> changed());
        status.setId("party-status-" + party.name().toLowerCase(Locale.ROOT));
        var element = choosing ? new Div(chosen, status) : new Div(new Span(name), status);
        element.addClassName("party-row");
        list.add(element);
        return new Row(chosen, status, element);
    }

    /** The rows' own listeners fire while a value is shown; only the user's changes make a new value. */
    private void changed() {
        if (!presenting) {
            updateValue();
        }
    }

    @Override
    protected List<ResponsibleParty> generateModelValue() {
        return rows.entrySet().stream()
                .filter(entry -> entry.getValue().chosen().getValue())
                .map(entry -> new ResponsibleParty(
                        entry.getKey(), entry.getValue().status().getValue()))
                .toList();
    }

    @Override
    protected void setPresentationValue(List<ResponsibleParty> parties) {
        presenting = true;
        rows.forEach((party, row) -> {
            var status = parties.stream()
                    .filter(value -> value.party() == party)
                    .map(ResponsibleParty::status)
                    .findFirst();
            row.chosen().setValue(status.isPresent());
            row.status().setValue(status.orElse(PartyStatus.NOT_STARTED));
            row.status().setEnabled(status.isPresent() && !isReadOnly());
            row.element().setVisible(choosing || status.isPresent());
        });
        presenting = false;
    }

    @Override
    public List<ResponsibleParty> getEmptyValue() {
        return List.of();
    }
}
