package vn.gov.quangninh.cooperation.commitment;

import static vn.gov.quangninh.cooperation.base.history.AuditedField.date;
import static vn.gov.quangninh.cooperation.base.history.AuditedField.label;
import static vn.gov.quangninh.cooperation.base.history.AuditedField.text;
import static vn.gov.quangninh.cooperation.base.history.AuditedField.yesNo;

import java.util.List;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.history.AuditedField;

/** The fields of a commitment and its progress updates that its "History" tab compares. */
final class CommitmentHistory {

    static final List<AuditedField<Commitment>> COMMITMENT = List.of(
            text("commitment.title-vi", Commitment::getTitleVi),
            text("commitment.title-zh", Commitment::getTitleZh),
            text("commitment.description", Commitment::getDescription),
            label("commitment.field", Commitment::getField, CooperationField::labelKey),
            text("commitment.lead", commitment -> commitment.getLeadDepartment().getNameVi()),
            text("commitment.counterpart-agency", Commitment::getCounterpartAgency),
            date("commitment.due", Commitment::getDueDate),
            yesNo("commitment.ongoing.label", Commitment::isOngoing),
            text("commitment.review-interval", Commitment::getReviewIntervalMonths),
            label("commitment.priority", Commitment::getPriority, Priority::labelKey),
            label("commitment.completion", Commitment::getCompletion, CompletionLevel::labelKey),
            label("commitment.closure", Commitment::getClosure, Closure::labelKey),
            text("commitment.closure-reason", Commitment::getClosureReason));

    static final List<AuditedField<ProgressUpdate>> UPDATE = List.of(
            date("update.as-of", ProgressUpdate::getAsOfDate),
            label("update.proposed-level", ProgressUpdate::getProposedLevel, CompletionLevel::labelKey),
            text("update.narrative-vi", ProgressUpdate::getNarrativeVi),
            text("update.narrative-zh", ProgressUpdate::getNarrativeZh),
            text("update.letter-number", ProgressUpdate::getLetterNumber),
            date("update.letter-date", ProgressUpdate::getLetterDate),
            text("update.link", ProgressUpdate::getLink),
            text("update.blockers", ProgressUpdate::getBlockers),
            text("update.next-steps", ProgressUpdate::getNextSteps),
            label("update.state", ProgressUpdate::getState, UpdateState::labelKey),
            text("update.review-comment", ProgressUpdate::getReviewComment));

    private CommitmentHistory() {}
}
