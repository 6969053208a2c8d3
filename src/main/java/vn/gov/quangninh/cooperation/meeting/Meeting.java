package vn.gov.quangninh.cooperation.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.text.SearchText;

/**
 * A spring talks session, a Joint Working Committee conference, or another meeting: who came, where,
 * what was on the agenda, and the minutes it ended in.
 */
@Entity
@Audited
@Table(name = "meeting")
public class Meeting extends AbstractEntity {

    public static final int TITLE_LENGTH = 300;
    public static final int PLACE_LENGTH = 200;
    public static final int CITY_LENGTH = 100;
    public static final int AGENDA_ITEM_LENGTH = 500;
    public static final int OBSERVERS_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingSeries series;

    @Column(name = "session_number")
    private @Nullable Integer sessionNumber;

    @Column(length = TITLE_LENGTH)
    private @Nullable String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_side", nullable = false, length = 20)
    private Side hostSide;

    @Column(length = PLACE_LENGTH)
    private @Nullable String venue;

    @Column(length = CITY_LENGTH)
    private @Nullable String city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingFormat format;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "meeting_delegate", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Delegate> delegates = new ArrayList<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "meeting_province", joinColumns = @JoinColumn(name = "meeting_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "province", length = 20)
    private Set<VietnameseProvince> provinces = EnumSet.noneOf(VietnameseProvince.class);

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = AGENDA_ITEM_LENGTH)
    private List<String> agenda = new ArrayList<>();

    @Column(length = OBSERVERS_LENGTH)
    private @Nullable String observers;

    @NotAudited
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Minutes> minutes = new ArrayList<>();

    @NotAudited
    @Column(name = "search_text", nullable = false, length = 1000)
    private String searchText;

    protected Meeting() {}

    public Meeting(MeetingContent content) {
        revise(content);
    }

    public void revise(MeetingContent content) {
        content.check();
        this.series = content.series();
        this.sessionNumber = content.sessionNumber();
        this.title = content.title() == null || content.title().isBlank()
                ? null
                : content.title().strip();
        this.startDate = content.startDate();
        this.endDate = content.endDate();
        this.hostSide = content.hostSide();
        this.venue = content.venue();
        this.city = content.city();
        this.format = content.format();
        this.delegates.clear();
        this.delegates.addAll(content.delegates());
        this.provinces = content.provinces().isEmpty()
                ? EnumSet.noneOf(VietnameseProvince.class)
                : EnumSet.copyOf(content.provinces());
        this.agenda.clear();
        content.agenda().stream()
                .filter(item -> !item.isBlank())
                .map(String::strip)
                .forEach(agenda::add);
        this.observers = content.observers();
        var names = delegates.stream().map(Delegate::name).toList();
        var texts = new ArrayList<String>(List.of(series.codePrefix(), String.valueOf(sessionNumber)));
        if (title != null) {
            texts.add(title);
        }
        if (city != null) {
            texts.add(city);
        }
        if (venue != null) {
            texts.add(venue);
        }
        texts.addAll(names);
        this.searchText = SearchText.index(1000, texts.toArray(String[]::new));
    }

    /**
     * What the next session of this series starts from: the same series, the next number, the same
     * delegations and provinces, the other side hosting, dates and agenda still to fill in.
     */
    public MeetingContent nextSession(LocalDate startDate) {
        return new MeetingContent(
                series,
                sessionNumber == null ? null : sessionNumber + 1,
                title,
                startDate,
                startDate,
                hostSide == Side.VIETNAMESE ? Side.CHINESE : Side.VIETNAMESE,
                null,
                null,
                format,
                delegates,
                provinces,
                List.of(),
                observers);
    }

    /** Opens a minutes document (usually one per meeting). */
    public Minutes openMinutes(MinutesKind kind) {
        var document = new Minutes(this, kind);
        minutes.add(document);
        return document;
    }

    /** The code commitments of this meeting start with: UBCTLH16, HDDX2025... */
    public String commitmentCodePrefix() {
        return switch (series) {
            case JOINT_WORKING_COMMITTEE -> series.codePrefix() + sessionNumber;
            case SPRING_TALKS -> series.codePrefix() + startDate.getYear();
            case OTHER -> series.codePrefix() + getId();
        };
    }

    public MeetingSeries getSeries() {
        return series;
    }

    public @Nullable Integer getSessionNumber() {
        return sessionNumber;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Side getHostSide() {
        return hostSide;
    }

    public @Nullable String getVenue() {
        return venue;
    }

    public @Nullable String getCity() {
        return city;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public List<Delegate> getDelegates() {
        return List.copyOf(delegates);
    }

    public Set<VietnameseProvince> getProvinces() {
        return provinces.isEmpty() ? Set.of() : EnumSet.copyOf(provinces);
    }

    public List<String> getAgenda() {
        return List.copyOf(agenda);
    }

    public @Nullable String getObservers() {
        return observers;
    }

    public List<Minutes> getMinutes() {
        return List.copyOf(minutes);
    }
}
