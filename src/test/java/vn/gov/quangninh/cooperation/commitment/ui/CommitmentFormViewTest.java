package vn.gov.quangninh.cooperation.commitment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.commitment.Party;
import vn.gov.quangninh.cooperation.commitment.ResponsibleParty;
import vn.gov.quangninh.cooperation.security.DepartmentService;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/** Recording a commitment from the clause it was agreed in. */
@SpringBootTest
@ActiveProfiles("test")
class CommitmentFormViewTest extends SpringBrowserlessTest {

    @Autowired
    CommitmentService commitments;

    @Autowired
    DepartmentService departments;

    @Autowired
    SignedIn signedIn;

    private long clauseId;

    @BeforeEach
    void signIn() {
        signedIn.as("staff");
        var filter = new CommitmentFilter(
                "UBCTLH16-04", null, null, null, null, null, Set.of(), null, null, null, false, false);
        var market = commitments.search(filter, PageRequest.of(0, 1)).getFirst();
        clauseId = commitments.get(market.id()).source().clauseId();
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private CommitmentFormView openFromClause() {
        // Query parameters apart from the path: navigate(String) refuses a "?" in the path.
        UI.getCurrent()
                .navigate(
                        "commitments/new",
                        com.vaadin.flow.router.QueryParameters.of("clause", String.valueOf(clauseId)));
        return (CommitmentFormView) getCurrentView();
    }

    @Test
    void theClausePrefillsTextFieldAndTheConferencesParties() {
        var form = openFromClause();

        assertThat(form.titleVi.getValue()).startsWith("Tăng cường chia sẻ thông tin thị trường");
        assertThat(form.titleZh.getValue()).isNotBlank();
        assertThat(form.parties.getValue())
                .extracting(ResponsibleParty::party)
                .containsExactlyInAnyOrder(
                        Party.QUANG_NINH, Party.CAO_BANG, Party.HA_GIANG, Party.LANG_SON, Party.GUANGXI);
        assertThat(form.leadDepartment.getValue().code()).isEqualTo("SNGV");
        assertThat(form.dueDate.isVisible()).isTrue();
        assertThat(form.reviewIntervalMonths.isVisible()).isFalse();
    }

    @Test
    void anOngoingTaskAsksForItsReviewIntervalInsteadOfADate() {
        var form = openFromClause();
        test(form.ongoing).click();
        assertThat(form.dueDate.isVisible()).isFalse();
        assertThat(form.reviewIntervalMonths.isVisible()).isTrue();

        test(form.save).click();
        assertThat(form.reviewIntervalMonths.isInvalid()).isTrue();
        assertThat(form.reviewIntervalMonths.getErrorMessage())
                .isEqualTo("Nhập chu kỳ rà soát của nhiệm vụ thường xuyên");

        test(form.reviewIntervalMonths).setValue(6);
        test(form.save).click();
        assertThat(getCurrentView()).isInstanceOf(CommitmentView.class);
        var path = UI.getCurrent().getActiveViewLocation().getPath();
        var saved = commitments.get(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
        assertThat(saved.code()).startsWith("UBCTLH16-04.");
        assertThat(saved.ongoing()).isTrue();
        assertThat(saved.reviewIntervalMonths()).isEqualTo(6);
    }

    @Test
    void staffCannotGiveTheCommitmentToAnotherDepartmentAlone() {
        var form = openFromClause();
        form.dueDate.setValue(LocalDate.of(2027, 6, 30));
        form.leadDepartment.setValue(departments.list().stream()
                .filter(option -> option.code().equals("SCT"))
                .findFirst()
                .orElseThrow());
        test(form.save).click();

        assertThat(getCurrentView()).isSameAs(form);
        assertThat(form.leadDepartment.isInvalid()).isTrue();
        assertThat(form.leadDepartment.getErrorMessage())
                .isEqualTo("Đơn vị của bạn phải là đơn vị chủ trì hoặc phối hợp của cam kết");
    }
}
