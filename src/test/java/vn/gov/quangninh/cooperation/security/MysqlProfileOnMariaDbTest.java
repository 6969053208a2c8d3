package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.quangninh.cooperation.testsupport.Browser;

/**
 * The production path: the {@code mysql} profile as it is configured, with mysql-connector-j,
 * against MariaDB (MySQL 8 is not available here). Migrates an empty database, creates no demo
 * accounts, bootstraps one administrator with a generated, temporary password, and behind an HTTPS
 * proxy sends HSTS and a session cookie for HTTPS only.
 */
@Tag("mariadb")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("mysql")
@ExtendWith(OutputCaptureExtension.class)
class MysqlProfileOnMariaDbTest {

    private static final String DATABASE = "qn_coop_mysql_profile";
    private static final String SERVER = System.getProperty("mariadb.test.server", "127.0.0.1:3306");
    private static final String USER = System.getProperty("mariadb.test.user", "root");
    private static final String PASSWORD = System.getProperty("mariadb.test.password", "");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeAll
    static void emptyDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:mariadb://" + SERVER + "/", USER, PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4");
        }
    }

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        // What docker-compose.yml hands the application, pointed at the local MariaDB.
        registry.add("MYSQL_URL", () -> "jdbc:mysql://" + SERVER + "/" + DATABASE);
        registry.add("MYSQL_USER", () -> USER);
        registry.add("MYSQL_PASSWORD", () -> PASSWORD);
        registry.add("APP_DATA_DIR", () -> System.getProperty("java.io.tmpdir") + "/qn-mysql-profile");
    }

    @Test
    void connectsThroughMysqlConnectorJ() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDriverName()).isEqualTo("MySQL Connector/J");
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:mysql://");
        }
    }

    @Test
    void appliesAllMigrations() {
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void createsOnlyTheAdministratorWithATemporaryGeneratedPassword(CapturedOutput output) {
        assertThat(accounts.findAll()).extracting(UserAccount::getUsername).containsExactly("admin");
        var admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(AppRoles.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();

        var printed = Pattern.compile("generated password (\\S+) ").matcher(output.getAll());
        assertThat(printed.find()).as("the generated password is printed once").isTrue();
        assertThat(passwordEncoder.matches(printed.group(1), admin.getPasswordHash()))
                .isTrue();
        assertThat(output.getAll()).doesNotContain("demo accounts");
    }

    @Test
    void behindAnHttpsProxyItSendsHstsAndASecureSessionCookie() {
        var page = new Browser(port).from("203.0.113.20").viaHttps().get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith(Browser.SESSION_COOKIE + "=")
                        .contains("Secure", "HttpOnly", "SameSite=Lax"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void vietnameseAndChineseTextSurviveARoundTrip() {
        var account = new UserAccount(
                "duong", "Nguyễn Văn Dương 广西壮族自治区", "{noop}x", List.of(AppRoles.STAFF), null, Instant.EPOCH);
        accounts.saveAndFlush(account);
        assertThat(accounts.findByUsername("duong"))
                .get()
                .extracting(UserAccount::getFullName)
                .isEqualTo("Nguyễn Văn Dương 广西壮族自治区");
        accounts.delete(account);
    }
}
