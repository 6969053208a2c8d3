package vn.gov.quangninh.cooperation.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a UIDL answer says that needs more than one of its changes together, which JSONPath
 * filters cannot join: a change is one property of one state node ({@code node}, {@code key},
 * {@code value}), and an element is known by its tag in one change and its id in another. Each
 * method takes the answer as Gatling's {@code jsonPath("$").ofMap()} gives it, parsed once for all
 * the checks of a request (a check on the body string would hide what it found in the report).
 */
final class UidlAnswer {

    private UidlAnswer() {}

    /**
     * The text of an error notification the answer opens ({@code vaadin-notification} with the
     * theme {@code error}: how the application shows a refused or failed action), or null when it
     * opens none. Error badges in the grid have the same theme, hence the join on the node.
     */
    static @Nullable String errorNotification(Map<String, Object> answer) {
        var changes = changes(answer);
        var notifications = nodes(changes, "tag", "vaadin-notification");
        for (var change : changes) {
            if (notifications.contains(node(change))
                    && isPut(change, "theme")
                    && String.valueOf(change.get("value")).contains("error")) {
                var text = property(changes, node(change), "text");
                return text.isEmpty() ? "error notification" : text;
            }
        }
        return null;
    }

    /** A property the answer gives the element with this id (as a field shows its value), or "". */
    static String property(Map<String, Object> answer, String elementId, String name) {
        var changes = changes(answer);
        return nodes(changes, "id", elementId).stream()
                .map(node -> property(changes, node, name))
                .findFirst()
                .orElse("");
    }

    /** The {@code value} of each child of the element with this id (the buttons of a radio group), in order. */
    static List<String> childValues(Map<String, Object> answer, String elementId) {
        var changes = changes(answer);
        var values = new ArrayList<String>();
        for (var parent : nodes(changes, "id", elementId)) {
            for (var change : changes) {
                if (node(change) == parent
                        && "splice".equals(change.get("type"))
                        && change.get("addNodes") instanceof List<?> children) {
                    children.forEach(child -> values.add(property(changes, ((Number) child).intValue(), "value")));
                }
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> changes(Map<String, Object> answer) {
        return answer.get("changes") instanceof List<?> changes ? (List<Map<String, Object>>) changes : List.of();
    }

    private static Set<Integer> nodes(List<Map<String, Object>> changes, String key, String value) {
        var nodes = new HashSet<Integer>();
        for (var change : changes) {
            if (isPut(change, key) && value.equals(change.get("value"))) {
                nodes.add(node(change));
            }
        }
        return nodes;
    }

    private static String property(List<Map<String, Object>> changes, int node, String name) {
        var value = "";
        for (var change : changes) {
            if (node(change) == node && isPut(change, name)) {
                value = Objects.toString(change.get("value"), "");
            }
        }
        return value;
    }

    private static int node(Map<String, Object> change) {
        return change.get("node") instanceof Number node ? node.intValue() : -1;
    }

    private static boolean isPut(Map<String, Object> change, String key) {
        return "put".equals(change.get("type")) && key.equals(change.get("key"));
    }
}
