package vn.gov.quangninh.cooperation.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jsoup.nodes.Document;

/**
 * The side navigation, written as the markup the SideNav component would render: one state node on
 * the server instead of three per item (item, icon, label), and its markup one string shared by
 * every session that sees the same menu. The items need nothing from the server: the browser
 * follows their links and marks the current one itself. See DD014, "Heap per session".
 */
@Tag("vaadin-side-nav")
final class Navigation extends Component {

    /** One per role set and language, so a handful. */
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();

    Navigation(List<MenuEntry> entries) {
        getElement().getClassList().add("main-nav");
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        var nav = document.appendElement("div");
        for (var entry : entries) {
            var item = nav.appendElement("vaadin-side-nav-item").attr("path", withoutLeadingSlash(entry.path()));
            if (entry.icon() != null) {
                item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
            }
            item.appendText(getTranslation(entry.title()));
        }
        getElement().setProperty("innerHTML", SHARED.computeIfAbsent(nav.html(), Function.identity()));
    }

    private static String withoutLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
