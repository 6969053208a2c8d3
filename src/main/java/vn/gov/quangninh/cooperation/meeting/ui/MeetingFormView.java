package vn.gov.quangninh.cooperation.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.base.ui.DatePickers;
import vn.gov.quangninh.cooperation.base.ui.FieldErrors;
import vn.gov.quangninh.cooperation.base.ui.FormButtons;
import vn.gov.quangninh.cooperation.base.ui.Notifications;
import vn.gov.quangninh.cooperation.base.ui.SaveConflicts;
import vn.gov.quangninh.cooperation.base.ui.UnsavedChanges;
import vn.gov.quangninh.cooperation.base.ui.UrlState;
import vn.gov.quangninh.cooperation.meeting.Delegate;
import vn.gov.quangninh.cooperation.meeting.Meeting;
import vn.gov.quangninh.cooperation.meeting.MeetingDraft;
import vn.gov.quangninh.cooperation.meeting.MeetingFormat;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.meeting.VietnameseProvince;
import vn.gov.quangninh.cooperation.security.AppRoles;

/**
 * Records a meeting: a new one of a series ({@code ?series=}), the next session after a meeting with
 * its delegations copied ({@code ?after=}), or changes to one ({@code meetings/{id}/edit}).
 */
@Route("meetings/new")
@RouteAlias("meetings/:id([0-9]+)/edit")
@RolesAllowed({AppRoles.STAFF, AppRoles.MANAGER, AppRoles.ADMIN})
public class MeetingFormView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final BeanValidationBinder<MeetingDraft> binder = new BeanValidationBinder<>(MeetingDraft.class);
    private final FieldErrors errors = new FieldErrors(this);
    private final SaveConflicts<MeetingDraft> saving = conflicts();
    private MeetingDraft draft = new MeetingDraft();

    final Select<MeetingSeries> series = new Select<>();
    final IntegerField sessionNumber = new IntegerField();
    final TextField title = new TextField();
    final DatePicker startDate = new DatePicker();
    final DatePicker endDate = new DatePicker();
    final RadioButtonGroup<Side> hostSide = new RadioButtonGroup<>();
    final RadioButtonGroup<MeetingFormat> format = new RadioButtonGroup<>();
    final TextField venue = new TextField();
    final TextField city = new TextField();
    final CheckboxGroup<VietnameseProvince> provinces = new CheckboxGroup<>();
    final DelegatesField delegates;
    final TextArea agenda = new TextArea();
    final TextArea observers = new TextArea();
    final Button save = new Button();

    MeetingFormView(MeetingService meetings) {
        this.meetings = meetings;
        this.delegates = new DelegatesField(getTranslation("meeting.delegations"));
        addClassName("form-view");
        configureFields();
        bind();
        add(form(), buttons());
    }

    private void configureFields() {
        series.setLabel(getTranslation("meeting.series"));
        series.setItems(MeetingSeries.values());
        series.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        series.addValueChangeListener(change -> title.setVisible(change.getValue() == MeetingSeries.OTHER));
        sessionNumber.setLabel(getTranslation("meeting.session"));
        sessionNumber.setMin(1);
        sessionNumber.setId("session-number");
        title.setLabel(getTranslation("meeting.custom-title"));
        title.setMaxLength(Meeting.TITLE_LENGTH);
        for (var picker : List.of(startDate, endDate)) {
            DatePickers.localize(picker);
        }
        startDate.setLabel(getTranslation("meeting.start-date"));
        startDate.setId("start-date");
        startDate.addValueChangeListener(change -> {
            if (endDate.isEmpty() && change.getValue() != null) {
                endDate.setValue(change.getValue());
            }
        });
        endDate.setLabel(getTranslation("meeting.end-date"));
        endDate.setId("end-date");
        hostSide.setLabel(getTranslation("meeting.host"));
        hostSide.setItems(Side.values());
        hostSide.setItemLabelGenerator(value -> getTranslation("meeting.host." + value.name()));
        format.setLabel(getTranslation("meeting.format"));
        format.setItems(MeetingFormat.values());
        format.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        venue.setLabel(getTranslation("meeting.venue"));
        venue.setMaxLength(Meeting.PLACE_LENGTH);
        city.setLabel(getTranslation("meeting.city"));
        city.setId("city");
        venue.setId("venue");
        city.setMaxLength(Meeting.CITY_LENGTH);
        provinces.setLabel(getTranslation("meeting.provinces"));
        provinces.setItems(VietnameseProvince.values());
        provinces.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        agenda.setLabel(getTranslation("meeting.agenda"));
        agenda.setHelperText(getTranslation("meeting.agenda.helper"));
        observers.setLabel(getTranslation("meeting.observers"));
        observers.setMaxLength(Meeting.OBSERVERS_LENGTH);
        errors.add("sessionNumber", sessionNumber)
                .add("title", title)
                .add("endDate", endDate)
                .add("delegates", delegates);
    }

    private void bind() {
        binder.forField(endDate)
                .withValidator((date, context) ->
                        date != null && startDate.getValue() != null && date.isBefore(startDate.getValue())
                                ? ValidationResult.error(getTranslation("meeting.dates.end-before-start"))
                                : ValidationResult.ok())
                .bind("endDate");
        binder.forField(agenda)
                .withConverter(
                        text -> Arrays.stream(text.split("\\R"))
                                .map(String::strip)
                                .filter(line -> !line.isEmpty())
                                .toList(),
                        items -> String.join("\n", items))
                .bind("agenda");
        binder.bindInstanceFields(this);
    }

    private Component form() {
        var form = new FormLayout(
                series,
                sessionNumber,
                title,
                startDate,
                endDate,
                hostSide,
                format,
                city,
                venue,
                provinces,
                delegates,
                agenda,
                observers);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        for (var wide : List.<Component>of(title, provinces, delegates, agenda, observers)) {
            form.setColspan(wide, 2);
        }
        return form;
    }

    /** What the user sees side by side when someone else saved the meeting meanwhile. */
    private SaveConflicts<MeetingDraft> conflicts() {
        return SaveConflicts.bound(this, errors, binder, () -> meetings.edit(draft.getId()), theirs -> draft = theirs)
                .compare("meeting.session", MeetingDraft::getSessionNumber)
                .compare("meeting.custom-title", MeetingDraft::getTitle)
                .compare("meeting.start-date", MeetingDraft::getStartDate)
                .compare("meeting.end-date", MeetingDraft::getEndDate)
                .compareAs(
                        "meeting.host",
                        MeetingDraft::getHostSide,
                        value -> getTranslation("meeting.host." + value.name()))
                .compareAs("meeting.format", MeetingDraft::getFormat, value -> getTranslation(value.labelKey()))
                .compare("meeting.venue", MeetingDraft::getVenue)
                .compare("meeting.city", MeetingDraft::getCity)
                .compareAll("meeting.provinces", MeetingDraft::getProvinces, value -> getTranslation(value.labelKey()))
                .compareAll("meeting.delegations", MeetingDraft::getDelegates, Delegate::name)
                .compareAll("meeting.agenda", MeetingDraft::getAgenda, item -> item)
                .compare("meeting.observers", MeetingDraft::getObservers);
    }

    private Component buttons() {
        return FormButtons.saveOrCancel(save, "save-meeting", this::save, this::leave);
    }

    private void save() {
        saving.writeAndSave(binder, draft, () -> draft.isNew() ? meetings.create(draft) : update())
                .ifPresent(id -> {
                    Notifications.success(getTranslation("meeting.saved"));
                    UI.getCurrent().navigate(MeetingView.class, MeetingView.params(id));
                });
    }

    private long update() {
        meetings.update(draft);
        return draft.getId();
    }

    private void leave() {
        if (draft.isNew()) {
            UI.getCurrent().navigate(MeetingsView.class);
        } else {
            UI.getCurrent().navigate(MeetingView.class, MeetingView.params(draft.getId()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        var url = UrlState.of(event.getLocation());
        if (id.isPresent()) {
            draft = meetings.edit(id.get());
        } else if (url.get("after").filter(value -> value.matches("\\d+")).isPresent()) {
            draft = meetings.nextDraft(Long.parseLong(url.get("after").orElseThrow()));
        } else {
            draft = meetings.newDraft(
                    url.getEnum("series", MeetingSeries.class).orElse(MeetingSeries.JOINT_WORKING_COMMITTEE));
        }
        binder.readBean(draft);
        series.setReadOnly(!draft.isNew());
        title.setVisible(draft.getSeries() == MeetingSeries.OTHER);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (binder.hasChanges()) {
            UnsavedChanges.confirmLeaving(event, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(draft.isNew() ? "meeting.create" : "meeting.edit");
    }
}
