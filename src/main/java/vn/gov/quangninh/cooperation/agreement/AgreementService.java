package vn.gov.quangninh.cooperation.agreement;

import jakarta.validation.Valid;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.gov.quangninh.cooperation.agreement.AgreementDetails.HistoryEntry;
import vn.gov.quangninh.cooperation.agreement.AgreementDetails.RelatedAgreement;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.files.DocumentEntry;
import vn.gov.quangninh.cooperation.base.files.DocumentKind;
import vn.gov.quangninh.cooperation.base.files.Download;
import vn.gov.quangninh.cooperation.base.files.FileNames;
import vn.gov.quangninh.cooperation.base.files.FileStore;
import vn.gov.quangninh.cooperation.base.files.StoredDocument;
import vn.gov.quangninh.cooperation.base.history.ChangeRow;
import vn.gov.quangninh.cooperation.base.i18n.Translator;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.ChangeHistory;
import vn.gov.quangninh.cooperation.security.CurrentUser;
import vn.gov.quangninh.cooperation.security.DepartmentOption;
import vn.gov.quangninh.cooperation.security.DepartmentService;

/** The agreements register: everyone signed in reads it; staff, managers and administrators keep it. */
@Service
@Validated
@Transactional
public class AgreementService {

    private final AgreementRepository agreements;
    private final AgreementLinkRepository links;
    private final AgreementDocumentRepository documents;
    private final LocalityService localities;
    private final DepartmentService departments;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ChangeHistory changeHistory;

