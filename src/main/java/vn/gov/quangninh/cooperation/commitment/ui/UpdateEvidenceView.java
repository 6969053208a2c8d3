package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.ui.DownloadLink;
import vn.gov.quangninh.cooperation.commitment.CommitmentDetails.UpdateEntry;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;

/** The evidence of a progress update: the official letter, the link and the files, or that there is none. */
class UpdateEvidenceView extends Div {

    UpdateEvidenceView(CommitmentService commitments, UpdateEntry update) {
        addClassName("update-evidence");
        var heading = new Span(getTranslation("update.evidence"));
        heading.addClassName("evidence-heading");
        add(heading);
        var items = new UnorderedList();
        if (update.letterNumber() != null) {
            var letter = update.letterDate() == null
                    ? getTranslation("update.letter.number-only", update.letterNumber())
                    : getTranslation("update.letter.dated", update.letterNumber(), Formats.date(update.letterDate()));
            items.add(new ListItem(VaadinIcon.ENVELOPE_O.create(), new Span(letter)));
        }
        if (update.link() != null) {
            items.add(new ListItem(VaadinIcon.LINK.create(), CommitmentView.external(update.link())));
        }
        update.evidence()
                .forEach(file -> items.add(new ListItem(
                        VaadinIcon.FILE_TEXT_O.create(), new DownloadLink(file, commitments::downloadEvidence))));
        if (items.getComponentCount() == 0) {
            var none = new Span(getTranslation("update.evidence.none"));
            none.addClassName("evidence-none");
            add(none);
        } else {
            add(items);
        }
    }
}
