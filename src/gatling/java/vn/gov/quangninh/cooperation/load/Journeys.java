package vn.gov.quangninh.cooperation.load;

import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static vn.gov.quangninh.cooperation.load.Vaadin.action;
import static vn.gov.quangninh.cooperation.load.Vaadin.confirmGridUpdates;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.gov.quangninh.cooperation.load.Vaadin.Rpc;

/**
 * The two kinds of users of the load test (issue 8, figures 3 and 4). Element node ids are never
 * written here: each comes from the answer that renders the element, found by its tag or id.
 */
final class Journeys {

    /** Words of the generated titles (BenchText) as a user types them, some without diacritics. */
    private static final List<String> SEARCH_WORDS =
            List.of("cửa khẩu", "biên giới", "du lich", "thương mại", "kiểm dịch", "hợp tác", "phong", "dao tao");

    private static final String SIGNED_IN = "signedIn";
    private static final String GRID = "grid";
    private static final String SEARCH = "searchField";
    private static final String MINE = "mineButton";
    private static final String COLUMNS = "sortableColumns";
    private static final String ROW = "rowKey";
    private static final String COMMITMENT = "commitmentId";
    private static final String NEW_UPDATE = "newUpdateButton";
    private static final String AS_OF = "asOfField";
    private static final String AS_OF_SHOWN = "asOfShown";
    private static final String LEVEL = "levelGroup";
    private static final String LEVELS = "levels";
    private static final String NARRATIVE = "narrativeField";
    private static final String SUBMIT = "submitButton";

    private Journeys() {}

    static HttpProtocolBuilder protocol(LoadSettings settings) {
        return http.baseUrl(settings.baseUrl())
                .acceptLanguageHeader("vi-VN,vi;q=0.9,en;q=0.5")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling load test (bench/load)");
    }

    /**
     * A foreign-affairs staff member at work, again and again until the run ends: opens the
     * commitments, types a word into the search field, sorts by a column, scrolls down, keeps their
     * own department's (clearing the word if none of those matches it), opens one, opens its
     * progress update form, fills it in and submits it.
     */
    static ScenarioBuilder staff(LoadSettings settings) {
        var think = pause(
                settings.think().dividedBy(2), settings.think().multipliedBy(3).dividedBy(2));
        return again(
                "staff",
                think,
                exec(
                        signIn("staff", settings.password()),
                        doIf(session -> !session.contains(Vaadin.UI_ID)).then(Vaadin.bootstrap("commitments")),
                        openCommitments(),
                        confirmGridUpdates(),
                        think,
                        filter(),
                        confirmGridUpdates(),
                        think,
                        sort(),
                        confirmGridUpdates(),
                        think,
                        scroll(),
                        confirmGridUpdates(),
                        think,
                        mine(),
                        confirmGridUpdates(),
                        doIf(session -> !session.contains(ROW)).then(clearSearch(), confirmGridUpdates()),
                        // Not even one row of their own: the user gives up and reloads the page.
                        doIf(session -> !session.contains(ROW)).then(exec(Session::markAsFailed)),
                        think,
                        openCommitment(),
                        think,
                        openUpdateForm(),
                        think,
                        fillUpdate(),
                        think,
                        submitUpdate(),
                        think));
    }

    /**
     * An official who downloads the commitment status report of the configured period (about 5,000
     * rows on the bench data), again as soon as it has come.
     */
    static ScenarioBuilder official(LoadSettings settings) {
        return again(
                "official",
                pause(settings.think()),
                exec(
                        signIn("official", settings.password()),
                        http("report PDF")
                                .get("/reports/commitment-status.pdf")
                                .queryParam("lang", "vi")
                                .queryParam("from", settings.reportFrom().toString())
                                .queryParam("to", settings.reportTo().toString())
                                // Ten at once on one core take minutes each; the figure is the staff's.
                                .requestTimeout(Duration.ofMinutes(10))
                                .check(
                                        status().is(200),
                                        header("Content-Type").is("application/pdf"),
                                        bodyBytes()
                                                .transform(pdf ->
                                                        new String(Arrays.copyOf(pdf, 5), StandardCharsets.ISO_8859_1))
                                                .is("%PDF-"),
                                        bodyLength().gte(settings.minPdfBytes()))));
    }

