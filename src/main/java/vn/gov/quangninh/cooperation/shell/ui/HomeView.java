package vn.gov.quangninh.cooperation.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import vn.gov.quangninh.cooperation.commitment.ui.DashboardView;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.CurrentUser;

/**
 * Landing page: who is signed in, and the parts of the application their role opens. Managers and
 * officials land on the dashboard instead: it is what they come for.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final boolean dashboardFirst;

    HomeView(CurrentUser currentUser, MenuEntries menu) {
        addClassName("home-view");
        var user = currentUser.require();
        dashboardFirst = user.hasRole(AppRoles.MANAGER) || user.hasRole(AppRoles.OFFICIAL);
        var greeting = new H2(getTranslation("home.greeting", user.getFullName()));
        greeting.setId("home-greeting");
        var roles = user.getRoles().stream()
                .map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
        var who = new Paragraph(getTranslation("home.role", roles));
        who.setId("home-role");
        add(greeting, who);
        if (user.getDepartmentName() != null) {
            add(new Paragraph(
                    getTranslation("home.department", user.getDepartmentName().in(getLocale()))));
        }

        var links = new Div();
        links.addClassName("home-links");
        menu.forCurrentUser(getLocale()).stream()
                .filter(entry -> entry.menuClass() != HomeView.class)
                .forEach(entry -> links.add(link(entry)));
        add(links);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (dashboardFirst) {
            event.forwardTo(DashboardView.ROUTE);
        }
    }

    private Anchor link(MenuEntry entry) {
        var title = new Span(getTranslation(entry.title()));
        title.addClassName("home-link-title");
        var description = new Span(getTranslation(entry.title() + ".description"));
        description.addClassName("home-link-description");
        var text = new Div(title, description);
        var link = entry.icon() == null
                ? new Anchor(entry.path(), text)
                : new Anchor(entry.path(), new Icon(entry.icon()), text);
        link.addClassName("home-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
