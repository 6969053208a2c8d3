package vn.gov.quangninh.cooperation.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.agreement.AgreementFilter;
import vn.gov.quangninh.cooperation.agreement.AgreementKind;
import vn.gov.quangninh.cooperation.agreement.AgreementLevel;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.agreement.CooperationField;
import vn.gov.quangninh.cooperation.base.history.ChangeRow;
import vn.gov.quangninh.cooperation.base.ui.HistoryPanel;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/** The agreement form tells staff what is wrong, next to the field, in Vietnamese. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class AgreementFormViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @Autowired
    AgreementService agreements;

    private AgreementFormView form;

    @BeforeEach
    void openNewForm() {
        signedIn.as("staff");
        form = navigate(AgreementFormView.class);
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private void save() {
        test(form.save).click();
    }

    private void fillValid(String code, String title) {
        test(form.referenceCode).setValue(code);
        test(form.titleVi).setValue(title);
        form.kind.setValue(AgreementKind.COOPERATION_AGREEMENT);
        form.level.setValue(AgreementLevel.PROVINCIAL_PEOPLES_COMMITTEE);
        form.counterparts.setValue(Set.of(form.counterparts
                .getListDataView()
                .getItems()
                .filter(option -> option.nameZh().equals("东兴市"))
                .findFirst()
                .orElseThrow()));
        form.fields.setValue(Set.of(CooperationField.TOURISM));
        form.leadDepartment.setValue(
                form.leadDepartment.getListDataView().getItems().findFirst().orElseThrow());
    }

    @Test
    void everySectionHeadingHasItsLineToItself() {
        var headings = $(H3.class).all();
        assertThat(headings).hasSize(4);
        var layout = $(FormLayout.class).first();
        assertThat(headings)
                .allSatisfy(heading -> assertThat(layout.getColspan(heading)).isEqualTo(2));
    }

    @Test
    void requiredFieldsSayTheyAreRequired() {
        save();
        assertThat(form.referenceCode.isInvalid()).isTrue();
        assertThat(form.referenceCode.getErrorMessage()).isEqualTo("Bắt buộc nhập");
        assertThat(form.titleVi.getErrorMessage()).isEqualTo("Bắt buộc nhập");
        assertThat(form.kind.isInvalid()).isTrue();
        assertThat(form.counterparts.isInvalid()).isTrue();
        assertThat(form.counterparts.getErrorMessage()).isEqualTo("Chọn ít nhất một mục");
        assertThat(form.fields.isInvalid()).isTrue();
    }

    @Test
    void effectiveDateBeforeSigningIsShownNextToTheField() {
        fillValid("TEST/FORM-1", "Thỏa thuận thử");
        form.signingDate.setValue(LocalDate.of(2025, 6, 10));
        form.effectiveDate.setValue(LocalDate.of(2025, 6, 1));
        assertThat(form.effectiveDate.isInvalid()).isTrue();
        assertThat(form.effectiveDate.getErrorMessage()).isEqualTo("Ngày có hiệu lực không được trước ngày ký");
        form.expiryDate.setValue(LocalDate.of(2025, 5, 1));
        assertThat(form.expiryDate.getErrorMessage()).startsWith("Ngày hết hiệu lực phải sau");
        save();
        assertThat(getCurrentView()).isSameAs(form);
    }

    @Test
    void duplicateReferenceCodeIsShownNextToTheCode() {
        fillValid("QN-QT/2016-01", "Trùng số hiệu");
        save();
        assertThat(form.referenceCode.isInvalid()).isTrue();
        assertThat(form.referenceCode.getErrorMessage())
                .isEqualTo("Số hiệu QN-QT/2016-01 đã được dùng cho thỏa thuận khác");
    }

    @Test
    void aValidAgreementIsSavedAndOpened() {
        fillValid("TEST/FORM-2", "Thỏa thuận hợp tác du lịch Đông Hưng – Móng Cái");
        form.signingDate.setValue(LocalDate.of(2025, 9, 2));
        save();
        assertThat(getCurrentView()).isInstanceOf(AgreementView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class)
                        .id("agreement-title")
                        .getText())
                .isEqualTo("Thỏa thuận hợp tác du lịch Đông Hưng – Móng Cái");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        test(form.titleVi).setValue("Chưa lưu");
        UI.getCurrent().navigate(AgreementListView.class);
        assertThat(getCurrentView()).isSameAs(form);
        var dialog = $(ConfirmDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Bỏ các thay đổi chưa lưu?");
    }

    @Test
    void leavingAnUntouchedFormDoesNotAsk() {
        UI.getCurrent().navigate(AgreementListView.class);
        assertThat(getCurrentView()).isInstanceOf(AgreementListView.class);
        assertThat($(TextField.class).id("filter-text")).isNotNull();
        assertThat($(Button.class).id("create-agreement").getText()).isEqualTo("Thêm thỏa thuận");
    }

    @Test
    void aSecondSaveOfTheSameAgreementShowsWhatChangedAndOverwritesNothing() {
        var id = agreements
                .search(AgreementFilter.all(), org.springframework.data.domain.PageRequest.of(0, 1))
                .getFirst()
                .id();
        form = navigate(AgreementFormView.class, java.util.Map.of("id", String.valueOf(id)));
        var original = form.titleVi.getValue();
        var originalEn = form.titleEn.getValue().isEmpty() ? "—" : form.titleEn.getValue();
        test(form.titleVi).setValue("Tên do tôi sửa");

        // Meanwhile a manager, in another session, saves a new English title.
        signedIn.as("manager");
        var theirs = agreements.edit(id);
        theirs.setTitleEn("Title saved by the manager");
        agreements.update(theirs);
        signedIn.as("staff");

        save();
        assertThat(getCurrentView()).isSameAs(form);
        assertThat($(Dialog.class).id("save-conflict").isOpened()).isTrue();
        assertThat(conflictRows())
                .contains(
                        "Tên tiếng Việt" + original + "Tên do tôi sửa",
                        "Tên tiếng Anh" + "Title saved by the manager" + originalEn);
        assertThat(form.titleVi.getValue()).isEqualTo("Tên do tôi sửa");
        assertThat(agreements.edit(id).getTitleVi()).isEqualTo(original);
        assertThat(agreements.edit(id).getTitleEn()).isEqualTo("Title saved by the manager");

        // Reloading shows their version; nothing of theirs was lost.
        test($(Button.class).id("conflict-reload")).click();
        assertThat(form.titleEn.getValue()).isEqualTo("Title saved by the manager");
        assertThat(form.titleVi.getValue()).isEqualTo(original);
    }

    @Test
    void keepingMyVersionPutsMyValuesOverTheirsOnTheNextSave() {
        var id = agreements
                .search(AgreementFilter.all(), org.springframework.data.domain.PageRequest.of(1, 1))
                .getFirst()
                .id();
        form = navigate(AgreementFormView.class, java.util.Map.of("id", String.valueOf(id)));
        test(form.summary).setValue("Tóm tắt của tôi");
        signedIn.as("manager");
        var theirs = agreements.edit(id);
        theirs.setSummary("Tóm tắt của người kia");
        agreements.update(theirs);
        signedIn.as("staff");

        save();
        test($(Button.class).id("conflict-keep-mine")).click();
        assertThat(form.summary.getValue()).isEqualTo("Tóm tắt của tôi");
        save();
        assertThat(getCurrentView()).isInstanceOf(AgreementView.class);
        assertThat(agreements.edit(id).getSummary()).isEqualTo("Tóm tắt của tôi");

        // The page's history shows both saves, newest first, in Vietnamese.
        var history = $(HistoryPanel.class).single();
        history.setOpened(true);
        assertThat(history.shown())
                .filteredOn(row -> row.field().equals("Tóm tắt nội dung"))
                .extracting(ChangeRow::username, ChangeRow::newValue)
                .startsWith(tuple("staff", "Tóm tắt của tôi"), tuple("manager", "Tóm tắt của người kia"));
    }

    @Test
    void markupInATitleShowsAsText() {
        var markup = "<img src=x onerror=alert(1)>";
        fillValid("TEST/XSS-1", markup);
        save();
        assertThat(getCurrentView()).isInstanceOf(AgreementView.class);
        var title = $(com.vaadin.flow.component.html.H2.class).id("agreement-title");
        assertThat(title.getText()).isEqualTo(markup);
        // One text node, no element: the browser shows the characters, it never parses them as HTML.
        assertThat(title.getElement().getChildCount()).isOne();
        assertThat(title.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(title.getElement().hasProperty("innerHTML")).isFalse();
    }

    private java.util.List<String> conflictRows() {
        return $(Div.class).withClassName("conflict-change").all().stream()
                .map(row -> row.getElement().getTextRecursively())
                .toList();
    }
}
