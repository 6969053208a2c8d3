import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Gatling reports of {@code bench/load} into figures 3 and 4 of issue 8 (DD014):
 * {@code load.md} and {@code load.json}. Gatling 3.15 writes no {@code stats.json} any more and its
 * {@code simulation.log} is binary, so the statistics are read from the report's table (found by
 * its column titles, which fail loudly if they change) and its table of errors. Run with the JDK's
 * source launcher, no build needed:
 *
 * <pre>java -Dload.users=300 ... bench/LoadReport.java OUT_DIR STAFF_REPORT [STAFF_WITH_REPORTS_REPORT]</pre>
 *
 * The run's settings come as {@code load.*} system properties, only to be written out with the figures.
 */
public final class LoadReport {

    static final String ACTIONS = "UIDL action";
    static final long P95_TARGET_MS = 300;
    static final double RATIO_TARGET = 1.5;

    /** One line of the report's statistics: a request, or a group (its requests' times together). */
    record Line(
            String name, long count, long ok, long ko, long min, long p50, long p95, long p99, long max, long mean) {}

    /** One Gatling run: its lines, and its errors (failed checks and requests that could not be built). */
    record Run(Path report, Map<String, Line> lines, Map<String, Long> errors) {

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        Line actions() {
            var actions = lines.get(ACTIONS);
            if (actions == null) {
                throw new IllegalStateException("No group '" + ACTIONS + "' in " + report);
            }
            return actions;
        }
    }

    private static final Pattern HEADER = Pattern.compile("<th id=\"(col-\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]+)");
    private static final Pattern ROW =
            Pattern.compile("<tr id=\"([^\"]+)\" data-parent=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("<tr id=\"ROOT\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*(col-\\d+)\">([^<]*)</td>");
    private static final Pattern ERROR = Pattern.compile(
            "<td class=\"error-col-1 total ko\">(.*?)<span[^>]*>[^<]*</span></td>\\s*<td class=\"value error-col-2 total ko\">(\\d+)</td>",
            Pattern.DOTALL);

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
    /** HTML 4's names for the characters 160 to 255, in order, and the markup ones. */
    private static final Map<String, String> NAMED = named();

