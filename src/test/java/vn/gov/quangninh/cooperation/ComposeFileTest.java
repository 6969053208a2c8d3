package vn.gov.quangninh.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run on the build machines (no Docker engine), so it is kept correct by
 * reading it: service names, ports and environment variables must match what the {@code mysql}
 * profile of the application expects.
 */
class ComposeFileTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)(:[^}]*)?}");

    private final Map<String, Object> compose = load();
    private final Map<String, Object> mysql = service("mysql");
    private final Map<String, Object> app = service("app");
    private final Map<String, String> appEnvironment = environment(app);
    private final Map<String, String> mysqlEnvironment = environment(mysql);

    @Test
    void runsMysql84AndTheApplicationWithTheMysqlProfile() {
        assertThat((String) mysql.get("image")).startsWith("mysql:8.4");
        assertThat(appEnvironment).containsEntry("SPRING_PROFILES_ACTIVE", "mysql");
        assertThat(app.get("build")).isEqualTo(".");
        assertThat(Path.of("Dockerfile")).exists();
    }

    @Test
    void providesEveryVariableTheMysqlProfileReads() throws IOException {
        var profile = Files.readString(Path.of("src/main/resources/application-mysql.properties"));
        var required = PLACEHOLDER
                .matcher(profile)
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());
        assertThat(required).contains("MYSQL_URL", "MYSQL_USER", "MYSQL_PASSWORD", "APP_ADMIN_PASSWORD");
        assertThat(appEnvironment.keySet()).containsAll(required);
    }

    @Test
    void databaseUrlPointsAtTheMysqlServiceAndItsDatabase() {
        var url = URI.create(appEnvironment.get("MYSQL_URL").substring("jdbc:".length()));
        assertThat(url.getScheme()).isEqualTo("mysql");
        assertThat(url.getHost()).isEqualTo("mysql");
        assertThat(url.getPort()).isEqualTo(3306);
        assertThat(url.getPath()).isEqualTo("/" + mysqlEnvironment.get("MYSQL_DATABASE"));
        assertThat(appEnvironment.get("MYSQL_USER")).isEqualTo(mysqlEnvironment.get("MYSQL_USER"));
        assertThat(appEnvironment.get("MYSQL_PASSWORD")).isEqualTo(mysqlEnvironment.get("MYSQL_PASSWORD"));
    }

    @Test
    void keepsDataInNamedVolumesAndStartsTheAppWhenMysqlIsHealthy() {
        @SuppressWarnings("unchecked")
        var volumes = (Map<String, Object>) compose.get("volumes");
        assertThat(volumes).containsKeys("mysql-data", "app-data");
        assertThat(list(mysql, "volumes")).contains("mysql-data:/var/lib/mysql");
        assertThat(list(app, "volumes")).contains("app-data:" + appEnvironment.get("APP_DATA_DIR"));
        assertThat(mysql).containsKey("healthcheck");
        assertThat(app).containsKey("healthcheck");
        assertThat(app.get("depends_on").toString()).contains("mysql").contains("service_healthy");
    }

    @Test
    void publishesTheApplicationPort() throws IOException {
        assertThat(list(app, "ports")).contains("8080:8080");
        assertThat(list(app, "healthcheck", "test").toString()).contains("localhost:8080/actuator/health");
        var defaults = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            defaults.load(reader);
        }
        assertThat(defaults.getProperty("server.port", "8080")).isEqualTo("8080");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        var services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        return ((Map<String, Object>) service.get("environment"))
                .entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> String.valueOf(entry.getValue())));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> map, String... path) {
        Object value = map;
        for (var key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return (List<Object>) value;
    }

    private static Map<String, Object> load() {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
