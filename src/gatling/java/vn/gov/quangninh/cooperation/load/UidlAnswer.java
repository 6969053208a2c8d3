package vn.gov.quangninh.cooperation.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a UIDL answer says that needs more than one of its changes together, which JSONPath
 * filters cannot join: a change is one property of one state node ({@code node}, {@code key},
 * {@code value}), and an element is known by its tag in one change and its id in another.
 */
final class UidlAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UidlAnswer() {}

    /**
     * The text of an error notification the answer opens ({@code vaadin-notification} with the
     * theme {@code error}: how the application shows a refused or failed action), or null when it
     * opens none. Error badges in the grid have the same theme, hence the join on the node.
     */
    static @Nullable String errorNotification(String body) {
        if (!body.contains("\"vaadin-notification\"")) {
            return null;
        }
        var changes = changes(body);
        var notifications = nodes(changes, "tag", "vaadin-notification");
        for (var change : changes) {
            var node = change.path("node").asInt();
            if (notifications.contains(node)
                    && isPut(change, "theme")
                    && change.path("value").asText().contains("error")) {
                var text = property(changes, node, "text");
                return text.isEmpty() ? "error notification" : text;
            }
        }
        return null;
    }

    /** A property the answer gives the element with this id (as a field shows its value), or "". */
    static String property(String body, String elementId, String name) {
        var changes = changes(body);
        return nodes(changes, "id", elementId).stream()
                .map(node -> property(changes, node, name))
                .findFirst()
                .orElse("");
    }

    /** The {@code value} of each child of the element with this id (the buttons of a radio group), in order. */
    static List<String> childValues(String body, String elementId) {
        var changes = changes(body);
        var values = new ArrayList<String>();
        for (var parent : nodes(changes, "id", elementId)) {
            for (var change : changes) {
                if (change.path("node").asInt() == parent
                        && "splice".equals(change.path("type").asText())
                        && change.has("addNodes")) {
                    change.path("addNodes").forEach(child -> values.add(property(changes, child.asInt(), "value")));
                }
            }
        }
        return values;
    }

    private static List<JsonNode> changes(String body) {
        try {
            var changes = new ArrayList<JsonNode>();
            JSON.readTree(body).path("changes").forEach(changes::add);
            return changes;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a UIDL answer", e);
        }
    }

    private static Set<Integer> nodes(List<JsonNode> changes, String key, String value) {
        var nodes = new HashSet<Integer>();
        for (var change : changes) {
            if (isPut(change, key) && value.equals(change.path("value").asText())) {
                nodes.add(change.path("node").asInt());
            }
        }
        return nodes;
    }

    private static String property(List<JsonNode> changes, int node, String name) {
        var value = "";
        for (var change : changes) {
            if (change.path("node").asInt() == node && isPut(change, name)) {
                value = change.path("value").asText();
            }
        }
        return value;
    }

    private static boolean isPut(JsonNode change, String key) {
        return "put".equals(change.path("type").asText())
                && key.equals(change.path("key").asText());
    }
}
