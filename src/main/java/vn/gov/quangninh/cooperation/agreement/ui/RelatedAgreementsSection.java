package vn.gov.quangninh.cooperation.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.stream.Stream;
import vn.gov.quangninh.cooperation.agreement.AgreementDetails.RelatedAgreement;
import vn.gov.quangninh.cooperation.agreement.AgreementOption;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.LinkType;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;

/** Agreements this one amends, extends, supersedes or implements, and those that do so to it. */
class RelatedAgreementsSection extends Div {

    RelatedAgreementsSection(
            AgreementService agreements,
            long agreementId,
            List<RelatedAgreement> related,
            boolean editable,
            Runnable onChanged) {
        addClassName("section");
        add(new H3(getTranslation("agreement.related")));
        if (related.isEmpty()) {
            add(new Paragraph(getTranslation("agreement.related.none")));
        }
        var list = new UnorderedList();
        list.addClassName("related-list");
        related.forEach(link -> {
            var label = new Span(getTranslation(
                    link.outgoing() ? link.type().labelKey() : link.type().inverseLabelKey()));
            label.addClassName("link-type");
            var target = new RouterLink(
                    link.referenceCode() + " · " + link.titleVi(),
                    AgreementView.class,
                    AgreementView.params(link.agreementId()));
            var item = new ListItem(label, target);
            if (editable) {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                    agreements.unlink(link.linkId());
                    onChanged.run();
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                remove.setAriaLabel(getTranslation("agreement.related.remove"));
                item.add(remove);
            }
            list.add(item);
        });
        add(list);
        if (editable) {
            var add = new Button(
                    getTranslation("agreement.related.add"),
                    VaadinIcon.LINK.create(),
                    click -> openLinkDialog(agreements, agreementId, onChanged));
            add.addThemeVariants(ButtonVariant.TERTIARY);
            add(add);
        }
    }

    private void openLinkDialog(AgreementService agreements, long agreementId, Runnable onChanged) {
        var dialog = new Dialog(getTranslation("agreement.related.add"));
        dialog.setWidth("min(36rem, 100vw)");
        var type = new Select<LinkType>();
        type.setLabel(getTranslation("agreement.related.type"));
        type.setItems(LinkType.values());
        type.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        type.setValue(LinkType.IMPLEMENTS);
        var other = new ComboBox<AgreementOption>(getTranslation("agreement.related.other"));
        // The best matches only: one page of suggestions is enough to pick from.
        other.setItems(query -> query.getOffset() > 0
                ? Stream.empty()
                : agreements.options(query.getFilter().orElse(""), query.getLimit()).stream());
        other.setItemLabelGenerator(AgreementOption::label);
        other.setWidthFull();
        var form = new FormLayout(type, other);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        var errors = new FieldErrors(dialog).add("agreement", other);
        var save = new Button(getTranslation("action.save"), click -> {
            if (other.isEmpty()) {
                FieldErrors.mark(other, getTranslation("validation.required"));
                return;
            }
            try {
                agreements.link(agreementId, type.getValue(), other.getValue().id());
            } catch (RuleViolationException violation) {
                errors.show(violation);
                return;
            }
            dialog.close();
            onChanged.run();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
