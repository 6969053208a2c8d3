package vn.gov.quangninh.cooperation.shell.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The views the signed-in user may open, for the navigation and the home page. Vaadin works them
 * out by checking each route's access, and each check looks up the role prefix through a service
 * loader scan of every jar: one in twenty of the server's CPU samples in the load test (DD014).
 * What a user may open depends on their roles only, so the list is worked out once per role set
 * and language.
 */
@Component
class MenuEntries {

    private record Key(List<String> roles, Locale locale) {}

    private final Map<Key, List<MenuEntry>> byRoles = new ConcurrentHashMap<>();

    List<MenuEntry> forCurrentUser(Locale locale) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return MenuConfiguration.getMenuEntries(locale);
        }
        var roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .sorted()
                .toList();
        return byRoles.computeIfAbsent(new Key(roles, locale), key -> MenuConfiguration.getMenuEntries(locale));
    }
}
