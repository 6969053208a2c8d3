package vn.gov.quangninh.cooperation.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Side;

/** The meeting form's model; the constraints mirror the columns. */
public class MeetingDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private @Nullable Long id;
    private long version;

    @NotNull
    private MeetingSeries series = MeetingSeries.JOINT_WORKING_COMMITTEE;

    @Min(1)
    private @Nullable Integer sessionNumber;

    @Size(max = Meeting.TITLE_LENGTH)
    private String title = "";

    @NotNull
    private @Nullable LocalDate startDate;

    @NotNull
    private @Nullable LocalDate endDate;

    @NotNull
    private Side hostSide = Side.VIETNAMESE;

    @Size(max = Meeting.PLACE_LENGTH)
    private String venue = "";

    @Size(max = Meeting.CITY_LENGTH)
    private String city = "";

    @NotNull
    private MeetingFormat format = MeetingFormat.IN_PERSON;

    private List<@Valid Delegate> delegates = new ArrayList<>();

    private Set<VietnameseProvince> provinces = EnumSet.noneOf(VietnameseProvince.class);

    private List<@Size(max = Meeting.AGENDA_ITEM_LENGTH) String> agenda = new ArrayList<>();

    @Size(max = Meeting.OBSERVERS_LENGTH)
    private String observers = "";

    MeetingContent content() {
        return new MeetingContent(
                series,
                sessionNumber,
                title,
                startDate,
                endDate,
                hostSide,
                blankToNull(venue),
                blankToNull(city),
                format,
                delegates,
                provinces,
                agenda,
                blankToNull(observers));
    }

    static MeetingDraft of(MeetingContent content) {
        var draft = new MeetingDraft();
        draft.series = content.series();
        draft.sessionNumber = content.sessionNumber();
        draft.title = content.title() == null ? "" : content.title();
        draft.startDate = content.startDate();
        draft.endDate = content.endDate();
        draft.hostSide = content.hostSide();
        draft.venue = content.venue() == null ? "" : content.venue();
        draft.city = content.city() == null ? "" : content.city();
        draft.format = content.format();
        draft.delegates = new ArrayList<>(content.delegates());
        draft.setProvinces(content.provinces());
        draft.agenda = new ArrayList<>(content.agenda());
        draft.observers = content.observers() == null ? "" : content.observers();
        return draft;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public @Nullable Long getId() {
        return id;
    }

    void setId(@Nullable Long id) {
        this.id = id;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public MeetingSeries getSeries() {
        return series;
    }

    public void setSeries(MeetingSeries series) {
        this.series = series;
    }

    public @Nullable Integer getSessionNumber() {
        return sessionNumber;
    }

    public void setSessionNumber(@Nullable Integer sessionNumber) {
        this.sessionNumber = sessionNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public Side getHostSide() {
        return hostSide;
    }

    public void setHostSide(Side hostSide) {
        this.hostSide = hostSide;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public void setFormat(MeetingFormat format) {
        this.format = format;
    }

    public List<Delegate> getDelegates() {
        return delegates;
    }

    public void setDelegates(List<Delegate> delegates) {
        this.delegates = new ArrayList<>(delegates);
    }

    public Set<VietnameseProvince> getProvinces() {
        return provinces;
    }

    public void setProvinces(Set<VietnameseProvince> provinces) {
        this.provinces = provinces.isEmpty() ? EnumSet.noneOf(VietnameseProvince.class) : EnumSet.copyOf(provinces);
    }

    public List<String> getAgenda() {
        return agenda;
    }

    public void setAgenda(List<String> agenda) {
        this.agenda = new ArrayList<>(agenda);
    }

    public String getObservers() {
        return observers;
    }

    public void setObservers(String observers) {
        this.observers = observers;
    }
}
