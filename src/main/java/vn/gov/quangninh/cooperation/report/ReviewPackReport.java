package vn.gov.quangninh.cooperation.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.gov.quangninh.cooperation.base.i18n.AppI18NProvider;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.CommitmentFlag;
import vn.gov.quangninh.cooperation.commitment.CommitmentLine;
import vn.gov.quangninh.cooperation.commitment.CommitmentLines;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;
import vn.gov.quangninh.cooperation.meeting.MeetingFilter;
import vn.gov.quangninh.cooperation.meeting.MeetingRow;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.security.AppRoles;

/**
 * "Hồ sơ chuẩn bị hội nghị": before a meeting of a series (spring talks, Joint Working
 * Committee), how the commitments of the earlier meetings of the series were carried out: all
 * those of the previous meeting, and those of older meetings still not complete, in four sections:
 * carried out, overdue, awaiting the Chinese side, in progress.
 */
@Service
@PreAuthorize(AppRoles.IS_SIGNED_IN)
public class ReviewPackReport {

    public static final String TEMPLATE = "review-pack";

    /** The sections, in the order of the document. */
    enum Section {
        CARRIED_OUT,
        OVERDUE,
        AWAITING_COUNTERPART,
        IN_PROGRESS;

        static Section of(CommitmentLine line) {
            if (line.completion() == CompletionLevel.COMPLETE) {
                return CARRIED_OUT;
            }
            if (line.has(CommitmentFlag.OVERDUE)) {
                return OVERDUE;
            }
            return line.has(CommitmentFlag.AWAITING_COUNTERPART) ? AWAITING_COUNTERPART : IN_PROGRESS;
        }

        String labelKey() {
            return "report.review.section." + name();
        }
    }

    private final MeetingService meetings;
    private final CommitmentLines commitments;
    private final ReportRenderer renderer;
    private final AppI18NProvider i18n;

    ReviewPackReport(
            MeetingService meetings, CommitmentLines commitments, ReportRenderer renderer, AppI18NProvider i18n) {
        this.meetings = meetings;
        this.commitments = commitments;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    /** The review pack for the meeting {@code meetingId}; refuses an unknown meeting. */
    public RenderedReport render(long meetingId, Locale locale, ReportProgress progress) {
        return renderer.render(request(meetingId, locale), progress);
    }

    ReportRequest request(long meetingId, Locale locale) {
        var texts = new ReportTexts(i18n, locale);
        var meeting = meetings.get(meetingId);
        var earlier = meetings
                .search(
                        new MeetingFilter(Set.of(meeting.series()), null, null, null),
                        PageRequest.of(0, 1000, Sort.by(Sort.Direction.DESC, "startDate")))
                .stream()
                .filter(row -> row.startDate().isBefore(meeting.startDate()))
                .toList();
        var lines = new ArrayList<CommitmentLine>();
        for (int i = 0; i < earlier.size(); i++) {
            var ofMeeting = commitments.of(followedOf(earlier.get(i)));
            lines.addAll(
                    i == 0
                            ? ofMeeting
                            : ofMeeting.stream()
                                    .filter(line -> line.completion() != CompletionLevel.COMPLETE)
                                    .toList());
        }
        var rows = new ArrayList<CommitmentReportRow>();
        var counts = new int[Section.values().length];
        lines.stream()
                .sorted(Comparator.comparing(Section::of).thenComparing(CommitmentLine::code))
                .forEach(line -> {
                    var section = Section.of(line);
                    counts[section.ordinal()]++;
                    var group = (section.ordinal() + 1) + ". " + texts.translate(section.labelKey());
                    rows.add(CommitmentReportRow.of(group, line, texts));
                });
        var summary = new ArrayList<ReportCount>();
        for (var section : Section.values()) {
            summary.add(new ReportCount(texts.translate(section.labelKey()), counts[section.ordinal()]));
        }
        return ReportRequest.of(TEMPLATE)
                .locale(locale)
                .title("report.review.title")
                .fileName(TEMPLATE + "-" + ReportTexts.fileNamePart(meeting))
                .criterion("report.criteria.meeting", meeting.title(texts))
                .criterion(
                        "report.review.criteria.series",
                        texts.translate(meeting.series().labelKey()))
                .criterion(
                        "report.review.criteria.previous",
                        earlier.isEmpty()
                                ? texts.translate("report.review.no-previous")
                                : earlier.getFirst().title(texts))
                .parameter("SUMMARY_ROWS", summary)
                .rows(rows)
                .build();
    }

    private static CommitmentFilter followedOf(MeetingRow meeting) {
        return new CommitmentFilter(
                null, meeting.id(), null, null, null, null, Set.of(), null, null, null, false, false);
    }
}