    AgreementService(
            AgreementRepository agreements,
            AgreementLinkRepository links,
            AgreementDocumentRepository documents,
            LocalityService localities,
            DepartmentService departments,
            FileStore files,
            CurrentUser currentUser,
            Clock clock,
            ChangeHistory changeHistory) {
        this.agreements = agreements;
        this.links = links;
        this.documents = documents;
        this.localities = localities;
        this.departments = departments;
        this.files = files;
        this.currentUser = currentUser;
        this.clock = clock;
        this.changeHistory = changeHistory;
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<AgreementRow> search(AgreementFilter filter, Pageable page) {
        var rows = agreements.search(filter, counterpartIds(filter), today(), page);
        if (rows.isEmpty()) {
            return rows;
        }
        var names = agreements
                .findCounterpartNames(rows.stream().map(AgreementRow::id).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        AgreementRepository.CounterpartName::getAgreementId,
                        Collectors.mapping(
                                name -> name.getNameVi() + " (" + name.getNameZh() + ")", Collectors.toList())));
        return rows.stream()
                .map(row -> new AgreementRow(
                        row.id(),
                        row.referenceCode(),
                        row.titleVi(),
                        row.titleZh(),
                        names.getOrDefault(row.id(), List.of()),
                        row.signingDate(),
                        row.expiryDate(),
                        row.indefinite(),
                        row.status(),
                        row.leadDepartment()))
                .toList();
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long count(AgreementFilter filter) {
        return agreements.count(filter, counterpartIds(filter), today());
    }

    /** Agreements whose code or names match, for pickers. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<AgreementOption> options(@Nullable String text, int limit) {
        var filter = new AgreementFilter(text, null, null, Set.of(), null, null, false);
        return agreements.search(filter, Set.of(), today(), PageRequest.of(0, limit)).stream()
                .map(row -> new AgreementOption(row.id(), row.referenceCode(), row.titleVi()))
                .toList();
    }

    /** Who changed what in the agreement and when, newest first, in the reader's language. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ChangeRow> changes(long id, Translator translator) {
        require(id);
        return ChangeHistory.newestFirst(changeHistory.of(Agreement.class, id, AgreementHistory.FIELDS, translator));
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public AgreementDetails get(long id) {
        var agreement = require(id);
        var today = today();
        return new AgreementDetails(
                agreement.getId(),
                agreement.getVersion(),
                agreement.getReferenceCode(),
                agreement.getTitleVi(),
                agreement.getTitleZh(),
                agreement.getTitleEn(),
                agreement.getAuthoritativeText(),
                agreement.getKind(),
                agreement.getLevel(),
                agreement.getCounterparts().stream()
                        .map(LocalityOption::of)
                        .sorted(Comparator.comparing(LocalityOption::nameVi))
                        .toList(),
                agreement.getSignatories(),
                agreement.getSigningDate(),
                agreement.getSigningPlace(),
                agreement.getEffectiveDate(),
                agreement.getExpiryDate(),
                agreement.isIndefinite(),
                agreement.isAutoRenewal(),
                agreement.getNoticePeriodDays(),
                agreement.getFields(),
                agreement.getLeadDepartment() == null
                        ? null
                        : agreement.getLeadDepartment().getName(),
                agreement.getSummary(),
                agreement.getStatus(),
                agreement.statusOn(today),
                agreement.getMofaReference(),
                agreement.getMofaDate(),
                history(agreement),
                documents(id),
                related(id),
                Arrays.stream(LifecycleAction.values())
                        .filter(action -> action.isAllowedFrom(agreement.getStatus()))
                        .toList());
    }

    /** An agreement as pickers show it, if it exists. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<AgreementOption> option(long id) {
        return agreements.findById(id).map(a -> new AgreementOption(a.getId(), a.getReferenceCode(), a.getTitleVi()));
    }

    /** The agreement itself, for records of other features that refer to it (minutes clauses). */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Agreement reference(long id) {
        return require(id);
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public AgreementDraft edit(long id) {
        var agreement = require(id);
        var draft = new AgreementDraft();
        draft.setId(agreement.getId());
        draft.setVersion(agreement.getVersion());
        draft.setReferenceCode(agreement.getReferenceCode());
        draft.setTitleVi(agreement.getTitleVi());
        draft.setTitleZh(orEmpty(agreement.getTitleZh()));
        draft.setTitleEn(orEmpty(agreement.getTitleEn()));
        draft.setAuthoritativeText(agreement.getAuthoritativeText());
        draft.setKind(agreement.getKind());
        draft.setLevel(agreement.getLevel());
        draft.setCounterparts(agreement.getCounterparts().stream()
                .map(LocalityOption::of)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        draft.setSignatories(agreement.getSignatories());
        draft.setSigningDate(agreement.getSigningDate());
        draft.setSigningPlace(orEmpty(agreement.getSigningPlace()));
        draft.setEffectiveDate(agreement.getEffectiveDate());
        draft.setExpiryDate(agreement.getExpiryDate());
        draft.setIndefinite(agreement.isIndefinite());
        draft.setAutoRenewal(agreement.isAutoRenewal());
        draft.setNoticePeriodDays(agreement.getNoticePeriodDays());
        draft.setFields(agreement.getFields());
        var lead = agreement.getLeadDepartment();
        draft.setLeadDepartment(lead == null ? null : departments.option(lead.getId()));
        draft.setSummary(orEmpty(agreement.getSummary()));
        draft.setMofaReference(orEmpty(agreement.getMofaReference()));
        draft.setMofaDate(agreement.getMofaDate());
        return draft;
    }

    /** Records a new agreement as a draft. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public long create(@Valid AgreementDraft draft) {
        if (agreements.existsByReferenceCode(draft.getReferenceCode().strip())) {
            throw codeTaken(draft);
        }
        return agreements
                .save(new Agreement(content(draft), currentUser.actor(), clock.instant()))
                .getId();
    }

    /**
     * Saves changes to an agreement's content.
     *
     * @throws ObjectOptimisticLockingFailureException when someone saved it since the draft was read
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public void update(@Valid AgreementDraft draft) {
        var agreement = require(draft.getId());
        checkVersion(agreement, draft.getVersion());
        if (agreements.existsByReferenceCodeAndIdNot(draft.getReferenceCode().strip(), agreement.getId())) {
            throw codeTaken(draft);
        }
        agreement.revise(content(draft));
    }

    /** Takes one named step of the agreement's lifecycle, recorded with its date, note and user. */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public void apply(
            long id,
            long version,
            LifecycleAction action,
            LocalDate date,
            @Nullable String note,
            @Nullable LocalDate newExpiry,
            boolean indefinitely) {
        var agreement = require(id);
        checkVersion(agreement, version);
        agreement.apply(action, date, note, newExpiry, indefinitely, currentUser.actor(), clock.instant());
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public void link(long fromId, LinkType type, long toId) {
        if (fromId == toId) {
            throw new RuleViolationException("agreement", "agreement.link.self");
        }
        if (links.existsByFromIdAndTypeAndToId(fromId, type, toId)) {
            throw new RuleViolationException("agreement", "agreement.link.exists");
        }
        links.save(new AgreementLink(require(fromId), type, require(toId)));
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public void unlink(long linkId) {
        links.deleteById(linkId);
    }

    /**
     * Attaches a document, checked by its content (PDF, DOCX, JPEG, PNG; at most 20 MB).
     *
     * @param upload the uploaded file, in a temporary location; it is copied, not moved
     */
    @PreAuthorize(AppRoles.IS_EDITOR)
    public DocumentEntry attach(long agreementId, DocumentKind kind, @Nullable String fileName, Path upload) {
        var agreement = require(agreementId);
        var stored = files.store(upload);
        var name = FileNames.sanitize(fileName, "document." + stored.format().extension());
        var document = documents.save(new AgreementDocument(
                agreement,
                StoredDocument.of(kind, name, stored, currentUser.actor().fullName(), clock.instant())));
        return DocumentEntry.of(document.getId(), document.getDocument());
    }

    @PreAuthorize(AppRoles.IS_EDITOR)
    public void removeDocument(long documentId) {
        var document = requireDocument(documentId);
        documents.delete(document);
        files.delete(document.getDocument().storageKey());
    }

    /** A document's bytes, for an authorised download; the caller closes the stream. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Download download(long documentId) {
        return files.download(requireDocument(documentId).getDocument());
    }

    private AgreementDocument requireDocument(long documentId) {
        return documents.findById(documentId).orElseThrow(() -> new RuleViolationException(null, "document.unknown"));
    }

    private AgreementContent content(AgreementDraft draft) {
        var counterparts = draft.getCounterparts().stream()
                .map(option -> localities.require(option.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        DepartmentOption lead = draft.getLeadDepartment();
        return new AgreementContent(
                draft.getReferenceCode(),
                draft.getTitleVi(),
                blankToNull(draft.getTitleZh()),
                blankToNull(draft.getTitleEn()),
                draft.getAuthoritativeText(),
                draft.getKind(),
                draft.getLevel(),
                counterparts,
                draft.getSignatories(),
                draft.getSigningDate(),
                blankToNull(draft.getSigningPlace()),
                draft.getEffectiveDate(),
                draft.getExpiryDate(),
                draft.isIndefinite(),
                draft.isAutoRenewal(),
                draft.getNoticePeriodDays(),
                draft.getFields(),
                lead == null ? null : departments.require(lead.id()),
                blankToNull(draft.getSummary()),
                blankToNull(draft.getMofaReference()),
                draft.getMofaDate());
    }

    private Set<Long> counterpartIds(AgreementFilter filter) {
        return filter.counterpartId() == null ? Set.of() : localities.withSubordinates(filter.counterpartId());
    }

    private List<HistoryEntry> history(Agreement agreement) {
        return agreement.getHistory().stream()
                .map(event -> new HistoryEntry(
                        event.getAction(),
                        event.getFromStatus(),
                        event.getToStatus(),
                        event.getDate(),
                        event.getNote(),
                        event.getRecordedByName(),
                        event.getRecordedAt()))
                .toList();
    }

    private List<DocumentEntry> documents(long agreementId) {
        return documents.findByAgreementIdOrderByDocumentUploadedAtDesc(agreementId).stream()
                .map(document -> DocumentEntry.of(document.getId(), document.getDocument()))
                .toList();
    }

    private List<RelatedAgreement> related(long id) {
        return links.findInvolving(id).stream()
                .map(link -> {
                    boolean outgoing = link.getFrom().getId() == id;
                    var other = outgoing ? link.getTo() : link.getFrom();
                    return new RelatedAgreement(
                            link.getId(),
                            link.getType(),
                            outgoing,
                            other.getId(),
                            other.getReferenceCode(),
                            other.getTitleVi());
                })
                .toList();
    }

    private Agreement require(@Nullable Long id) {
        if (id == null) {
            throw new RuleViolationException(null, "agreement.unknown");
        }
        return agreements
                .findWithCounterpartsById(id)
                .orElseThrow(() -> new RuleViolationException(null, "agreement.unknown"));
    }

    private static void checkVersion(Agreement agreement, long version) {
        if (agreement.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Agreement.class, agreement.getId());
        }
    }

    private static RuleViolationException codeTaken(AgreementDraft draft) {
        return new RuleViolationException(
                "referenceCode",
                "agreement.reference-code.taken",
                draft.getReferenceCode().strip());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
