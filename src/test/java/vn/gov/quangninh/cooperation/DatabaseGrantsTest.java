package vn.gov.quangninh.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's production grants name every table the migrations create, once: MySQL grants per
 * table there, so a table left out would be unreachable for the application in production. The
 * logs that must only grow are granted no more than SELECT and INSERT.
 */
class DatabaseGrantsTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE ([a-z_0-9]+)");
    private static final Pattern GRANT =
            Pattern.compile("GRANT ([A-Z, ]+?)\\s+ON cooperation\\.([a-z_0-9]+)\\s+TO 'cooperation'@'%';");

    @Test
    void everyTableHasItsGrantAndTheLogsOnlyGrow() throws IOException {
        var tables = new TreeSet<String>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (var migration : migrations.toList()) {
                CREATE_TABLE.matcher(Files.readString(migration)).results().forEach(m -> tables.add(m.group(1)));
            }
        }
        Map<String, String> grants = new LinkedHashMap<>();
        GRANT.matcher(Files.readString(Path.of("README.md")))
                .results()
                .forEach(m -> assertThat(grants.put(m.group(2), m.group(1).strip()))
                        .as("granted twice: " + m.group(2))
                        .isNull());

        assertThat(grants.keySet()).containsExactlyInAnyOrderElementsOf(tables);
        assertThat(grants).containsEntry("security_event", "SELECT, INSERT");
    }
}