    /**
     * The work, again and again until the run ends. After a failed step the user waits, then reloads
     * the page (a new UI), signing in first if that was what failed, as a person would.
     */
    private static ScenarioBuilder again(String name, ChainBuilder wait, ChainBuilder work) {
        return scenario(name)
                .forever()
                .on(
                        doIf(Session::isFailed)
                                .then(exec(session -> session.markAsSucceeded().remove(Vaadin.UI_ID)), wait),
                        exitBlockOnFail().on(work));
    }

    /** The login form with its CSRF token, as a browser submits it; once, unless it failed. */
    private static ChainBuilder signIn(String username, String password) {
        return doIf(session -> !session.contains(SIGNED_IN))
                .then(
                        http("sign in: form")
                                .get("/login")
                                .header("Accept", "text/html")
                                .check(
                                        status().is(200),
                                        regex("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                                                .saveAs("csrf")),
                        http("sign in: submit")
                                .post("/login")
                                .formParam("username", username)
                                .formParam("password", password)
                                .formParam("_csrf", "#{csrf}")
                                .disableFollowRedirect()
                                .check(
                                        status().is(302),
                                        header("Location")
                                                .transform(location -> location.contains("error"))
                                                .is(false)),
                        exec(session -> session.set(SIGNED_IN, true)));
    }

    /**
     * The menu's link: the client router's navigation event, answered with the view and its first
     * rows. A journey ends on a commitment or fails (and the next one starts on a new UI), so the
     * view is always a new one, with new nodes.
     */
    private static ChainBuilder openCommitments() {
        return exec(session -> session.removeAll(ROW, COMMITMENT, NEW_UPDATE))
                .exec(action(
                        "open commitments",
                        session -> List.of(Rpc.event(
                                session.getInt(Vaadin.ROUTER),
                                "ui-navigate",
                                Map.of(
                                        "route",
                                        "commitments",
                                        "query",
                                        "",
                                        "appShellTitle",
                                        "",
                                        "historyState",
                                        Map.of("idx", 0),
                                        "trigger",
                                        ""))),
                        elementWithTag("vaadin-grid").saveAs(GRID),
                        elementWithId("filter-text").saveAs(SEARCH),
                        elementWithId("quick-mine").saveAs(MINE),
                        regex(
                                        "true,\"(col\\d+)\",\\{\"@v-node\":\\d+\\},\"return \\(async function\\(\\) \\{ this\\.\\$connector\\.setHeaderRenderer")
                                .findAll()
                                .saveAs(COLUMNS)));
    }

    /**
     * Typing a word: the field's value (ValueChangeMode.LAZY syncs it on the debounced
     * {@code input} event; "1" is the listener's filter, true, and "for" the debounce phase, as
     * the browser sends them). The grid answers with the matching rows.
     */
    private static ChainBuilder filter() {
        return action(
                "filter",
                session -> List.of(
                        Rpc.sync(session.getInt(SEARCH), "value", pick(SEARCH_WORDS)),
                        Rpc.event(session.getInt(SEARCH), "input", Map.of("1", 1, "for", "trailing"))));
    }

    /** A click on a column's sorter: the connector sends the grid's sorters. */
    private static ChainBuilder sort() {
        return action(
                "sort",
                session -> List.of(Rpc.call(
                        session.getInt(GRID),
                        "sortersChanged",
                        List.of(Map.of(
                                "path",
                                pick(session.<String>getList(COLUMNS)),
                                "direction",
                                pick(List.of("asc", "desc")))))));
    }

    /** Scrolling past the first page: the connector asks for the rows around the new viewport. */
    private static ChainBuilder scroll() {
        return action("scroll", session -> List.of(Rpc.call(session.getInt(GRID), "setViewportRange", 50, 100)));
    }

    /**
     * "Mine": the user's own department's commitments, of which they may report progress. The grid
     * shrinks and goes back to its top, and its connector asks for the rows there: one of those is
     * the row the user clicks next.
     */
    private static ChainBuilder mine() {
        return exec(
                action("mine", session -> List.of(Rpc.event(session.getInt(MINE), "click", click()))),
                confirmGridUpdates(),
                exec(session -> session.remove(ROW)),
                Vaadin.uidl(
                        "UIDL connector: setViewportRange",
                        session -> List.of(Rpc.call(session.getInt(GRID), "setViewportRange", 0, 100)),
                        rowKey()));
    }

    /**
     * None of their own matches the word: the user clears the search field, and the grid answers
     * with the department's rows.
     */
    private static ChainBuilder clearSearch() {
        return action(
                "clear search",
                session -> List.of(
                        Rpc.sync(session.getInt(SEARCH), "value", ""),
                        Rpc.event(session.getInt(SEARCH), "input", Map.of("1", 1, "for", "trailing"))),
                rowKey());
    }

    /** The key of one of the rows the grid sends ({@code $connector.set}), if it sends any. */
    private static CheckBuilder.Final rowKey() {
        return jsonPath("$.execute[*][2][*].key").findRandom().optional().saveAs(ROW);
    }

    /** A click on a row: the connector selects it and sends the item click; the server navigates. */
    private static ChainBuilder openCommitment() {
        return action(
                "open commitment",
                session -> {
                    var grid = session.getInt(GRID);
                    var key = session.getString(ROW);
                    var data = new LinkedHashMap<String, Object>();
                    click().forEach((name, value) -> data.put(name.replace("event.", "event.detail."), value));
                    data.put("event.detail.itemKey", key);
                    data.put("event.detail.internalColumnId", pick(session.<String>getList(COLUMNS)));
                    return List.of(
                            Rpc.call(grid, "select", key),
                            Rpc.call(grid, "setDetailsVisible", key),
                            Rpc.event(grid, "item-click", data));
                },
                regex("\\[null,\"commitments/(\\d+)\",false,").saveAs(COMMITMENT),
                elementWithId("new-update").saveAs(NEW_UPDATE));
    }

    private static ChainBuilder openUpdateForm() {
        return action(
                "open update form",
                session -> List.of(Rpc.event(session.getInt(NEW_UPDATE), "click", click())),
                substring(session -> "\"commitments/" + session.getString(COMMITMENT) + "/updates/new\""),
                elementWithId("as-of-date").saveAs(AS_OF),
                jsonPath("$")
                        .ofMap()
                        .transform(answer -> UidlAnswer.property(answer, "as-of-date", "value"))
                        .saveAs(AS_OF_SHOWN),
                elementWithId("proposed-level").saveAs(LEVEL),
                jsonPath("$")
                        .ofMap()
                        .transform(answer -> UidlAnswer.childValues(answer, "proposed-level"))
                        .saveAs(LEVELS),
                elementWithId("narrative-vi").saveAs(NARRATIVE),
                elementWithId("submit-update").saveAs(SUBMIT));
    }

    /**
     * The as-of date moved back up to a week from the day the form shows (the application's today),
     * and a proposed level. Not the last level: "complete" needs evidence, which this form does not attach.
     */
    private static ChainBuilder fillUpdate() {
        return action("fill update", session -> {
            var asOf = LocalDate.parse(session.getString(AS_OF_SHOWN))
                    .minusDays(ThreadLocalRandom.current().nextInt(7));
            var levels = session.<String>getList(LEVELS);
            return List.of(
                    Rpc.sync(session.getInt(AS_OF), "value", asOf.toString()),
                    Rpc.event(session.getInt(AS_OF), "value-changed", Map.of()),
                    Rpc.sync(session.getInt(LEVEL), "value", pick(levels.subList(0, levels.size() - 1))),
                    Rpc.event(session.getInt(LEVEL), "value-changed", Map.of()));
        });
    }

    /**
     * The narrative, synced when the text area loses the focus to the submit button, and the click,
     * in one message as the browser sends them. A submitted update leads back to the commitment.
     */
    private static ChainBuilder submitUpdate() {
        return action(
                "submit update",
                session -> List.of(
                        Rpc.sync(
                                session.getInt(NARRATIVE),
                                "value",
                                "Đã làm việc với phía Quảng Tây; hai bên thống nhất các bước tiếp theo (kiểm thử tải)."),
                        Rpc.event(session.getInt(NARRATIVE), "change", Map.of()),
                        Rpc.event(session.getInt(SUBMIT), "click", click())),
                substring(session -> "\"commitments/" + session.getString(COMMITMENT) + "\",false,"));
    }

    private static CheckBuilder.MultipleFind<Integer> elementWithTag(String tag) {
        return jsonPath("$.changes[?(@.key == 'tag' && @.value == '" + tag + "')].node")
                .ofInt();
    }

    private static CheckBuilder.MultipleFind<Integer> elementWithId(String id) {
        return jsonPath("$.changes[?(@.key == 'id' && @.value == '" + id + "')].node")
                .ofInt();
    }

    /** The data of a left click, as Vaadin's ClickEvent reads it. */
    private static Map<String, Object> click() {
        var data = new LinkedHashMap<String, Object>();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 300);
        data.put("event.clientY", 200);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 300);
        data.put("event.screenX", 310);
        return data;
    }

    private static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