    private static Map<String, String> named() {
        var names = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn"
                        + " sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave"
                        + " Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc"
                        + " Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml"
                        + " Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc"
                        + " euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash"
                        + " ugrave uacute ucirc uuml yacute thorn yuml")
                .split(" ");
        var named = new LinkedHashMap<String, String>();
        for (int i = 0; i < names.length; i++) {
            named.put(names[i], Character.toString(160 + i));
        }
        named.putAll(Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'"));
        return named;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("Usage: LoadReport OUT_DIR STAFF_REPORT [STAFF_WITH_REPORTS_REPORT]");
        }
        var out = Path.of(args[0]);
        var staff = read(Path.of(args[1]));
        var withReports = args.length > 2 ? read(Path.of(args[2])) : null;
        Files.createDirectories(out);
        Files.writeString(out.resolve("load.json"), json(staff, withReports));
        Files.writeString(out.resolve("load.md"), markdown(staff, withReports));
        System.out.print(summary(staff, withReports));
    }

    static Run read(Path report) throws IOException {
        var html = Files.readString(report.resolve("index.html"));
        var columns = columns(html);
        var lines = new LinkedHashMap<String, Line>();
        var names = new LinkedHashMap<String, String>();
        var root = ROOT.matcher(html);
        if (!root.find()) {
            throw new IllegalStateException("No statistics in " + report);
        }
        lines.put("All requests", line("All requests", root.group(1), columns));
        var rows = ROW.matcher(html);
        while (rows.find()) {
            var name = unescape(find(NAME, rows.group(3), "name"));
            var parent = names.get(rows.group(2));
            var fullName = parent == null ? name : parent + " / " + name;
            names.put(rows.group(1), fullName);
            lines.put(fullName, line(fullName, rows.group(3), columns));
        }
        var errors = new LinkedHashMap<String, Long>();
        var error = ERROR.matcher(html);
        while (error.find()) {
            errors.merge(unescape(error.group(1).strip()), Long.parseLong(error.group(2)), Long::sum);
        }
        return new Run(report, lines, errors);
    }

    /** Which column holds what, from the titles: the percentiles shown are configurable in Gatling. */
    private static Map<String, String> columns(String html) {
        var columns = new LinkedHashMap<String, String>();
        var header = HEADER.matcher(html);
        while (header.find()) {
            columns.putIfAbsent(header.group(2).strip(), header.group(1));
        }
        for (var title : List.of("Total", "OK", "KO", "Min", "50th pct", "95th pct", "99th pct", "Max", "Mean")) {
            if (!columns.containsKey(title)) {
                throw new IllegalStateException(
                        "The Gatling report has no column '" + title + "': " + columns.keySet());
            }
        }
        return columns;
    }

    private static Line line(String name, String row, Map<String, String> columns) {
        var cells = new LinkedHashMap<String, String>();
        var cell = CELL.matcher(row);
        while (cell.find()) {
            cells.put(cell.group(1), cell.group(2).strip());
        }
        return new Line(
                name,
                number(cells.get(columns.get("Total"))),
                number(cells.get(columns.get("OK"))),
                number(cells.get(columns.get("KO"))),
                number(cells.get(columns.get("Min"))),
                number(cells.get(columns.get("50th pct"))),
                number(cells.get(columns.get("95th pct"))),
                number(cells.get(columns.get("99th pct"))),
                number(cells.get(columns.get("Max"))),
                number(cells.get(columns.get("Mean"))));
    }

    /** Gatling shows "-" where a line has no successful request to time. */
    private static long number(String text) {
        return text == null || text.equals("-") ? -1 : Math.round(Double.parseDouble(text));
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " in " + text);
        }
        return matcher.group(1).strip();
    }

    /**
     * Gatling's report writes text with HTML 4 entities: accented Latin-1 letters by name (as in
     * Vietnamese error messages), others by number.
     */
    private static String unescape(String html) {
        var text = new StringBuilder();
        var entity = ENTITY.matcher(html);
        while (entity.find()) {
            var name = entity.group(1);
            String character;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                character = Character.toString(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                character = Character.toString(Integer.parseInt(name.substring(1)));
            } else {
                character = NAMED.getOrDefault(name, entity.group());
            }
            entity.appendReplacement(text, Matcher.quoteReplacement(character));
        }
        return entity.appendTail(text).toString();
    }

    private static double ratio(Run staff, Run withReports) {
        return (double) withReports.actions().p95()
                / Math.max(1, staff.actions().p95());
    }

    private static String settings() {
        var settings = new LinkedHashMap<String, String>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("load."))
                .sorted()
                .forEach(name -> settings.put(name.substring("load.".length()), System.getProperty(name)));
        var json = new StringBuilder("{");
        settings.forEach((name, value) -> json.append(json.length() > 1 ? ", " : "")
                .append(quote(name))
                .append(": ")
                .append(quote(value)));
        return json.append('}').toString();
    }

    static String json(Run staff, Run withReports) {
        var json = new StringBuilder("{\n  \"settings\": ").append(settings());
        var actions = staff.actions();
        json.append(",\n  \"figure3\": {\"uidlActionP95Ms\": ")
                .append(actions.p95())
                .append(", \"errors\": ")
                .append(staff.errorCount())
                .append(", \"targetP95Ms\": ")
                .append(P95_TARGET_MS)
                .append(", \"met\": ")
                .append(actions.p95() <= P95_TARGET_MS && staff.errorCount() == 0)
                .append('}');
        if (withReports != null) {
            var ratio = ratio(staff, withReports);
            var pdf = withReports.lines().get("report PDF");
            json.append(",\n  \"figure4\": {\"uidlActionP95WithoutMs\": ")
                    .append(actions.p95())
                    .append(", \"uidlActionP95WithMs\": ")
                    .append(withReports.actions().p95())
                    .append(", \"ratio\": ")
                    .append(String.format(Locale.ROOT, "%.2f", ratio))
                    .append(", \"targetRatio\": ")
                    .append(RATIO_TARGET)
                    .append(", \"errors\": ")
                    .append(withReports.errorCount())
                    .append(", \"met\": ")
                    .append(ratio <= RATIO_TARGET)
                    .append(", \"pdf\": ")
                    .append(pdf == null ? "null" : lineJson(pdf))
                    .append('}');
        }
        json.append(",\n  \"runs\": {\n    \"staff\": ").append(runJson(staff));
        if (withReports != null) {
            json.append(",\n    \"staffWithReports\": ").append(runJson(withReports));
        }
        return json.append("\n  }\n}\n").toString();
    }

    private static String runJson(Run run) {
        var json = new StringBuilder("{\"report\": ")
                .append(quote(run.report().toString()))
                .append(", \"errors\": ")
                .append(run.errorCount())
                .append(", \"errorMessages\": {");
        var first = true;
        for (var error : run.errors().entrySet()) {
            json.append(first ? "" : ", ")
                    .append(quote(error.getKey()))
                    .append(": ")
                    .append(error.getValue());
            first = false;
        }
        json.append("},\n      \"requests\": [");
        first = true;
        for (var line : run.lines().values()) {
            json.append(first ? "\n        " : ",\n        ").append(lineJson(line));
            first = false;
        }
        return json.append("\n      ]}").toString();
    }

    private static String lineJson(Line line) {
        return "{\"name\": %s, \"count\": %d, \"ok\": %d, \"ko\": %d, \"minMs\": %d, \"p50Ms\": %d, \"p95Ms\": %d, \"p99Ms\": %d, \"maxMs\": %d, \"meanMs\": %d}"
                .formatted(
                        quote(line.name()),
                        line.count(),
                        line.ok(),
                        line.ko(),
                        line.min(),
                        line.p50(),
                        line.p95(),
                        line.p99(),
                        line.max(),
                        line.mean());
    }

    private static String quote(String text) {
        var quoted = new StringBuilder("\"");
        for (var c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append("\\u%04x".formatted((int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    static String summary(Run staff, Run withReports) {
        var text = new StringBuilder();
        var actions = staff.actions();
        text.append("Figure 3: UIDL action p95 %d ms (target %d), %d errors (target 0): %s%n"
                .formatted(
                        actions.p95(),
                        P95_TARGET_MS,
                        staff.errorCount(),
                        actions.p95() <= P95_TARGET_MS && staff.errorCount() == 0 ? "met" : "MISSED"));
        if (withReports != null) {
            var ratio = ratio(staff, withReports);
            text.append("Figure 4: UIDL action p95 %d ms with the officials, %d ms without: %s x (target %s), %s%n"
                    .formatted(
                            withReports.actions().p95(),
                            actions.p95(),
                            String.format(Locale.ROOT, "%.2f", ratio),
                            RATIO_TARGET,
                            ratio <= RATIO_TARGET ? "met" : "MISSED"));
        }
        return text.toString();
    }

    static String markdown(Run staff, Run withReports) {
        var md = new StringBuilder("# Load test (bench/load)\n\n");
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("load."))
                .sorted()
                .forEach(name -> md.append("- ")
                        .append(name.substring("load.".length()))
                        .append(": ")
                        .append(System.getProperty(name))
                        .append('\n'));
        md.append("\n## Figures\n\n```\n").append(summary(staff, withReports)).append("```\n");
        table(md, "Staff only (figure 3, and figure 4 without the officials)", staff);
        if (withReports != null) {
            table(md, "Staff while the officials download the report (figure 4)", withReports);
        }
        return md.toString();
    }

    private static void table(StringBuilder md, String title, Run run) {
        md.append("\n## ")
                .append(title)
                .append("\n\nGatling report: `")
                .append(run.report())
                .append("`\n\n");
        md.append(
                "| request | count | KO | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (var line : run.lines().values()) {
            md.append("| %s | %d | %d | %d | %d | %d | %d |%n"
                    .formatted(line.name(), line.count(), line.ko(), line.p50(), line.p95(), line.p99(), line.max()));
        }
        md.append("\nErrors: ").append(run.errorCount()).append('\n');
        run.errors()
                .forEach((message, count) -> md.append("- ")
                        .append(count)
                        .append(" × ")
                        .append(message)
                        .append('\n'));
    }
}
