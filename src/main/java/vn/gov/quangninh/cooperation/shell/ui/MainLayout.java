package vn.gov.quangninh.cooperation.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.gov.quangninh.cooperation.commitment.NotificationService;
import vn.gov.quangninh.cooperation.security.CurrentUser;
import vn.gov.quangninh.cooperation.security.LanguagePreference;
import vn.gov.quangninh.cooperation.security.ui.LanguageSwitch;

/**
 * The frame around every view: the navigation (only what the signed-in role may open), the title
 * of the open view, the language switch and the user's menu. On a phone the navigation folds away.
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
            NotificationService notifications,
            MenuEntries menu) {
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
                new AccountMenu(currentUser.require(), authenticationContext));
        addToDrawer(brand(), new Scroller(new Navigation(menu.forCurrentUser(getLocale()))));
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

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        bell.refresh();
    }
}
