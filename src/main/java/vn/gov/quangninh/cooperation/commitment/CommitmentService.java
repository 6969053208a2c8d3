package vn.gov.quangninh.cooperation.commitment;

import jakarta.validation.Valid;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.base.AbstractEntity;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.files.DocumentEntry;
import vn.gov.quangninh.cooperation.base.files.DocumentKind;
import vn.gov.quangninh.cooperation.base.files.Download;
import vn.gov.quangninh.cooperation.base.files.FileNames;
import vn.gov.quangninh.cooperation.base.files.FileStore;
import vn.gov.quangninh.cooperation.base.files.StoredDocument;
import vn.gov.quangninh.cooperation.base.history.ChangeRow;
import vn.gov.quangninh.cooperation.base.i18n.Formats;
import vn.gov.quangninh.cooperation.base.i18n.Translator;
import vn.gov.quangninh.cooperation.commitment.CommitmentDetails.Source;
import vn.gov.quangninh.cooperation.commitment.CommitmentDetails.UpdateEntry;
import vn.gov.quangninh.cooperation.meeting.MeetingSeries;
import vn.gov.quangninh.cooperation.meeting.MeetingService;
import vn.gov.quangninh.cooperation.meeting.VietnameseProvince;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.ChangeHistory;
import vn.gov.quangninh.cooperation.security.CurrentUser;
import vn.gov.quangninh.cooperation.security.Department;
import vn.gov.quangninh.cooperation.security.DepartmentService;

/**
 * Commitments and their progress. Everyone signed in reads them. Staff change only the commitments
 * their department leads or supports; managers review updates, cancel and supersede; the rules hold
 * here, whatever a view shows.
 */
@Service
@Validated
@Transactional
public class CommitmentService {

    private final CommitmentRepository commitments;
    private final ProgressUpdateRepository updates;
    private final UpdateEvidenceRepository evidence;
    private final MeetingService meetings;
    private final AgreementService agreements;
    private final DepartmentService departments;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ChangeHistory changeHistory;

