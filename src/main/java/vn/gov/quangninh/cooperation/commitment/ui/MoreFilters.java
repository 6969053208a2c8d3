package vn.gov.quangninh.cooperation.commitment.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import vn.gov.quangninh.cooperation.agreement.AgreementOption;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.text.SearchText;
import vn.gov.quangninh.cooperation.base.ui.AnyChoice;
import vn.gov.quangninh.cooperation.base.ui.DatePickers;
import vn.gov.quangninh.cooperation.base.ui.FilterBar;
import vn.gov.quangninh.cooperation.base.ui.UrlState;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.Party;
import vn.gov.quangninh.cooperation.meeting.MeetingFilter;
import vn.gov.quangninh.cooperation.meeting.MeetingRow;
import vn.gov.quangninh.cooperation.meeting.MeetingService;

/**
 * The commitments list's less used filters. The list builds them when they are first opened or
 * named in the address: most people never open them, and every component would stay in the session
 * of everyone who has the list open (DD014).
 */
final class MoreFilters extends FlexLayout {

    private static final List<String> PARAMETERS =
            List.of("meeting", "agreement", "field", "party", "dueFrom", "dueTo", "closed");
    private static final int MEETING_CHOICES = 500;

    private final MeetingService meetings;
    private final AgreementService agreements;
    private final ComboBox<MeetingRow> meeting = new ComboBox<>();
    private final ComboBox<AgreementOption> agreement = new ComboBox<>();
    private final ComboBox<CooperationField> field = new ComboBox<>();
    private final ComboBox<Party> party = new ComboBox<>();
    private final DatePicker dueFrom = DatePickers.create("");
    private final DatePicker dueTo = DatePickers.create("");
    private final Checkbox closed = new Checkbox();

    MoreFilters(MeetingService meetings, AgreementService agreements, Runnable onChange) {
        this.meetings = meetings;
        this.agreements = agreements;
        addClassName("filter-bar");
        configureChoices();
        configureDatesAndClosed();
        add(meeting, agreement, field, party, dueFrom, dueTo, closed);
        List<HasValue<?, ?>> inputs = List.of(meeting, agreement, field, party, dueFrom, dueTo, closed);
        inputs.forEach(input -> input.addValueChangeListener(change -> onChange.run()));
    }

    /** Whether the address filters by one of these: then they are shown at once. */
    static boolean named(UrlState url) {
        return PARAMETERS.stream().anyMatch(name -> url.get(name).isPresent());
    }

    private void configureChoices() {
        meeting.setPlaceholder(getTranslation("commitment.meeting"));
        // Fetched when the list opens, not kept with the view.
        meeting.setItems(query -> meetingRows()
                .filter(row -> SearchText.fold(meetingTitle(row))
                        .contains(SearchText.fold(query.getFilter().orElse(""))))
                .skip(query.getOffset())
                .limit(query.getLimit()));
        meeting.setItemLabelGenerator(this::meetingTitle);
        meeting.setClearButtonVisible(true);
        meeting.setId("filter-meeting");
        // A meeting's name is long ("Hội nghị lần thứ 16 Ủy ban công tác liên hợp"), and in English
        // so is the label ("Talks or conference").
        meeting.addClassName("wide-filter");
        agreement.setPlaceholder(getTranslation("commitment.agreement"));
        agreement.setItems(query -> query.getOffset() > 0
                ? Stream.empty()
                : agreements.options(query.getFilter().orElse(""), query.getLimit()).stream());
        agreement.setItemLabelGenerator(AgreementOption::label);
        agreement.setClearButtonVisible(true);
        AnyChoice.offer(field, "commitment.field", CooperationField::labelKey, CooperationField.values());
        AnyChoice.offer(party, "commitment.party", Party::labelKey, Party.values());
    }

    private void configureDatesAndClosed() {
        FilterBar.named(dueFrom, getTranslation("commitment.due-from"));
        FilterBar.named(dueTo, getTranslation("commitment.due-to"));
        closed.setLabel(getTranslation("commitment.filter.closed"));
        closed.setId("filter-closed");
    }

    /** Sets the filters as the address says; the caller ignores the changes this makes. */
    void restore(UrlState url) {
        meeting.setValue(url.getLong("meeting")
                .flatMap(id -> meetingRows().filter(row -> row.id() == id).findFirst())
                .orElse(null));
        agreement.setValue(url.getLong("agreement").flatMap(agreements::option).orElse(null));
        field.setValue(url.getEnum("field", CooperationField.class).orElse(null));
        party.setValue(url.getEnum("party", Party.class).orElse(null));
        dueFrom.setValue(url.getDate("dueFrom").orElse(null));
        dueTo.setValue(url.getDate("dueTo").orElse(null));
        closed.setValue(url.get("closed").isPresent());
    }

    /** The main filters narrowed by these. */
    CommitmentFilter narrow(CommitmentFilter main) {
        return new CommitmentFilter(
                main.text(),
                meeting.getOptionalValue().map(MeetingRow::id).orElse(null),
                agreement.getOptionalValue().map(AgreementOption::id).orElse(null),
                field.getValue(),
                main.departmentId(),
                party.getValue(),
                main.completion(),
                main.flag(),
                dueFrom.getValue(),
                dueTo.getValue(),
                main.awaitingReview(),
                closed.getValue());
    }

    private Stream<MeetingRow> meetingRows() {
        return meetings.search(MeetingFilter.all(), PageRequest.of(0, MEETING_CHOICES)).stream();
    }

    private String meetingTitle(MeetingRow row) {
        return row.title(this::getTranslation);
    }
}
