package vn.gov.quangninh.cooperation.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Headless Chromium driven by Playwright. Uses the system's Chromium (Debian package
 * {@code chromium}, or {@code CHROMIUM_PATH}): Playwright's own browser download is not reachable
 * from the build machines. Without a Chromium the journeys are skipped, loudly, unless
 * {@code E2E_REQUIRED=1} (set by .ci/run), which makes a missing browser a failure.
 */
final class Chromium implements AutoCloseable {

    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Path executable) {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }

    private static Chromium launch() {
        var executable = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            var message = "No Chromium at " + executable + ": install Debian's 'chromium' or set CHROMIUM_PATH";
            if ("1".equals(System.getenv("E2E_REQUIRED"))) {
                throw new IllegalStateException(message);
            }
            System.err.println("SKIPPED browser journeys. " + message);
            Assumptions.abort(message);
        }
        return new Chromium(executable);
    }

    /**
     * The run's one Chromium, launched before the first journey and closed when the run ends: each
     * page has a profile of its own, so journeys share the browser and not its cookies. Launched
     * before the journeys' tests rather than for their parameter, so that a missing browser skips
     * them instead of failing the parameter's resolution.
     */
    static final class OnePerRun implements BeforeAllCallback, ParameterResolver {

        @Override
        public void beforeAll(ExtensionContext context) {
            chromium(context);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Chromium.class;
        }

        @Override
        public Chromium resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return chromium(context);
        }

        private static Chromium chromium(ExtensionContext context) {
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(Chromium.class, key -> launch(), Chromium.class);
        }
    }

    /** A fresh browser profile (no cookies), with a desktop window unless a size is given. */
    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    Page newPage() {
        return newPage(1280, 800);
    }

    /** Keeps a picture of the page under target/e2e/screenshots to look at after the run. */
    static void screenshot(Page page, String name) {
        try {
            var directory =
                    Files.createDirectories(PackagedApp.outputDirectory().resolve("screenshots"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(directory.resolve(name + ".png"))
                    .setFullPage(true));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