    CommitmentService(
            CommitmentRepository commitments,
            ProgressUpdateRepository updates,
            UpdateEvidenceRepository evidence,
            MeetingService meetings,
            AgreementService agreements,
            DepartmentService departments,
            FileStore files,
            CurrentUser currentUser,
            Clock clock,
            ChangeHistory changeHistory) {
        this.commitments = commitments;
        this.updates = updates;
        this.evidence = evidence;
        this.meetings = meetings;
        this.agreements = agreements;
        this.departments = departments;
        this.files = files;
        this.currentUser = currentUser;
        this.clock = clock;
        this.changeHistory = changeHistory;
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<CommitmentRow> search(CommitmentFilter filter, Pageable page) {
        return commitments.search(filter, today(), page);
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long count(CommitmentFilter filter) {
        return commitments.count(filter, today());
    }

    /**
     * How many commitments the filter matches, counted up to the limit only: the limit means at
     * least as many. The grid's total, which must not read hundreds of thousands of matches.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long countUpTo(CommitmentFilter filter, int limit) {
        return commitments.countUpTo(filter, today(), limit);
    }

    /**
     * Who changed what in the commitment and its progress updates and when, newest first, in the
     * reader's language.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ChangeRow> changes(long id, Translator translator) {
        require(id);
        var rows = new ArrayList<>(changeHistory.of(Commitment.class, id, CommitmentHistory.COMMITMENT, translator));
        rows.addAll(changeHistory.ofChildren(
                ProgressUpdate.class,
                "commitment",
                id,
                update -> translator.translate("history.update", Formats.date(update.getAsOfDate())),
                CommitmentHistory.UPDATE,
                translator));
        return ChangeHistory.newestFirst(rows);
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public CommitmentDetails get(long id) {
        var commitment = require(id);
        var list = updates.findByCommitmentIdOrderByAsOfDateDescCreatedAtDesc(id);
        var files =
                evidence
                        .findByUpdateIdInOrderByDocumentUploadedAt(
                                list.stream().map(AbstractEntity::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                file -> file.getUpdate().getId(),
                                Collectors.mapping(
                                        file -> DocumentEntry.of(file.getId(), file.getDocument()),
                                        Collectors.toList())));
        var superseding = commitment.getSupersededBy();
        return new CommitmentDetails(
                commitment.getId(),
                commitment.getVersion(),
                commitment.getCode(),
                commitment.getTitleVi(),
                commitment.getTitleZh(),
                commitment.getDescription(),
                source(commitment),
                commitment.getField(),
                commitment.getParties(),
                commitment.getLeadDepartment().getName(),
                commitment.getSupportingDepartments().stream()
                        .map(Department::getName)
                        .toList(),
                commitment.getCounterpartAgency(),
                commitment.getDueDate(),
                commitment.isOngoing(),
                commitment.getReviewIntervalMonths(),
                commitment.getPriority(),
                commitment.getCompletion(),
                commitment.getClosure(),
                commitment.getClosureReason(),
                commitment.getClosedByName(),
                commitment.getClosedAt(),
                superseding == null ? null : superseding.getCode(),
                superseding == null ? null : superseding.getId(),
                commitment.flagsOn(today()),
                list.stream()
                        .map(update -> entry(update, files.getOrDefault(update.getId(), List.of())))
                        .toList(),
                mayChange(commitment),
                isManager());
    }

    /** A new commitment from a clause: its text, field and parties filled in from the clause. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public CommitmentDraft draftFromClause(long clauseId) {
        var clause = meetings.clause(clauseId);
        var meeting = clause.getMinutes().getMeeting();
        var draft = newDraft();
        draft.setSourceClauseId(clauseId);
        draft.setSourceLabel(meeting.commitmentCodePrefix() + " · " + clause.getNumber());
        draft.setTitleVi(cut(clause.getTextVi(), Commitment.TITLE_LENGTH));
        draft.setTitleZh(clause.getTextZh() == null ? "" : cut(clause.getTextZh(), Commitment.TITLE_LENGTH));
        draft.setField(clause.getField());
        var parties = meeting.getSeries() == MeetingSeries.JOINT_WORKING_COMMITTEE
                ? meeting.getProvinces().stream().map(CommitmentService::party).toList()
                : List.of(Party.QUANG_NINH);
        draft.setParties(Stream.concat(parties.stream(), Stream.of(Party.GUANGXI))
                .map(party -> new ResponsibleParty(party, PartyStatus.NOT_STARTED))
                .toList());
        return draft;
    }

    /** A new commitment written into an agreement. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public CommitmentDraft draftFromAgreement(long agreementId) {
        var agreement = agreements.reference(agreementId);
        var draft = newDraft();
        draft.setSourceAgreementId(agreementId);
        draft.setSourceLabel(agreement.getReferenceCode());
        draft.setField(agreement.getFields().stream().findFirst().orElse(null));
        draft.setParties(List.of(
                new ResponsibleParty(Party.QUANG_NINH, PartyStatus.NOT_STARTED),
                new ResponsibleParty(Party.GUANGXI, PartyStatus.NOT_STARTED)));
        return draft;
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public CommitmentDraft edit(long id) {
        var commitment = requireChangeable(id);
        var draft = new CommitmentDraft();
        draft.setId(commitment.getId());
        draft.setVersion(commitment.getVersion());
        draft.setSourceLabel(commitment.getCode());
        draft.setTitleVi(commitment.getTitleVi());
        draft.setTitleZh(orEmpty(commitment.getTitleZh()));
        draft.setDescription(orEmpty(commitment.getDescription()));
        draft.setField(commitment.getField());
        draft.setParties(commitment.getParties());
        draft.setLeadDepartment(
                departments.option(commitment.getLeadDepartment().getId()));
        draft.setSupportingDepartments(commitment.getSupportingDepartments().stream()
                .map(department -> departments.option(department.getId()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        draft.setCounterpartAgency(orEmpty(commitment.getCounterpartAgency()));
        draft.setDueDate(commitment.getDueDate());
        draft.setOngoing(commitment.isOngoing());
        draft.setReviewIntervalMonths(commitment.getReviewIntervalMonths());
        draft.setPriority(commitment.getPriority());
        return draft;
    }

    /**
     * Creates a commitment from its source, with a code made from it (UBCTLH16-05 for clause 5 of
     * the 16th Joint Working Committee conference).
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public long create(@Valid CommitmentDraft draft) {
        var content = content(draft);
        requireOwnDepartmentAmong(content);
        Commitment commitment;
        if (draft.getSourceClauseId() != null) {
            var clause = meetings.clause(draft.getSourceClauseId());
            var prefix = clause.getMinutes().getMeeting().commitmentCodePrefix();
            commitment = Commitment.fromClause(
                    freeCode(prefix + "-%02d".formatted(clause.getNumber())), clause, content, clock.instant());
        } else if (draft.getSourceAgreementId() != null) {
            var agreement = agreements.reference(draft.getSourceAgreementId());
            var number = commitments.countBySourceAgreementId(agreement.getId()) + 1;
            commitment = Commitment.fromAgreement(
                    freeCode(agreement.getReferenceCode() + "-CK%02d".formatted(number)),
                    agreement,
                    content,
                    clock.instant());
        } else {
            throw new RuleViolationException(null, "commitment.source.required");
        }
        return commitments.save(commitment).getId();
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public void update(@Valid CommitmentDraft draft) {
        var commitment = requireChangeable(draft.getId());
        checkVersion(commitment, draft.getVersion());
        var content = content(draft);
        requireOwnDepartmentAmong(content);
        commitment.revise(content);
    }

    @PreAuthorize(AppRoles.IS_MANAGER)
    public void cancel(long id, long version, String reason) {
        var commitment = require(id);
        checkVersion(commitment, version);
        commitment.cancel(reason, currentUser.actor(), clock.instant());
    }

    @PreAuthorize(AppRoles.IS_MANAGER)
    public void supersede(long id, long version, String replacementCode, String reason) {
        var commitment = require(id);
        checkVersion(commitment, version);
        var replacement = commitments
                .findByCode(replacementCode.strip())
                .orElseThrow(
                        () -> new RuleViolationException("replacement", "commitment.unknown-code", replacementCode));
        commitment.supersede(replacement, reason, currentUser.actor(), clock.instant());
    }

    /** A blank update for a commitment, dated today, with the parties' current statuses. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public UpdateDraft newUpdate(long commitmentId) {
        var commitment = requireChangeable(commitmentId);
        var draft = new UpdateDraft();
        draft.setCommitmentId(commitmentId);
        draft.setAsOfDate(today());
        draft.setPartyStatuses(commitment.getParties());
        return draft;
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public UpdateDraft editUpdate(long updateId) {
        var update = requireEditable(updateId);
        var draft = new UpdateDraft();
        draft.setId(update.getId());
        draft.setVersion(update.getVersion());
        draft.setCommitmentId(update.getCommitment().getId());
        draft.setAsOfDate(update.getAsOfDate());
        draft.setNarrativeVi(update.getNarrativeVi());
        draft.setNarrativeZh(orEmpty(update.getNarrativeZh()));
        draft.setProposedLevel(update.getProposedLevel());
        draft.setLetterNumber(orEmpty(update.getLetterNumber()));
        draft.setLetterDate(update.getLetterDate());
        draft.setLink(orEmpty(update.getLink()));
        draft.setBlockers(orEmpty(update.getBlockers()));
        draft.setNextSteps(orEmpty(update.getNextSteps()));
        draft.setPartyStatuses(update.getPartyStatuses());
        return draft;
    }

    /** Saves an update as a draft (new, or a draft or returned one); returns its id. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public long saveUpdate(@Valid UpdateDraft draft) {
        var commitment = requireChangeable(draft.getCommitmentId());
        if (draft.getAsOfDate() != null && draft.getAsOfDate().isAfter(today())) {
            throw new RuleViolationException("asOfDate", "update.as-of.future");
        }
        if (draft.isNew()) {
            var me = currentUser.require();
            var department = me.getDepartmentId() == null ? null : departments.require(me.getDepartmentId());
            return updates.save(new ProgressUpdate(
                            commitment, draft.content(), currentUser.actor(), department, clock.instant()))
                    .getId();
        }
        var update = requireEditable(draft.getId());
        if (!update.getCommitment().getId().equals(commitment.getId())) {
            throw new RuleViolationException(null, "update.unknown");
        }
        checkVersion(update, draft.getVersion());
        update.edit(draft.content());
        return update.getId();
    }

    /**
     * Saves an update and sends it to the managers' review queue, in one step; returns its id. An
     * update that proposes "complete" must carry evidence: a letter, a link or a file.
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public long submitUpdate(@Valid UpdateDraft draft) {
        var id = saveUpdate(draft);
        var update = requireUpdate(id);
        if (update.getProposedLevel() == CompletionLevel.COMPLETE
                && update.getLetterNumber() == null
                && update.getLink() == null
                && !evidence.existsByUpdateId(id)) {
            throw new RuleViolationException(null, "update.complete.evidence-required");
        }
        update.submit(clock.instant());
        return id;
    }

    /** Approves a submitted update: the commitment takes its completion level. Managers only. */
    @PreAuthorize(AppRoles.IS_MANAGER)
    public void approveUpdate(long updateId, long version) {
        var update = requireUpdate(updateId);
        checkVersion(update, version);
        update.getCommitment().approve(update, currentUser.actor(), clock.instant());
    }

    @PreAuthorize(AppRoles.IS_MANAGER)
    public void returnUpdate(long updateId, long version, String comment) {
        var update = requireUpdate(updateId);
        checkVersion(update, version);
        update.getCommitment().returnUpdate(update, comment, currentUser.actor(), clock.instant());
    }

    /** Submitted updates, oldest first, with their evidence: what the managers decide on. */
    @PreAuthorize(AppRoles.IS_MANAGER)
    @Transactional(readOnly = true)
    public List<ReviewItem> reviewQueue() {
        var submitted = updates.findSubmittedOldestFirst();
        var files = evidence
                .findByUpdateIdInOrderByDocumentUploadedAt(
                        submitted.stream().map(AbstractEntity::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        file -> file.getUpdate().getId(),
                        Collectors.mapping(
                                file -> DocumentEntry.of(file.getId(), file.getDocument()), Collectors.toList())));
        return submitted.stream()
                .map(update -> {
                    var commitment = update.getCommitment();
                    return new ReviewItem(
                            commitment.getId(),
                            commitment.getCode(),
                            commitment.getTitleVi(),
                            commitment.getLeadDepartment().getName(),
                            commitment.getCompletion(),
                            entry(update, files.getOrDefault(update.getId(), List.of())));
                })
                .toList();
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public DocumentEntry attachEvidence(long updateId, @Nullable String fileName, Path upload) {
        var update = requireEditable(updateId);
        var stored = files.store(upload);
        var name = FileNames.sanitize(fileName, "evidence." + stored.format().extension());
        var file = evidence.save(new UpdateEvidence(
                update,
                StoredDocument.of(
                        DocumentKind.OTHER, name, stored, currentUser.actor().fullName(), clock.instant())));
        return DocumentEntry.of(file.getId(), file.getDocument());
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<DocumentEntry> evidenceOf(long updateId) {
        return evidence.findByUpdateIdInOrderByDocumentUploadedAt(List.of(updateId)).stream()
                .map(file -> DocumentEntry.of(file.getId(), file.getDocument()))
                .toList();
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Download downloadEvidence(long evidenceId) {
        return files.download(requireEvidence(evidenceId).getDocument());
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public void removeEvidence(long evidenceId) {
        var file = requireEvidence(evidenceId);
        requireEditable(file.getUpdate().getId());
        evidence.delete(file);
        files.delete(file.getDocument().storageKey());
    }

    private UpdateEntry entry(ProgressUpdate update, List<DocumentEntry> files) {
        var department = update.getReporterDepartment();
        boolean mine = update.isEditable() && mayChange(update.getCommitment());
        return new UpdateEntry(
                update.getId(),
                update.getVersion(),
                update.getAsOfDate(),
                update.getNarrativeVi(),
                update.getNarrativeZh(),
                update.getProposedLevel(),
                update.getLetterNumber(),
                update.getLetterDate(),
                update.getLink(),
                update.getBlockers(),
                update.getNextSteps(),
                update.getPartyStatuses(),
                update.getReporterName(),
                department == null ? null : department.getName(),
                update.getState(),
                update.getSubmittedAt(),
                update.getReviewComment(),
                update.getReviewedByName(),
                update.getReviewedAt(),
                files,
                mine);
    }

    private Source source(Commitment commitment) {
        var clause = commitment.getSourceClause();
        if (clause != null) {
            var meeting = clause.getMinutes().getMeeting();
            return new Source(
                    meeting.getId(),
                    meeting.getSeries(),
                    meeting.getSessionNumber(),
                    meeting.getStartDate(),
                    meeting.getTitle(),
                    clause.getId(),
                    clause.getNumber(),
                    clause.getTextVi(),
                    null,
                    null,
                    null);
        }
        var agreement = commitment.getSourceAgreement();
        return new Source(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                agreement.getId(),
                agreement.getReferenceCode(),
                agreement.getTitleVi());
    }

    private CommitmentContent content(CommitmentDraft draft) {
        var lead = draft.getLeadDepartment();
        if (lead == null) {
            throw new RuleViolationException("leadDepartment", "validation.required");
        }
        return new CommitmentContent(
                draft.getTitleVi(),
                draft.getTitleZh(),
                draft.getDescription(),
                draft.getField(),
                draft.getParties(),
                departments.require(lead.id()),
                draft.getSupportingDepartments().stream()
                        .map(option -> departments.require(option.id()))
                        .collect(Collectors.toSet()),
                draft.getCounterpartAgency(),
                draft.getDueDate(),
                draft.isOngoing(),
                draft.getReviewIntervalMonths(),
                draft.getPriority());
    }

    private CommitmentDraft newDraft() {
        var draft = new CommitmentDraft();
        var me = currentUser.require();
        if (me.getDepartmentId() != null) {
            draft.setLeadDepartment(departments.option(me.getDepartmentId()));
        }
        return draft;
    }

    /** Staff may only record commitments their own department leads or supports. */
    private void requireOwnDepartmentAmong(CommitmentContent content) {
        if (isManagerOrAdmin()) {
            return;
        }
        var mine = currentUser.require().getDepartmentId();
        boolean own = mine != null
                && (mine.equals(content.leadDepartment().getId())
                        || content.supportingDepartments().stream().anyMatch(d -> mine.equals(d.getId())));
        if (!own) {
            throw new RuleViolationException("leadDepartment", "commitment.scope.own-department");
        }
    }

    private Commitment requireChangeable(@Nullable Long id) {
        var commitment = require(id);
        if (!mayChange(commitment)) {
            throw new AccessDeniedException("Commitment " + commitment.getCode() + " is not of the user's department");
        }
        return commitment;
    }

    private boolean mayChange(Commitment commitment) {
        var me = currentUser.get();
        if (me.isEmpty() || commitment.getClosure() != Closure.OPEN) {
            return false;
        }
        return isManagerOrAdmin()
                || (me.get().hasRole(AppRoles.STAFF)
                        && commitment.isOwnedBy(me.get().getDepartmentId()));
    }

    private boolean isManager() {
        return currentUser.get().map(user -> user.hasRole(AppRoles.MANAGER)).orElse(false);
    }

    private boolean isManagerOrAdmin() {
        return currentUser
                .get()
                .filter(user -> user.hasRole(AppRoles.MANAGER) || user.hasRole(AppRoles.ADMIN))
                .isPresent();
    }

    private String freeCode(String base) {
        var code = base;
        for (int n = 2; commitments.existsByCode(code); n++) {
            code = base + "." + n;
        }
        return code;
    }

    private Commitment require(@Nullable Long id) {
        return Optional.ofNullable(id)
                .flatMap(commitments::findById)
                .orElseThrow(() -> new RuleViolationException(null, "commitment.unknown"));
    }

    private ProgressUpdate requireUpdate(@Nullable Long id) {
        return Optional.ofNullable(id)
                .flatMap(updates::findById)
                .orElseThrow(() -> new RuleViolationException(null, "update.unknown"));
    }

    /** A draft or returned update of a commitment the user may change: the only kind that is edited. */
    private ProgressUpdate requireEditable(long updateId) {
        var update = requireUpdate(updateId);
        requireChangeable(update.getCommitment().getId());
        if (!update.isEditable()) {
            throw new RuleViolationException(null, "update.not-editable");
        }
        return update;
    }

    private UpdateEvidence requireEvidence(long id) {
        return evidence.findById(id).orElseThrow(() -> new RuleViolationException(null, "document.unknown"));
    }

    private static void checkVersion(AbstractEntity entity, long version) {
        if (entity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(entity.getClass(), entity.getId());
        }
    }

    private static Party party(VietnameseProvince province) {
        return Party.valueOf(province.name());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
