package vn.gov.quangninh.cooperation.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.commitment.ui.DashboardView;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/** The navigation offers each role only what it may open. */
@SpringBootTest
@ActiveProfiles("test")
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private java.util.List<String> navigationFor(String username) {
        signedIn.as(username);
        UI.getCurrent().navigate("");
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void administratorsSeeAccountAdministration() {
        assertThat(navigationFor("admin"))
                .containsExactly(
                        "Trang chủ",
                        "Tổng quan",
                        "Thỏa thuận",
                        "Hội đàm, hội nghị",
                        "Cam kết",
                        "Báo cáo",
                        "Tài khoản",
                        "Đơn vị",
                        "Nhật ký bảo mật");
    }

    @Test
    void otherRolesDoNotSeeAdministration() {
        for (var username : new String[] {"manager", "staff", "official"}) {
            assertThat(navigationFor(username))
                    .as(username)
                    .contains("Trang chủ", "Báo cáo")
                    .doesNotContain("Tài khoản", "Đơn vị", "Nhật ký bảo mật");
        }
    }

    @Test
    void managersAndOfficialsLandOnTheDashboard() {
        for (var username : new String[] {"manager", "official"}) {
            signedIn.as(username);
            UI.getCurrent().navigate("");
            assertThat(getCurrentView()).as(username).isInstanceOf(DashboardView.class);
        }
        signedIn.as("staff");
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void homePageGreetsTheUserWithTheirRoleInVietnamese() {
        signedIn.as("staff");
        navigate(HomeView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class)
                        .id("home-greeting")
                        .getText())
                .isEqualTo("Xin chào, Nguyễn Văn Dương");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("home-role")
                        .getText())
                .isEqualTo("Vai trò: Cán bộ chuyên môn");
    }
}
