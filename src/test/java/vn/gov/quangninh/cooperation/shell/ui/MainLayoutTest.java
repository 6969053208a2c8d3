package vn.gov.quangninh.cooperation.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.commitment.ui.DashboardView;
import vn.gov.quangninh.cooperation.security.ui.ChangePasswordView;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/** The navigation offers each role only what it may open. */
@SpringBootTest
@ActiveProfiles("test")
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @Autowired
    MenuEntries menu;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private List<String> navigationFor(String username) {
        return items(username).eachText();
    }

    private Elements items(String username) {
        signedIn.as(username);
        UI.getCurrent().navigate("");
        var markup = $(Navigation.class).single().getElement().getProperty("innerHTML");
        return Jsoup.parseBodyFragment(markup).select("vaadin-side-nav-item");
    }

    @Test
    void eachItemLinksItsViewWithAnIcon() {
        var commitments = items("staff").stream()
                .filter(item -> item.text().equals("Cam kết"))
                .findFirst()
                .orElseThrow();
        assertThat(commitments.attr("path")).isEqualTo("commitments");
        assertThat(commitments.select("vaadin-icon[slot=prefix]").attr("icon")).isEqualTo("vaadin:tasks");
    }

    @Test
    void sessionsWithTheSameMenuShareOneMarkup() {
        signedIn.as("staff");
        UI.getCurrent().navigate("");
        var entries = MenuConfiguration.getMenuEntries(UI.getCurrent().getLocale());
        assertThat(new Navigation(entries).getElement().getProperty("innerHTML"))
                .isSameAs(new Navigation(entries).getElement().getProperty("innerHTML"));
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
    void theMenuIsWorkedOutOncePerRoleSetAndNeverSharedAcrossRoles() {
        signedIn.as("admin");
        var locale = UI.getCurrent().getLocale();
        var admins = menu.forCurrentUser(locale);
        assertThat(menu.forCurrentUser(locale)).isSameAs(admins);
        signedIn.as("staff");
        assertThat(menu.forCurrentUser(locale))
                .isNotSameAs(admins)
                .isEqualTo(MenuConfiguration.getMenuEntries(locale))
                .hasSizeLessThan(admins.size());
        assertThat(navigationFor("staff")).doesNotContain("Tài khoản", "Đơn vị", "Nhật ký bảo mật");
    }

    @Test
    void theAccountMenuIsBuiltOnTheFirstClick() {
        signedIn.as("staff");
        UI.getCurrent().navigate("");
        assertThat($(Popover.class).all())
                .as("nothing kept before it is asked for")
                .isEmpty();

        test($(Button.class).id("user-menu")).click();

        var menu = $(Popover.class).single();
        assertThat(menu.isOpened()).isTrue();
        assertThat($(Span.class, menu).withClassName("account-roles").single().getText())
                .startsWith("Cán bộ chuyên môn · ");
        assertThat($(Button.class, menu).id("menu-change-password").getText()).isEqualTo("Đổi mật khẩu");
        assertThat($(Button.class, menu).id("menu-sign-out").getText()).isEqualTo("Đăng xuất");
        test($(Button.class, menu).id("menu-change-password")).click();
        assertThat(menu.isOpened()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    void theLanguageSwitchOffersTheOtherLanguageNamedInItself() {
        signedIn.as("staff");
        UI.getCurrent().navigate("");
        var english = $(Button.class).id("language-en");
        assertThat(english.getText()).isEqualTo("EN");
        assertThat(english.getElement().getAttribute("title")).isEqualTo("English");
        assertThat($(Button.class).withId("language-vi").all()).isEmpty();
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
