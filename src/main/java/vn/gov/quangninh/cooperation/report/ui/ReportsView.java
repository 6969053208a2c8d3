package vn.gov.quangninh.cooperation.report.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.gov.quangninh.cooperation.agreement.AgreementStatus;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.agreement.LocalityOption;
import vn.gov.quangninh.cooperation.agreement.LocalityService;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.ui.DatePickers;
import vn.gov.quangninh.cooperation.meeting.MeetingFilter;
import vn.gov.quangninh.cooperation.meeting.MeetingRow;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.report.AgreementRegisterReport;
import vn.gov.quangninh.cooperation.report.CommitmentStatusReport;
import vn.gov.quangninh.cooperation.report.MeetingMinutesReport;
import vn.gov.quangninh.cooperation.report.ReportJobs;
import vn.gov.quangninh.cooperation.report.ReportLinks;
import vn.gov.quangninh.cooperation.report.ReviewPackReport;
import vn.gov.quangninh.cooperation.security.DepartmentOption;
import vn.gov.quangninh.cooperation.security.DepartmentService;

/**
 * "Báo cáo": pick one of the four reports, set its criteria, generate the PDF in the background
 * (progress, cancel, download: {@link ReportGenerator}); the stable link of the same PDF is shown
 * for bookmarks and scripts. Every signed-in role; what officials come for.
 */
