package vn.gov.quangninh.cooperation.meeting;

import static vn.gov.quangninh.cooperation.base.history.AuditedField.date;
import static vn.gov.quangninh.cooperation.base.history.AuditedField.label;
import static vn.gov.quangninh.cooperation.base.history.AuditedField.text;

import java.util.List;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.history.AuditedField;

/** The fields of a meeting, its minutes and their clauses that its "History" tab compares. */
final class MeetingHistory {

    static final List<AuditedField<Meeting>> MEETING = List.of(
            text("meeting.session", Meeting::getSessionNumber),
            text("meeting.custom-title", Meeting::getTitle),
            date("meeting.start-date", Meeting::getStartDate),
            date("meeting.end-date", Meeting::getEndDate),
            label("meeting.host", Meeting::getHostSide, side -> "meeting.host." + side.name()),
            label("meeting.format", Meeting::getFormat, MeetingFormat::labelKey),
            text("meeting.venue", Meeting::getVenue),
            text("meeting.city", Meeting::getCity),
            text("meeting.observers", Meeting::getObservers));

    static final List<AuditedField<Minutes>> MINUTES = List.of(
            label("minutes.kind", Minutes::getKind, MinutesKind::labelKey),
            text("minutes.number", Minutes::getDocumentNumber),
            date("minutes.signing-date", Minutes::getSigningDate),
            text("minutes.signing-place", Minutes::getSigningPlace),
            label("minutes.state", Minutes::getState, MinutesState::labelKey));

    static final List<AuditedField<MinutesClause>> CLAUSE = List.of(
            text("clause.number", MinutesClause::getNumber),
            label("clause.field", MinutesClause::getField, CooperationField::labelKey),
            text("clause.text-vi", MinutesClause::getTextVi),
            text("clause.text-zh", MinutesClause::getTextZh));

    private MeetingHistory() {}
}
