package vn.gov.quangninh.cooperation.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.gov.quangninh.cooperation.agreement.Side;
import vn.gov.quangninh.cooperation.base.i18n.AppI18NProvider;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.CommitmentLine;
import vn.gov.quangninh.cooperation.commitment.CommitmentLines;
import vn.gov.quangninh.cooperation.meeting.Delegate;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.security.AppRoles;

/**
 * "Tóm tắt biên bản": one meeting with its delegations and agenda, then each minutes clause with
 * the commitments made from it and how far each has been carried out.
 */
@Service
@PreAuthorize(AppRoles.IS_SIGNED_IN)
public class MeetingMinutesReport {

    public static final String TEMPLATE = "meeting-minutes";

    /**
     * One commitment of a clause; a clause without commitments has one row whose commitment
     * fields are null.
     */
    public record Row(
            long clauseId,
            int clauseNumber,
            String clauseText,
            @Nullable String clauseTextZh,
            @Nullable String code,
            @Nullable String title,
            @Nullable String titleZh,
            @Nullable String leadDepartment,
            @Nullable LocalDate dueDate,
            @Nullable String completion,
            @Nullable String flags) {}

    private final MeetingService meetings;
    private final CommitmentLines commitments;
    private final ReportRenderer renderer;
    private final AppI18NProvider i18n;

    MeetingMinutesReport(
            MeetingService meetings, CommitmentLines commitments, ReportRenderer renderer, AppI18NProvider i18n) {
        this.meetings = meetings;
        this.commitments = commitments;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    /** Refuses an unknown meeting (400 over HTTP, {@code meeting.unknown}). */
    public RenderedReport render(long meetingId, Locale locale, ReportProgress progress) {
        return renderer.render(request(meetingId, locale), progress);
    }

    ReportRequest request(long meetingId, Locale locale) {
        var texts = new ReportTexts(i18n, locale);
        var meeting = meetings.get(meetingId);
        var filter =
                new CommitmentFilter(null, meetingId, null, null, null, null, Set.of(), null, null, null, false, false);
        var byClause = commitments.of(filter).stream()
                .filter(line -> line.clauseId() != null)
                .collect(Collectors.groupingBy(CommitmentLine::clauseId));
        return ReportRequest.of(TEMPLATE)
                .locale(locale)
                .title("report.minutes.title")
                .fileName(TEMPLATE + "-" + ReportTexts.fileNamePart(meeting))
                .criterion("report.criteria.meeting", meeting.title(texts))
                .criterion("report.minutes.criteria.date", meeting.startDate())
                .criterion("report.minutes.criteria.place", meeting.city())
                .parameter("DELEGATION_VI", delegation(meeting, Side.VIETNAMESE, texts))
                .parameter("DELEGATION_ZH", delegation(meeting, Side.CHINESE, texts))
                .parameter("AGENDA", agenda(meeting))
                .rows(rows(meeting, byClause, texts))
                .build();
    }

    private static List<Row> rows(MeetingDetails meeting, Map<Long, List<CommitmentLine>> byClause, ReportTexts texts) {
        var rows = new ArrayList<Row>();
        for (var minutes : meeting.minutes()) {
            for (var clause : minutes.clauses()) {
                var made = byClause.getOrDefault(clause.id(), List.of());
                if (made.isEmpty()) {
                    rows.add(new Row(
                            clause.id(),
                            clause.number(),
                            clause.textVi(),
                            clause.textZh(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
                }
                for (var line : made) {
                    rows.add(new Row(
                            clause.id(),
                            clause.number(),
                            clause.textVi(),
                            clause.textZh(),
                            line.code(),
                            line.titleVi(),
                            line.titleZh(),
                            line.leadDepartment().in(texts.locale()),
                            line.dueDate(),
                            texts.translate(line.completion().labelKey()),
                            texts.flags(line.flags())));
                }
            }
        }
        return rows;
    }

    private static String delegation(MeetingDetails meeting, Side side, ReportTexts texts) {
        var lines = meeting.delegates().stream()
                .filter(delegate -> delegate.side() == side)
                .map(delegate -> line(delegate, texts))
                .collect(Collectors.joining("\n"));
        return texts.translate(side.labelKey()) + (lines.isEmpty() ? "" : "\n" + lines);
    }

    private static String line(Delegate delegate, ReportTexts texts) {
        var line = new StringBuilder("• ").append(delegate.name());
        if (delegate.title() != null && !delegate.title().isBlank()) {
            line.append(", ").append(delegate.title());
        }
        if (delegate.isHead()) {
            line.append(" (")
                    .append(texts.translate(delegate.role().labelKey()))
                    .append(')');
        }
        return line.toString();
    }

    private static @Nullable String agenda(MeetingDetails meeting) {
        if (meeting.agenda().isEmpty()) {
            return null;
        }
        var items = new ArrayList<String>();
        for (int i = 0; i < meeting.agenda().size(); i++) {
            items.add((i + 1) + ". " + meeting.agenda().get(i));
        }
        return String.join("\n", items);
    }
}
