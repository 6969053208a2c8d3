package vn.gov.quangninh.cooperation.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.base.RuleViolationException;
import vn.gov.quangninh.cooperation.base.files.DocumentEntry;
import vn.gov.quangninh.cooperation.base.files.DocumentFormat;
import vn.gov.quangninh.cooperation.base.files.DocumentKind;
import vn.gov.quangninh.cooperation.base.text.VietnameseCollation;
import vn.gov.quangninh.cooperation.security.DepartmentService;
import vn.gov.quangninh.cooperation.testsupport.MutableClock;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;
import vn.gov.quangninh.cooperation.testsupport.TestFiles;

/**
 * The register through its service, on a real database with the sample data set: H2 here, MariaDB
 * in {@link AgreementServiceOnMariaDbTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
abstract class AgreementServiceTests {

    private static final PageRequest ALL = PageRequest.of(0, 100);

    @Autowired
    AgreementService agreements;

    @Autowired
    LocalityService localities;

    @Autowired
    DepartmentService departments;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void signIn() {
        signedIn.as("staff");
    }

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.out();
    }

    private List<AgreementRow> search(String text) {
        return agreements.search(new AgreementFilter(text, null, null, Set.of(), null, null, false), ALL);
    }

    private LocalityOption locality(String nameZh) {
        return localities.list().stream()
                .filter(option -> option.nameZh().equals(nameZh))
                .findFirst()
                .orElseThrow();
    }

    private AgreementDraft draft(String code, String title) {
        var draft = new AgreementDraft();
        draft.setReferenceCode(code);
        draft.setTitleVi(title);
        draft.setKind(AgreementKind.COOPERATION_AGREEMENT);
        draft.setLevel(AgreementLevel.PROVINCIAL_PEOPLES_COMMITTEE);
        draft.setCounterparts(Set.of(locality("东兴市")));
        draft.setFields(Set.of(CooperationField.TRADE));
        draft.setLeadDepartment(departments.listActive().getFirst());
        return draft;
    }

    private long createInForce(String code, String title, LocalDate signed, LocalDate expiry) {
        var draft = draft(code, title);
        draft.setSigningDate(signed);
        draft.setExpiryDate(expiry);
        var id = agreements.create(draft);
        agreements.apply(id, agreements.get(id).version(), LifecycleAction.SIGN, signed, null, null, false);
        agreements.apply(id, agreements.get(id).version(), LifecycleAction.BRING_INTO_FORCE, signed, null, null, false);
        return id;
    }

    @Test
    void searchIgnoresDiacritics() {
        var withAccents = search("Đông Hưng");
        var without = search("dong hung");
        assertThat(without).isNotEmpty();
        assertThat(without)
                .extracting(AgreementRow::id)
                .containsExactlyInAnyOrderElementsOf(
                        withAccents.stream().map(AgreementRow::id).toList());
        assertThat(search("hoanh mo")).extracting(AgreementRow::referenceCode).contains("QN-QT/2023-04");
    }

    @Test
    void searchFindsChineseAndPinyin() {
        assertThat(search("东兴")).extracting(AgreementRow::referenceCode).contains("HQMC-HQDH/2019-01", "QN-QT/2019-02");
        assertThat(search("Dongxing")).extracting(AgreementRow::referenceCode).contains("HQMC-HQDH/2019-01");
        assertThat(search("北仑河")).extracting(AgreementRow::referenceCode).containsExactly("QN-QT/2019-02");
    }

    @Test
    void rowsCarryTheirCounterpartsInBothScripts() {
        var row = search("QN-QT/2019-02").getFirst();
        assertThat(row.counterparts()).contains("Đông Hưng (东兴市)", "Quảng Tây (广西壮族自治区)");
    }

    @Test
    void sortsTitlesInVietnameseOrder() {
        var sorted = agreements.search(AgreementFilter.all(), PageRequest.of(0, 100, Sort.by("title")));
        assertThat(sorted).hasSizeGreaterThan(20);
        assertThat(sorted)
                .extracting(AgreementRow::titleVi)
                .isSortedAccordingTo(Comparator.comparing(VietnameseCollation::sortKey));
        var titles = sorted.stream().map(AgreementRow::titleVi).toList();
        // "Biên bản..." sorts before "Kế hoạch..." before "Phụ lục..." before "Thỏa thuận...".
        assertThat(titles.indexOf(titles.stream()
                        .filter(t -> t.startsWith("Biên"))
                        .findFirst()
                        .orElseThrow()))
                .isLessThan(titles.indexOf(titles.stream()
                        .filter(t -> t.startsWith("Kế"))
                        .findFirst()
                        .orElseThrow()));
    }

    @Test
    void pagesComeFromTheDatabase() {
        var total = agreements.count(AgreementFilter.all());
        var first = agreements.search(AgreementFilter.all(), PageRequest.of(0, 10));
        var second = agreements.search(AgreementFilter.all(), PageRequest.of(1, 10));
        assertThat(total).isGreaterThanOrEqualTo(26);
        assertThat(first).hasSize(10);
        assertThat(second)
                .hasSize(10)
                .extracting(AgreementRow::id)
                .doesNotContainAnyElementsOf(
                        first.stream().map(AgreementRow::id).toList());
    }

    @Test
    void anAgreementPastItsExpiryShowsAsExpiredWithoutAnyEdit() {
        var id = createInForce(
                "TEST/EXP-1", "Thỏa thuận thử hết hạn", LocalDate.of(2025, 1, 10), LocalDate.of(2026, 12, 31));
        var expired = new AgreementFilter("TEST/EXP-1", null, null, Set.of(AgreementStatus.EXPIRED), null, null, false);
        var inForce =
                new AgreementFilter("TEST/EXP-1", null, null, Set.of(AgreementStatus.IN_FORCE), null, null, false);

        clock.setToday(LocalDate.of(2026, 12, 31));
        assertThat(agreements.get(id).status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreements.count(inForce)).isEqualTo(1);
        assertThat(agreements.count(expired)).isZero();

        clock.setToday(LocalDate.of(2027, 1, 1));
        assertThat(agreements.get(id).status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(agreements.get(id).recordedStatus()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreements.count(inForce)).isZero();
        assertThat(agreements.count(expired)).isEqualTo(1);
        assertThat(search("TEST/EXP-1").getFirst().status()).isEqualTo(AgreementStatus.EXPIRED);
    }

    @Test
    void expiringSoonMeansWithinNinetyDays() {
        createInForce("TEST/SOON-1", "Sắp hết hạn", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 31));
        var soon = new AgreementFilter("TEST/SOON", null, null, Set.of(), null, null, true);
        clock.setToday(LocalDate.of(2025, 12, 31)); // exactly 90 days before
        assertThat(agreements.count(soon)).isEqualTo(1);
        clock.setToday(LocalDate.of(2025, 12, 30));
        assertThat(agreements.count(soon)).isZero();
        clock.setToday(LocalDate.of(2026, 3, 31)); // the last day
        assertThat(agreements.count(soon)).isEqualTo(1);
        clock.setToday(LocalDate.of(2026, 4, 1));
        assertThat(agreements.count(soon)).isZero();
    }

    @Test
    void counterpartFilterIncludesSubordinateLocalities() {
        var guangxi = locality("广西壮族自治区").id();
        var filter = new AgreementFilter(null, guangxi, null, Set.of(), null, null, false);
        assertThat(agreements.search(filter, ALL))
                .extracting(AgreementRow::referenceCode)
                .contains("HQMC-HQDH/2019-01", "MC-DH/2019-01")
                .doesNotContain("QN-QD/2019-01");
    }

    @Test
    void lifecycleRefusesAnIllegalStep() {
        var id = agreements.create(draft("TEST/LC-1", "Dự thảo thử"));
        var version = agreements.get(id).version();
        assertThatThrownBy(() -> agreements.apply(
                        id, version, LifecycleAction.BRING_INTO_FORCE, LocalDate.of(2026, 1, 1), null, null, false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("agreement.lifecycle.not-allowed");
        assertThatThrownBy(() -> agreements.apply(
                        id, version, LifecycleAction.TERMINATE, LocalDate.of(2026, 1, 1), null, null, false))
                .isInstanceOf(RuleViolationException.class);
        assertThat(agreements.get(id).status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void lifecycleStepsAreRecordedWithDateNoteAndUser() {
        var id = createInForce("TEST/LC-2", "Thỏa thuận thử", LocalDate.of(2025, 3, 1), LocalDate.of(2027, 3, 1));
        agreements.apply(
                id,
                agreements.get(id).version(),
                LifecycleAction.EXTEND,
                LocalDate.of(2027, 1, 15),
                "Hai bên đồng ý gia hạn",
                LocalDate.of(2030, 3, 1),
                false);

        var details = agreements.get(id);
        assertThat(details.status()).isEqualTo(AgreementStatus.EXTENDED);
        assertThat(details.expiryDate()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(details.history())
                .extracting(AgreementDetails.HistoryEntry::action)
                .containsExactly(null, LifecycleAction.SIGN, LifecycleAction.BRING_INTO_FORCE, LifecycleAction.EXTEND);
        var extension = details.history().getLast();
        assertThat(extension.date()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(extension.note()).isEqualTo("Hai bên đồng ý gia hạn");
        assertThat(extension.recordedBy()).isEqualTo("Nguyễn Văn Dương");
        assertThat(extension.fromStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void anExtensionMustMoveTheExpiryLater() {
        var id = createInForce("TEST/LC-3", "Thỏa thuận thử", LocalDate.of(2025, 3, 1), LocalDate.of(2027, 3, 1));
        assertThatThrownBy(() -> agreements.apply(
                        id,
                        agreements.get(id).version(),
                        LifecycleAction.EXTEND,
                        LocalDate.of(2026, 1, 1),
                        null,
                        LocalDate.of(2026, 6, 1),
                        false))
                .hasMessage("agreement.extend.later-expiry");
    }

    @Test
    void duplicateReferenceCodeIsRefused() {
        assertThatThrownBy(() -> agreements.create(draft("QN-QT/2016-01", "Trùng số hiệu")))
                .isInstanceOfSatisfying(RuleViolationException.class, violation -> {
                    assertThat(violation.getField()).isEqualTo("referenceCode");
                    assertThat(violation.getMessageKey()).isEqualTo("agreement.reference-code.taken");
                });
    }

    @Test
    void datesMustTellAPossibleStory() {
        var draft = draft("TEST/DATE-1", "Ngày không hợp lý");
        draft.setSigningDate(LocalDate.of(2025, 5, 10));
        draft.setEffectiveDate(LocalDate.of(2025, 5, 1));
        assertThatThrownBy(() -> agreements.create(draft)).hasMessage("agreement.dates.effective-before-signing");
        draft.setEffectiveDate(LocalDate.of(2025, 6, 1));
        draft.setExpiryDate(LocalDate.of(2025, 6, 1));
        assertThatThrownBy(() -> agreements.create(draft)).hasMessage("agreement.dates.expiry-not-after-start");
        draft.setExpiryDate(null);
        draft.setMofaDate(LocalDate.of(2025, 6, 1));
        assertThatThrownBy(() -> agreements.create(draft)).hasMessage("agreement.dates.mofa-after-signing");
    }

    @Test
    void aStaleVersionIsRefusedNotOverwritten() {
        var id = agreements.create(draft("TEST/CONC-1", "Bản gốc"));
        var mine = agreements.edit(id);
        var theirs = agreements.edit(id);
        theirs.setTitleVi("Bản của người kia");
        agreements.update(theirs);
        mine.setTitleVi("Bản của tôi");
        assertThatThrownBy(() -> agreements.update(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(agreements.get(id).titleVi()).isEqualTo("Bản của người kia");
    }

    @Test
    void officialsReadButCannotChangeEvenThroughTheService() {
        signedIn.as("official");
        assertThat(search("dong hung")).isNotEmpty();
        var existing = search("QN-QT/2016-01").getFirst().id();
        assertThat(agreements.get(existing).titleVi()).isNotBlank();
        assertThatThrownBy(() -> agreements.create(draft("TEST/OFF-1", "Không được tạo")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.update(agreements.edit(existing)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        agreements.apply(existing, 0, LifecycleAction.SUSPEND, LocalDate.now(), null, null, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.attach(existing, DocumentKind.OTHER, "a.pdf", TestFiles.pdf("x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void documentsAreCheckedByContentNotByName() throws IOException {
        var id = search("QN-QT/2016-01").getFirst().id();
        assertThatThrownBy(
                        () -> agreements.attach(id, DocumentKind.SIGNED_SCAN, "van-ban-ky.pdf", TestFiles.executable()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("document.type-not-allowed");
        assertThatThrownBy(() -> agreements.attach(id, DocumentKind.OTHER, "ho-so.docx", TestFiles.zip()))
                .hasMessage("document.type-not-allowed");

        var pdf = agreements.attach(id, DocumentKind.SIGNED_SCAN, "../../Bản ký QN–QT.pdf", TestFiles.pdf("ký"));
        agreements.attach(id, DocumentKind.TEXT_VI, "van-ban.docx", TestFiles.docx());
        agreements.attach(id, DocumentKind.OTHER, "anh.png", TestFiles.png());

        assertThat(pdf.fileName()).isEqualTo("Bản ký QN–QT.pdf");
        assertThat(pdf.uploadedBy()).isEqualTo("Nguyễn Văn Dương");
        assertThat(agreements.get(id).documents())
                .extracting(DocumentEntry::format)
                .containsExactlyInAnyOrder(DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.PNG);
        try (var download = agreements.download(pdf.id()).content()) {
            assertThat(new String(download.readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("%PDF-")
                    .contains("ký");
        }
    }

    @Test
    void linksShowFromBothSides() {
        var amendment = search("SCT-STM/2025-01").getFirst().id();
        var original = search("SCT-STM/2023-01").getFirst().id();
        assertThat(agreements.get(original).related()).anySatisfy(link -> {
            assertThat(link.agreementId()).isEqualTo(amendment);
            assertThat(link.type()).isEqualTo(LinkType.AMENDS);
            assertThat(link.outgoing()).isFalse();
        });
        assertThatThrownBy(() -> agreements.link(original, LinkType.AMENDS, original))
                .hasMessage("agreement.link.self");
    }
}
