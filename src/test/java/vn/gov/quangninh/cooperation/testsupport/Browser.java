package vn.gov.quangninh.cooperation.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A minimal browser for tests of the real security filter chain: it keeps cookies, does not
 * follow redirects, and signs in and out through the forms with their CSRF token as a browser does.
 * It can stand behind a reverse proxy ({@link #from}, {@link #viaHttps}).
 */
public final class Browser {

    public static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Map<String, String> proxyHeaders = new LinkedHashMap<>();

    public Browser(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** A browser that presents an existing session cookie, as someone who copied it would. */
    public static Browser withSession(int port, String sessionId) {
        var browser = new Browser(port);
        var cookie = new HttpCookie(SESSION_COOKIE, sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        browser.cookies.getCookieStore().add(URI.create(browser.baseUrl + "/"), cookie);
        return browser;
    }

    /** Sends the requests as a reverse proxy would for a client at this address. */
    public Browser from(String address) {
        proxyHeaders.put("X-Forwarded-For", address);
        return this;
    }

    /** Sends the requests as a reverse proxy would that received them over HTTPS. */
    public Browser viaHttps() {
        proxyHeaders.put("X-Forwarded-Proto", "https");
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "text/html").GET());
    }

    public HttpResponse<String> getJson(String path) {
        return send(request(path).header("Accept", "application/json").GET());
    }

    /** A download, as a browser follows a link: the body as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(
                    request(path)
                            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request of a program rather than a browser: no Accept header at all. */
    public HttpResponse<String> getWithoutAccept(String path) {
        return send(request(path).GET());
    }

    /** Submits the login form; the answer is the redirect Spring Security sends. */
    public HttpResponse<String> signIn(String username, String password) {
        var token = csrfToken("/login");
        return post("/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + token);
    }

    /** Signs out as the sign-out of the user menu does; the answer is the redirect. */
    public HttpResponse<String> signOut() {
        return post("/logout", "_csrf=" + csrfToken("/"));
    }

    /** The current session cookie, if any. */
    public @Nullable String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(SESSION_COOKIE))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private String csrfToken(String page) {
        var token = CSRF_TOKEN.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + page);
        }
        return encode(token.group(1));
    }

    /** A request as Vaadin's client sends its messages (UIDL): JSON in, JSON out. */
    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> post(String path, String form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        proxyHeaders.forEach(request::header);
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
