package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.testsupport.Browser;
import vn.gov.quangninh.cooperation.testsupport.MutableClock;

/**
 * The security headers over real HTTP, on Vaadin's pages (which Spring's lazy header writing
 * would miss), on redirects and on static files. Behind an HTTPS proxy, the embedded default still
 * sends no HSTS: that is the mysql profile's (MysqlProfileOnMariaDbTest).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=framework")
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
class SecurityHeadersTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'unsafe-eval'");

    @LocalServerPort
    int port;

    private static String header(HttpResponse<?> response, String name) {
        assertThat(response.headers().allValues(name)).as(name).hasSize(1);
        return response.headers().firstValue(name).orElseThrow();
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        assertThat(header(response, "Content-Security-Policy")).matches(".*" + NONCE.pattern() + ".*");
        assertThat(header(response, "Content-Security-Policy"))
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static String nonce(HttpResponse<?> response) {
        var nonce = NONCE.matcher(header(response, "Content-Security-Policy"));
        assertThat(nonce.find()).isTrue();
        return nonce.group(1);
    }

    @Test
    void theLoginPageCarriesTheHeadersAndItsScriptsTheNonce() {
        var page = new Browser(port).viaHttps().get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
        var scripts = Pattern.compile("<script\\b[^>]*>")
                .matcher(page.body())
                .results()
                .toList();
        assertThat(scripts)
                .isNotEmpty()
                .allSatisfy(script -> assertThat(script.group()).contains("nonce=\"" + nonce(page) + "\""));
    }

    @Test
    void everyResponseHasItsOwnNonce() {
        var browser = new Browser(port);
        assertThat(nonce(browser.get("/login"))).isNotEqualTo(nonce(browser.get("/login")));
    }

    @Test
    void theSignedInHomePageRedirectsAndStaticFilesCarryTheHeaders() {
        assertSecurityHeaders(new Browser(port).get("/"));
        assertSecurityHeaders(new Browser(port).get("/styles/app.css"));
        var browser = new Browser(port).from("203.0.113.5").viaHttps();
        browser.signIn("staff", DemoAccounts.PASSWORD);
        assertSecurityHeaders(browser.get("/"));
    }
}
