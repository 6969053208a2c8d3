package vn.gov.quangninh.cooperation.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Vaadin Flow's client, as much of it as a load test needs, following Vaadin's own scalability
 * tests: the bootstrap request that creates a UI, then UIDL messages carrying the user's actions as
 * RPCs. Per virtual user it keeps what a browser keeps per UI: the session cookie (Gatling's cookie
 * jar), the UI id ({@code v-uiId}), the UI's security key (sent as {@code csrfToken}), the last
 * {@code syncId} the server sent, the {@code clientId} of the next message, and a counter for the
 * promises of server calls. The server refuses a message out of sequence ({@code appError}
 * "Synchronization Error"), so every answer is checked for it and for an expired session, an error
 * notification, a {@code syncId} that moved on and the {@code clientId} expected next.
 *
 * <p>Vaadin 25 answers UIDL with plain JSON (no {@code for(;;);} guard in front, checked on
 * 25.2.5), so the answers are read with Gatling's JSONPath and regex checks as they come.
 */
final class Vaadin {

    static final String UI_ID = "vaadinUiId";
    /** The node of the UI's root element, where the client router sends its navigation events. */
    static final String ROUTER = "vaadinRouter";
    /** The grid updates the last answer asks the client to confirm: pairs of node and update id. */
    static final String CONFIRMS = "vaadinConfirms";
    /** Every UIDL request of a user action is in this group, so the report has their percentiles together. */
    static final String ACTIONS = "UIDL action";

    private static final String SECURITY_KEY = "vaadinSecurityKey";
    private static final String SYNC_ID = "vaadinSyncId";
    private static final String CLIENT_ID = "vaadinClientId";
    private static final String PROMISE = "vaadinPromise";
    private static final String MESSAGE = "vaadinMessage";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** As the grid connector's {@code $connector.confirm(id)}; combo boxes call theirs with two arguments. */
    private static final String GRID_CONFIRM =
            "\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"";

    private static final CheckBuilder[] ANSWERED = {
        status().is(200),
        regex("\"appError\":(\\{[^}]*)").notExists(),
        regex("\"sessionExpired\":true").notExists(),
        jsonPath("$").ofMap().transform(UidlAnswer::errorNotification).notExists(),
        jsonPath("$.syncId").ofInt().gt(session -> session.getInt(SYNC_ID)).saveAs(SYNC_ID),
        jsonPath("$.clientId")
                .ofInt()
                .is(session -> session.getInt(CLIENT_ID) + 1)
                .saveAs(CLIENT_ID),
        regex(GRID_CONFIRM).captureGroups(2).findAll().optional().saveAs(CONFIRMS)
    };

    private Vaadin() {}

    /**
     * What the browser fetches when the page loads at {@code location}: Vaadin's bootstrap JSON,
     * which creates a UI and gives its id, security key, first {@code syncId} and the node that
     * listens for the router's navigation events.
     */
    static ChainBuilder bootstrap(String location) {
        return exec(http("bootstrap")
                        .get("/?v-r=init&location=" + location + "&query=")
                        .header("Accept", "application/json")
                        .check(
                                status().is(200),
                                jsonPath("$.appConfig['v-uiId']").ofInt().saveAs(UI_ID),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']")
                                        .saveAs(SECURITY_KEY),
                                jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs(SYNC_ID),
                                jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs(CLIENT_ID),
                                jsonPath("$.appConfig.uidl.changes[?(@.key == 'ui-navigate')].node")
                                        .ofInt()
                                        .saveAs(ROUTER)))
                .exec(session -> session.set(PROMISE, 0));
    }

    /**
     * One user action: a UIDL message with these RPCs (built from the session when it is sent), in
     * the group {@link #ACTIONS}, checked as every answer is and with these checks besides.
     */
    static ChainBuilder action(String name, Function<Session, List<Rpc>> rpcs, CheckBuilder... checks) {
        return group(ACTIONS).on(uidl(name, rpcs, checks));
    }

    /**
     * The grid connector's answer to rows it received: {@code confirmUpdate} with the update's id,
     * sent at once, without the user doing anything.
     */
    static ChainBuilder confirmGridUpdates() {
        return doIf(session -> session.contains(CONFIRMS))
                .then(uidl(
                        "UIDL connector: confirmUpdate",
                        session -> session.<List<String>>getList(CONFIRMS).stream()
                                .map(confirm -> Rpc.call(
                                        Integer.parseInt(confirm.get(0)),
                                        "confirmUpdate",
                                        Integer.parseInt(confirm.get(1))))
                                .toList()));
    }

    /**
     * A UIDL request the client sends by itself (a connector asking for data, say), outside the
     * group of user actions.
     */
    static ChainBuilder uidl(String name, Function<Session, List<Rpc>> rpcs, CheckBuilder... checks) {
        return exec(session -> message(session, rpcs.apply(session)))
                .exec(http(name)
                        .post("/?v-r=uidl&v-uiId=#{" + UI_ID + "}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> session.getString(MESSAGE)))
                        .check(ANSWERED)
                        .check(checks));
    }

    /**
     * Writes the message into the session, numbering the promises of its server calls, and forgets
     * what the previous answer asked to confirm: it has been confirmed, or this message is not its answer.
     */
    private static Session message(Session session, List<Rpc> rpcs) {
        var promise = session.getInt(PROMISE);
        var calls = new ArrayList<Map<String, Object>>();
        for (var rpc : rpcs) {
            var fields = new LinkedHashMap<>(rpc.fields());
            if (rpc.isCall()) {
                fields.put("promise", promise++);
            }
            calls.add(fields);
        }
        var message = new LinkedHashMap<String, Object>();
        message.put("csrfToken", session.getString(SECURITY_KEY));
        message.put("rpc", calls);
        message.put("syncId", session.getInt(SYNC_ID));
        message.put("clientId", session.getInt(CLIENT_ID));
        try {
            return session.remove(CONFIRMS).set(PROMISE, promise).set(MESSAGE, JSON.writeValueAsString(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One RPC of a UIDL message, in the shapes Vaadin's client sends them. */
    record Rpc(Map<String, Object> fields) {

        /** A DOM event on an element, with the event data the server listens for. */
        static Rpc event(int node, String event, Map<String, ?> data) {
            return new Rpc(fields("event", node, "event", event, "data", data));
        }

        /** A property the user changed on an element (a field's value). */
        static Rpc sync(int node, String property, Object value) {
            return new Rpc(fields("mSync", node, "feature", 1, "property", property, "value", value));
        }

        /** A call of a server method the element's connector calls ({@code $server.name(args)}). */
        static Rpc call(int node, String method, Object... args) {
            return new Rpc(fields(
                    "publishedEventHandler",
                    node,
                    "templateEventMethodName",
                    method,
                    "templateEventMethodArgs",
                    List.of(args)));
        }

        boolean isCall() {
            return "publishedEventHandler".equals(fields.get("type"));
        }

        private static Map<String, Object> fields(String type, int node, Object... more) {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("type", type);
            fields.put("node", node);
            for (int i = 0; i < more.length; i += 2) {
                fields.put((String) more[i], more[i + 1]);
            }
            return fields;
        }
    }
}
