package vn.gov.quangninh.cooperation.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import vn.gov.quangninh.cooperation.commitment.NotificationService;
import vn.gov.quangninh.cooperation.security.CurrentUser;
import vn.gov.quangninh.cooperation.security.LanguagePreference;
import vn.gov.quangninh.cooperation.security.ui.ChangePasswordView;
import vn.gov.quangninh.cooperation.security.ui.LanguageSwitch;

/**
 * The frame around every view: the navigation (only what the signed-in role may open), the title
 * of the open view, the language switch and the user menu. On a phone the navigation folds away.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final NotificationBell bell;

    MainLayout(
            CurrentUser currentUser,
            AuthenticationContext authenticationContext,
            LanguagePreference languagePreference,
            NotificationService notifications) {
        bell = new NotificationBell(notifications);
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        var spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(
                true,
                new DrawerToggle(),
                viewTitle,
                spacer,
                bell,
                new LanguageSwitch(languagePreference),
                userMenu(currentUser, authenticationContext));
        addToDrawer(brand(), new Scroller(navigation()));
    }

    private Component brand() {
        var name = new Span(getTranslation("brand.short-name"));
        name.addClassName("brand-name");
        var authority = new Span(getTranslation("brand.authority"));
        authority.addClassName("brand-authority");
        var brand = new Div(name, authority);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries(getLocale()).forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }

    private Component userMenu(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        var user = currentUser.require();
        var avatar = new Avatar(user.getFullName());
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        menu.setId("user-menu");
        var root = menu.addItem(avatar);
        var name = new Span(user.getFullName());
        name.addClassName("user-name");
        root.add(name);
        var sub = root.getSubMenu();
        var roles = user.getRoles().stream()
                .map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
        var who = sub.addItem(roles
                + (user.getDepartmentName() == null
                        ? ""
                        : " · " + user.getDepartmentName().in(getLocale())));
        who.setEnabled(false);
        sub.addItem(
                        getTranslation("account.change-password"),
                        click -> UI.getCurrent().navigate(ChangePasswordView.class))
                .setId("menu-change-password");
        sub.addItem(getTranslation("account.sign-out"), click -> authenticationContext.logout())
                .setId("menu-sign-out");
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        bell.refresh();
    }
}