@Route("reports")
@PermitAll
@Menu(order = 40, icon = "vaadin:file-text", title = "nav.reports")
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    /** The reports on offer, in the order shown. */
    enum Kind {
        COMMITMENT_STATUS,
        AGREEMENT_REGISTER,
        MEETING_MINUTES,
        REVIEW_PACK;

        String labelKey() {
            return "reports.kind." + name();
        }
    }

    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final DatePicker from = DatePickers.create("");
    private final DatePicker to = DatePickers.create("");
    private final ComboBox<DepartmentOption> department = new ComboBox<>();
    private final ComboBox<CooperationField> field = new ComboBox<>();
    private final ComboBox<MeetingRow> meeting = new ComboBox<>();
    private final ComboBox<AgreementStatus> status = new ComboBox<>();
    private final ComboBox<LocalityOption> counterpart = new ComboBox<>();
    private final TextField link = new TextField();
    private final Anchor open = new Anchor();

    ReportsView(
            ReportJobs jobs,
            AgreementRegisterReport agreementRegister,
            CommitmentStatusReport commitmentStatus,
            MeetingMinutesReport meetingMinutes,
            ReviewPackReport reviewPack,
            MeetingService meetings,
            DepartmentService departments,
            LocalityService localities,
            Clock clock) {
        addClassName("reports-view");
        kind.setId("report-kind");
        kind.setLabel(getTranslation("reports.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(item -> getTranslation(item.labelKey()));

        var today = LocalDate.now(clock);
        setUp(from, "from", "report.criteria.from");
        from.setValue(today.withDayOfYear(1));
        setUp(to, "to", "report.criteria.to");
        to.setValue(today.withDayOfYear(today.lengthOfYear()));
        setUp(
                department,
                "department",
                "report.criteria.department",
                departments.list(),
                option -> option.label(getLocale()));
        setUp(
                field,
                "field",
                "report.criteria.field",
                List.of(CooperationField.values()),
                value -> getTranslation(value.labelKey()));
        setUp(
                meeting,
                "meeting",
                "report.criteria.meeting",
                meetings.search(MeetingFilter.all(), PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, "startDate"))),
                row -> row.title(this::getTranslation) + " (" + Formats.date(row.startDate()) + ")");
        setUp(
                status,
                "status",
                "report.agreements.criteria.status",
                List.of(AgreementStatus.values()),
                value -> getTranslation(value.labelKey()));
        setUp(
                counterpart,
                "counterpart",
                "report.agreements.criteria.counterpart",
                localities.list(),
                LocalityOption::label);

        link.setId("report-link");
        link.setLabel(getTranslation("reports.link"));
        link.setHelperText(getTranslation("reports.link.helper"));
        link.setReadOnly(true);
        link.setWidthFull();
        open.setId("report-link-open");
        open.setText(getTranslation("reports.link.open"));
        open.setTarget(AnchorTarget.BLANK);

        var generator = new ReportGenerator(jobs, () -> {
            var locale = getLocale();
            return switch (required(kind.getValue(), "kind")) {
                case AGREEMENT_REGISTER -> {
                    var criteria = agreementCriteria();
                    yield progress -> agreementRegister.render(criteria, locale, progress);
                }
                case COMMITMENT_STATUS -> {
                    var criteria = commitmentCriteria();
                    yield progress -> commitmentStatus.render(criteria, locale, progress);
                }
                case MEETING_MINUTES -> {
                    long id = required(meeting.getValue(), "meeting").id();
                    yield progress -> meetingMinutes.render(id, locale, progress);
                }
                case REVIEW_PACK -> {
                    long id = required(meeting.getValue(), "meeting").id();
                    yield progress -> reviewPack.render(id, locale, progress);
                }
            };
        });

        var form = new FormLayout(from, to, meeting, department, field, status, counterpart);
        form.setId("report-criteria");
        add(new Paragraph(getTranslation("reports.intro")), kind, form, generator, link, open);
        kind.addValueChangeListener(change -> update());
        kind.setValue(Kind.COMMITMENT_STATUS);
    }

    private void setUp(DatePicker picker, String id, String labelKey) {
        picker.setId("report-" + id);
        picker.setLabel(getTranslation(labelKey));
        picker.addValueChangeListener(change -> showLink());
    }

    private <T> void setUp(ComboBox<T> box, String id, String labelKey, List<T> items, ItemLabelGenerator<T> label) {
        box.setId("report-" + id);
        box.setLabel(getTranslation(labelKey));
        // Left empty, a criterion narrows nothing: the field says so.
        box.setPlaceholder(getTranslation("reports.any"));
        box.setItems(items);
        box.setItemLabelGenerator(label);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(change -> showLink());
    }

    /** Shows the criteria of the chosen report, and its link. */
    private void update() {
        var chosen = kind.getValue();
        var commitments = chosen == Kind.COMMITMENT_STATUS;
        var agreements = chosen == Kind.AGREEMENT_REGISTER;
        from.setVisible(commitments);
        to.setVisible(commitments);
        department.setVisible(commitments);
        field.setVisible(commitments || agreements);
        status.setVisible(agreements);
        counterpart.setVisible(agreements);
        meeting.setVisible(!agreements);
        var oneMeeting = chosen == Kind.MEETING_MINUTES || chosen == Kind.REVIEW_PACK;
        meeting.setRequiredIndicatorVisible(oneMeeting);
        meeting.setPlaceholder(oneMeeting ? "" : getTranslation("reports.any"));
        showLink();
    }

    private void showLink() {
        var address = address();
        link.setValue(address == null ? "" : address);
        open.setHref(address == null ? "" : address.substring(1));
        open.setVisible(address != null);
    }

    /** The stable link of the report as set now; null while a required criterion is missing. */
    private @Nullable String address() {
        var chosen = kind.getValue();
        Locale locale = getLocale();
        try {
            return chosen == null
                    ? null
                    : switch (chosen) {
                        case AGREEMENT_REGISTER -> ReportLinks.agreementRegister(agreementCriteria(), locale);
                        case COMMITMENT_STATUS -> ReportLinks.commitmentStatus(commitmentCriteria(), locale);
                        case MEETING_MINUTES ->
                            ReportLinks.meetingMinutes(
                                    required(meeting.getValue(), "meeting").id(), locale);
                        case REVIEW_PACK ->
                            ReportLinks.reviewPack(
                                    required(meeting.getValue(), "meeting").id(), locale);
                    };
        } catch (RuleViolationException missing) {
            return null;
        }
    }

    private AgreementRegisterReport.Criteria agreementCriteria() {
        var locality = counterpart.getValue();
        return new AgreementRegisterReport.Criteria(
                status.getValue(), locality == null ? null : locality.id(), field.getValue());
    }

    private CommitmentStatusReport.Criteria commitmentCriteria() {
        var start = required(from.getValue(), "from");
        var end = required(to.getValue(), "to");
        if (start.isAfter(end)) {
            throw new RuleViolationException("to", "reports.period.reversed");
        }
        var chosenDepartment = department.getValue();
        var chosenMeeting = meeting.getValue();
        return new CommitmentStatusReport.Criteria(
                start,
                end,
                chosenDepartment == null ? null : chosenDepartment.id(),
                field.getValue(),
                chosenMeeting == null ? null : chosenMeeting.id());
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new RuleViolationException(field, "reports.required." + field);
        }
        return value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
