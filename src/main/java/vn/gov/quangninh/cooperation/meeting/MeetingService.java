package vn.gov.quangninh.cooperation.meeting;

import jakarta.validation.Valid;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.gov.quangninh.cooperation.agreement.Agreement;
import vn.gov.quangninh.cooperation.agreement.AgreementOption;
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
import vn.gov.quangninh.cooperation.base.i18n.Translator;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails.AgreementReference;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails.ClauseDetails;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails.MinutesDetails;
import vn.gov.quangninh.cooperation.meeting.MeetingDetails.RevisionEntry;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.ChangeHistory;
import vn.gov.quangninh.cooperation.security.CurrentUser;

/**
 * Meetings and their minutes: everyone signed in reads them; staff, managers and administrators
 * record them. A meeting and its clauses are saved in one transaction: all or nothing.
 */
@Service
@Validated
@Transactional
public class MeetingService {

    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final MinutesClauseRepository clauses;
    private final ClauseRevisionRepository revisions;
    private final MinutesFileRepository files;
    private final AgreementService agreements;
    private final List<ClauseUsage> clauseUsages;
    private final FileStore fileStore;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ChangeHistory changeHistory;

    MeetingService(
            MeetingRepository meetings,
            MinutesRepository minutes,
            MinutesClauseRepository clauses,
            ClauseRevisionRepository revisions,
            MinutesFileRepository files,
            AgreementService agreements,
            List<ClauseUsage> clauseUsages,
            FileStore fileStore,
            CurrentUser currentUser,
            Clock clock,
            ChangeHistory changeHistory) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.clauses = clauses;
        this.revisions = revisions;
        this.files = files;
        this.agreements = agreements;
        this.clauseUsages = clauseUsages;
        this.fileStore = fileStore;
        this.currentUser = currentUser;
        this.clock = clock;
        this.changeHistory = changeHistory;
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<MeetingRow> search(MeetingFilter filter, Pageable page) {
        return meetings.search(filter, page);
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long count(MeetingFilter filter) {
        return meetings.count(filter);
    }

    /**
     * The meetings of a range of years, for the timeline; the years run from {@code toYear} down to
     * {@code fromYear}.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Integer, List<MeetingRow>> timeline(MeetingFilter filter, int fromYear, int toYear) {
        var byYear = new LinkedHashMap<Integer, List<MeetingRow>>();
        for (int year = toYear; year >= fromYear; year--) {
            var ofYear = new MeetingFilter(filter.series(), year, filter.hostSide(), filter.text());
            byYear.put(year, meetings.search(ofYear, PageRequest.of(0, 100, Sort.by("startDate"))));
        }
        return byYear;
    }

    /** The first and last years that have meetings, or this year twice when there are none. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public int[] years() {
        int thisYear = LocalDate.now(clock).getYear();
        return new int[] {
            meetings.findFirstYear().orElse(thisYear), meetings.findLastYear().orElse(thisYear)
        };
    }

    /**
     * Who changed what in the meeting, its minutes and their clauses and when, newest first, in the
     * reader's language.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ChangeRow> changes(long id, Translator translator) {
        var meeting = require(id);
        var rows = new ArrayList<>(changeHistory.of(Meeting.class, id, MeetingHistory.MEETING, translator));
        rows.addAll(changeHistory.ofChildren(
                Minutes.class,
                "meeting",
                id,
                minutes -> translator.translate("history.minutes"),
                MeetingHistory.MINUTES,
                translator));
        for (var document : meeting.getMinutes()) {
            rows.addAll(changeHistory.ofChildren(
                    MinutesClause.class,
                    "minutes",
                    document.getId(),
                    clause -> translator.translate("history.clause", clause.getNumber()),
                    MeetingHistory.CLAUSE,
                    translator));
        }
        return ChangeHistory.newestFirst(rows);
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public MeetingDetails get(long id) {
        var meeting = require(id);
        return new MeetingDetails(
                meeting.getId(),
                meeting.getVersion(),
                meeting.getSeries(),
                meeting.getSessionNumber(),
                meeting.getTitle(),
                meeting.getStartDate(),
                meeting.getEndDate(),
                meeting.getHostSide(),
                meeting.getVenue(),
                meeting.getCity(),
                meeting.getFormat(),
                meeting.getDelegates(),
                meeting.getProvinces(),
                meeting.getAgenda(),
                meeting.getObservers(),
                meeting.getMinutes().stream().map(this::details).toList());
    }

    /** A clause itself, for the records made from it (commitments). */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public MinutesClause clause(long clauseId) {
        return clauses.findById(clauseId).orElseThrow(() -> new RuleViolationException(null, "minutes.clause.unknown"));
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public MeetingDraft edit(long id) {
        var meeting = require(id);
        var draft = MeetingDraft.of(new MeetingContent(
                meeting.getSeries(),
                meeting.getSessionNumber(),
                meeting.getTitle(),
                meeting.getStartDate(),
                meeting.getEndDate(),
                meeting.getHostSide(),
                meeting.getVenue(),
                meeting.getCity(),
                meeting.getFormat(),
                meeting.getDelegates(),
                meeting.getProvinces(),
                meeting.getAgenda(),
                meeting.getObservers()));
        draft.setId(meeting.getId());
        draft.setVersion(meeting.getVersion());
        return draft;
    }

    /** A new meeting of a series, numbered after the last one. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public MeetingDraft newDraft(MeetingSeries series) {
        var draft = new MeetingDraft();
        draft.setSeries(series);
        if (series != MeetingSeries.OTHER) {
            draft.setSessionNumber(
                    meetings.findLastSessionNumber(series).map(last -> last + 1).orElse(1));
        }
        if (series == MeetingSeries.JOINT_WORKING_COMMITTEE) {
            draft.setProvinces(EnumSet.allOf(VietnameseProvince.class));
        }
        return draft;
    }

    /** The next session of a meeting's series, from that meeting: delegations and provinces copied. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    @Transactional(readOnly = true)
    public MeetingDraft nextDraft(long previousId) {
        var previous = require(previousId);
        var next = previous.nextSession(previous.getStartDate().plusYears(1));
        var draft = MeetingDraft.of(next);
        if (previous.getSeries() != MeetingSeries.OTHER) {
            draft.setSessionNumber(meetings.findLastSessionNumber(previous.getSeries())
                    .map(last -> last + 1)
                    .orElse(next.sessionNumber()));
        }
        draft.setStartDate(null);
        draft.setEndDate(null);
        return draft;
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public long create(@Valid MeetingDraft draft) {
        checkSessionFree(draft, null);
        var meeting = new Meeting(draft.content());
        meeting.openMinutes(
                draft.getSeries() == MeetingSeries.JOINT_WORKING_COMMITTEE
                        ? MinutesKind.MEMORANDUM
                        : MinutesKind.MINUTES);
        return meetings.save(meeting).getId();
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public void update(@Valid MeetingDraft draft) {
        var meeting = require(draft.getId());
        checkVersion(meeting, draft.getVersion());
        checkSessionFree(draft, meeting.getId());
        meeting.revise(draft.content());
    }

    /**
     * Saves the minutes' header and clauses as they are now: a draft may be saved at any time.
     *
     * @throws ObjectOptimisticLockingFailureException when someone saved the minutes meanwhile; the
     *     caller keeps the user's text on screen
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public void saveMinutes(@Valid MinutesDraft draft) {
        // Clause edits do not touch the minutes row itself: force its version up, so that two people
        // editing the same clauses see a conflict instead of overwriting each other.
        var document = minutes.findForUpdateById(draft.minutesId())
                .orElseThrow(() -> new RuleViolationException(null, "minutes.unknown"));
        checkVersion(document, draft.version());
        document.describe(
                draft.kind(), draft.documentNumber(), draft.signingPlace(), draft.languages(), draft.signatories());
        var clauses = draft.clauses().stream()
                .filter(clause -> !clause.isBlank())
                .map(this::content)
                .toList();
        document.replaceClauses(
                clauses, clause -> clauseUsages.stream().noneMatch(usage -> usage.isReferenced(clause.getId())));
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public void agree(long minutesId, long version) {
        var document = requireMinutes(minutesId);
        checkVersion(document, version);
        document.agree();
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public void sign(long minutesId, long version, LocalDate date) {
        var document = requireMinutes(minutesId);
        checkVersion(document, version);
        document.sign(date);
    }

    /** Corrects a clause of signed minutes; the correction is kept with its reason and author. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public void correctClause(long minutesId, int number, String textVi, @Nullable String textZh, String reason) {
        var document = requireMinutes(minutesId);
        var revisionNumber = (int) revisions.countByClauseMinutesId(minutesId) + 1;
        revisions.save(
                document.correct(number, textVi, textZh, reason, revisionNumber, currentUser.actor(), clock.instant()));
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public DocumentEntry attach(long minutesId, DocumentKind kind, @Nullable String fileName, Path upload) {
        var document = requireMinutes(minutesId);
        var stored = fileStore.store(upload);
        var name = FileNames.sanitize(fileName, "minutes." + stored.format().extension());
        var file = files.save(new MinutesFile(
                document,
                StoredDocument.of(kind, name, stored, currentUser.actor().fullName(), clock.instant())));
        return DocumentEntry.of(file.getId(), file.getDocument());
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<DocumentEntry> files(long minutesId) {
        return files.findByMinutesIdOrderByDocumentUploadedAtDesc(minutesId).stream()
                .map(file -> DocumentEntry.of(file.getId(), file.getDocument()))
                .toList();
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Download download(long fileId) {
        return fileStore.download(requireFile(fileId).getDocument());
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public void removeFile(long fileId) {
        var file = requireFile(fileId);
        files.delete(file);
        fileStore.delete(file.getDocument().storageKey());
    }

    private MinutesDetails details(Minutes document) {
        var byClause = revisions.findByClauseMinutesIdOrderByRevisedAt(document.getId()).stream()
                .collect(Collectors.groupingBy(revision -> revision.getClause().getId()));
        return new MinutesDetails(
                document.getId(),
                document.getVersion(),
                document.getKind(),
                document.getDocumentNumber(),
                document.getSigningDate(),
                document.getSigningPlace(),
                document.getSignatories(),
                document.getLanguages(),
                document.getState(),
                document.getClauses().stream()
                        .map(clause -> details(clause, byClause.getOrDefault(clause.getId(), List.of())))
                        .toList(),
                files(document.getId()));
    }

    private static ClauseDetails details(MinutesClause clause, List<ClauseRevision> revisions) {
        var references = clause.getReferences().stream()
                .map(reference -> new AgreementReference(
                        reference.getAgreement().getId(),
                                reference.getAgreement().getReferenceCode(),
                        reference.getAgreement().getTitleVi(), reference.getRelation()))
                .toList();
        var entries = new ArrayList<RevisionEntry>();
        for (int i = 0; i < revisions.size(); i++) {
            var revision = revisions.get(i);
            // What a correction changed the text to is what the next one started from, or the text now.
            var after = i + 1 < revisions.size() ? revisions.get(i + 1) : null;
            entries.add(new RevisionEntry(
                    revision.getRevisionNumber(),
                    revision.getOldTextVi(),
                    revision.getOldTextZh(),
                    after == null ? clause.getTextVi() : after.getOldTextVi(),
                    after == null ? clause.getTextZh() : after.getOldTextZh(),
                    revision.getReason(),
                    revision.getRevisedByName(),
                    revision.getRevisedAt()));
        }
        return new ClauseDetails(
                clause.getId(),
                clause.getNumber(),
                clause.getField(),
                clause.getTextVi(),
                clause.getTextZh(),
                references,
                entries);
    }

    private ClauseContent content(ClauseDraft draft) {
        var referenced = new LinkedHashMap<Agreement, ClauseRelation>();
        draft.implementsAgreements().forEach(option -> referenced.put(agreement(option), ClauseRelation.IMPLEMENTS));
        draft.amendsAgreements().forEach(option -> referenced.put(agreement(option), ClauseRelation.AMENDS));
        return new ClauseContent(draft.id(), draft.number(), draft.field(), draft.textVi(), draft.textZh(), referenced);
    }

    private Agreement agreement(AgreementOption option) {
        return agreements.reference(option.id());
    }

    private void checkSessionFree(MeetingDraft draft, @Nullable Long id) {
        var number = draft.getSessionNumber();
        if (number == null) {
            return;
        }
        boolean taken = id == null
                ? meetings.existsBySeriesAndSessionNumber(draft.getSeries(), number)
                : meetings.existsBySeriesAndSessionNumberAndIdNot(draft.getSeries(), number, id);
        if (taken) {
            throw new RuleViolationException("sessionNumber", "meeting.session.taken", number);
        }
    }

    private Meeting require(@Nullable Long id) {
        return Optional.ofNullable(id)
                .flatMap(meetings::findById)
                .orElseThrow(() -> new RuleViolationException(null, "meeting.unknown"));
    }

    private Minutes requireMinutes(long id) {
        return minutes.findById(id).orElseThrow(() -> new RuleViolationException(null, "minutes.unknown"));
    }

    private MinutesFile requireFile(long id) {
        return files.findById(id).orElseThrow(() -> new RuleViolationException(null, "document.unknown"));
    }

    private static void checkVersion(AbstractEntity entity, long version) {
        if (entity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(entity.getClass(), entity.getId());
        }
    }
}
