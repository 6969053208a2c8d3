package vn.gov.quangninh.cooperation.meeting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.AgreementOption;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.meeting.ClauseDraft;
import vn.gov.quangninh.cooperation.meeting.MinutesClause;

/**
 * The clauses as a numbered list typed with the keyboard only: Enter in a clause's text starts the
 * next clause (Shift+Enter breaks the line), numbers follow the order.
 */
class ClauseListEditor extends Div {

    /** One clause being edited. */
    final class ClauseRow extends Div {
        private final @Nullable Long id;
        final Span number = new Span();
        final ComboBox<CooperationField> field = new ComboBox<>();
        final TextArea textVi = new TextArea();
        final TextArea textZh = new TextArea();
        final Button remove = new Button();
        final MultiSelectComboBox<AgreementOption> implementsAgreements = new MultiSelectComboBox<>();
        final MultiSelectComboBox<AgreementOption> amendsAgreements = new MultiSelectComboBox<>();

        ClauseRow(ClauseDraft clause) {
            this.id = clause.id();
            addClassName("clause-row");
            number.addClassName("clause-number");
            field.setItems(CooperationField.values());
            field.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
            field.setPlaceholder(getTranslation("clause.field"));
            field.setAriaLabel(getTranslation("clause.field"));
            field.setValue(clause.field());
            textVi.setPlaceholder(getTranslation("clause.text-vi"));
            textVi.setAriaLabel(getTranslation("clause.text-vi"));
            textVi.setMaxLength(MinutesClause.TEXT_LENGTH);
            textVi.setValue(clause.textVi());
            textVi.addClassName("clause-text-vi");
            textZh.setPlaceholder(getTranslation("clause.text-zh"));
            textZh.setAriaLabel(getTranslation("clause.text-zh"));
            textZh.setMaxLength(MinutesClause.TEXT_LENGTH);
            textZh.setValue(clause.textZh() == null ? "" : clause.textZh());
            textZh.getElement().setAttribute("lang", "zh");
            textZh.addClassName("clause-text-zh");
            for (var picker : List.of(implementsAgreements, amendsAgreements)) {
                picker.setItems(query -> query.getOffset() > 0
                        ? Stream.empty()
                        : agreements.options(query.getFilter().orElse(""), query.getLimit()).stream());
                picker.setItemLabelGenerator(AgreementOption::label);
            }
            implementsAgreements.setPlaceholder(getTranslation("clause.implements"));
            implementsAgreements.setAriaLabel(getTranslation("clause.implements"));
            implementsAgreements.setValue(clause.implementsAgreements());
            amendsAgreements.setPlaceholder(getTranslation("clause.amends"));
            amendsAgreements.setAriaLabel(getTranslation("clause.amends"));
            amendsAgreements.setValue(clause.amendsAgreements());
            // Named removeClause: inside this row a plain remove(this) would be the row's own Div.remove.
            remove.addClickListener(click -> removeClause(this));
            remove.setIcon(VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("clause.remove"));
            remove.setTooltipText(getTranslation("clause.remove"));
            var head = new Div(number, field, remove);
            head.addClassName("clause-row-head");
            var links = new Div(implementsAgreements, amendsAgreements);
            links.addClassName("clause-row-links");
            add(head, textVi, textZh, links);
            for (var text : List.of(textVi, textZh)) {
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.addValueChangeListener(change -> changed.run());
                // Enter starts the next clause; Shift+Enter keeps its usual meaning, a new line.
                Shortcuts.addShortcutListener(text, () -> addAfter(this), Key.ENTER)
                        .listenOn(text);
            }
            field.addValueChangeListener(change -> changed.run());
            implementsAgreements.addValueChangeListener(change -> changed.run());
            amendsAgreements.addValueChangeListener(change -> changed.run());
        }

        ClauseDraft toDraft(int position) {
            return new ClauseDraft(
                    id,
                    position,
                    field.getValue(),
                    textVi.getValue(),
                    textZh.getValue(),
                    implementsAgreements.getValue(),
                    amendsAgreements.getValue());
        }
    }

    private final AgreementService agreements;
    private final Runnable changed;
    private final List<ClauseRow> rows = new ArrayList<>();

    ClauseListEditor(AgreementService agreements, Runnable changed) {
        this.agreements = agreements;
        this.changed = changed;
        addClassName("clause-editor");
    }

    void setClauses(List<ClauseDraft> clauses) {
        rows.clear();
        removeAll();
        clauses.forEach(clause -> insert(rows.size(), clause));
        if (rows.isEmpty()) {
            insert(0, ClauseDraft.empty(1));
        }
        renumber();
    }

    /** Adds an empty clause at the end and puts the cursor in it. */
    ClauseRow addClause() {
        return addAfter(rows.isEmpty() ? null : rows.getLast());
    }

    ClauseRow addAfter(@Nullable ClauseRow row) {
        int index = row == null ? 0 : rows.indexOf(row) + 1;
        var added = insert(index, ClauseDraft.empty(index + 1));
        renumber();
        added.textVi.focus();
        changed.run();
        return added;
    }

    private ClauseRow insert(int index, ClauseDraft clause) {
        var row = new ClauseRow(clause);
        rows.add(index, row);
        addComponentAtIndex(index, row);
        return row;
    }

    private void removeClause(ClauseRow row) {
        rows.remove(row);
        super.remove(row);
        renumber();
        changed.run();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number.setText(getTranslation("clause.number", i + 1));
        }
    }

    List<ClauseRow> rows() {
        return List.copyOf(rows);
    }

    /** The clauses in order, numbered 1, 2, 3...; empty rows are left out. */
    List<ClauseDraft> clauses() {
        var drafts = new ArrayList<ClauseDraft>();
        for (var row : rows) {
            var draft = row.toDraft(drafts.size() + 1);
            if (!draft.isBlank()) {
                drafts.add(draft);
            }
        }
        return drafts;
    }

    /** A clause with Chinese text needs its Vietnamese text: marks the first such row. */
    boolean validate() {
        for (var row : rows) {
            if (row.textVi.getValue().isBlank() && !row.textZh.getValue().isBlank()) {
                FieldErrors.mark(row.textVi, getTranslation("clause.text-vi.required"));
                return false;
            }
        }
        return true;
    }
}
