package vn.gov.quangninh.cooperation.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.agreement.AgreementRow;
import vn.gov.quangninh.cooperation.agreement.AgreementStatus;
import vn.gov.quangninh.cooperation.base.ui.BadgeLook;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/** The register's filters come from, and go back to, the address bar. */
@SpringBootTest
@ActiveProfiles("test")
class AgreementListViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @BeforeEach
    void signIn() {
        signedIn.as("official");
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @SuppressWarnings("unchecked")
    private Grid<AgreementRow> grid() {
        return $(Grid.class).id("agreements");
    }

    @Test
    void aLinkWithFiltersReproducesTheList() {
        UI.getCurrent().navigate("agreements", QueryParameters.fromString("q=dong%20hung&status=IN_FORCE"));
        assertThat(getCurrentView()).isInstanceOf(AgreementListView.class);
        assertThat($(TextField.class).id("filter-text").getValue()).isEqualTo("dong hung");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<AgreementStatus> statuses =
                $(MultiSelectComboBox.class).id("filter-status");
        assertThat(statuses.getValue()).containsExactly(AgreementStatus.IN_FORCE);
        var rows = grid().getLazyDataView().getItems().toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.status()).isEqualTo(AgreementStatus.IN_FORCE));
        assertThat(rows)
                .extracting(AgreementRow::referenceCode)
                .contains("HQMC-HQDH/2019-01")
                .doesNotContain("MC-DH/2019-01");
    }

    @Test
    void expiringSoonIsOneClick() {
        navigate(AgreementListView.class);
        test($(Button.class).id("filter-expiring")).click();
        var today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        var rows = grid().getLazyDataView().getItems().toList();
        assertThat(rows).extracting(AgreementRow::referenceCode).contains("BDBP-PTC/2021-02");
        assertThat(rows).allSatisfy(row -> assertThat(row.expiryDate()).isBetween(today, today.plusDays(90)));
        assertThat($(Button.class).id("filter-expiring").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void aRowShowsItsCodeAndStatusInItsColumnAndOverItsTitles() {
        UI.getCurrent().navigate("agreements", QueryParameters.fromString("q=HQMC-HQDH%2F2019-01"));
        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        var inForce = new BadgeLook.Label("Đang hiệu lực", "success", "status-in_force");
        for (var column : new int[] {0, 1}) {
            assertThat(grid.getLitRendererPropertyValue(0, column, "code", String.class))
                    .isEqualTo("HQMC-HQDH/2019-01");
            assertThat(grid.getLitRendererPropertyValue(0, column, "badges", List.class))
                    .containsExactly(inForce);
        }
        assertThat(grid.getLitRendererPropertyValue(0, 1, "zh", String.class)).isNotBlank();
    }

    @Test
    void officialsSeeNoCreateButton() {
        navigate(AgreementListView.class);
        assertThat($(Button.class).withId("create-agreement").exists()).isFalse();
    }
}
