package vn.gov.quangninh.cooperation.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The jar that the build leaves in {@code target/}, started once per test run with {@code java -jar}
 * in an empty directory, on the embedded default: what a newcomer does. End-to-end tests use it
 * with {@code @ExtendWith(PackagedApp.class)} and {@link #baseUrl()}.
 */
public final class PackagedApp implements BeforeAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static Running running;

    record Running(Process process, Path workingDirectory, Path log, String baseUrl, Duration startTime)
            implements AutoCloseable {

        @Override
        public void close() {
            process.destroy();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (PackagedApp.class) {
            if (running == null) {
                running = start();
                context.getRoot()
                        .getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(PackagedApp.class.getName(), (AutoCloseable) running);
            }
        }
    }

    public static String baseUrl() {
        return running.baseUrl();
    }

    static Running running() {
        return running;
    }

    public static Path outputDirectory() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("e2e.output", "target/e2e")));
    }

    private static Running start() throws Exception {
        var jar = Path.of(System.getProperty("app.jar", "target/cooperation-tracker-1.0.0-SNAPSHOT.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run ./mvnw verify");
        }
        var workingDirectory = Files.createTempDirectory("cooperation-tracker-e2e");
        var log = outputDirectory().resolve("app.log");
        int port = freePort();
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        var started = Instant.now();
        var baseUrl = "http://localhost:" + port;
        waitUntilHealthy(process, baseUrl, log);
        return new Running(process, workingDirectory, log, baseUrl, Duration.between(started, Instant.now()));
    }

    private static void waitUntilHealthy(Process process, String baseUrl, Path log) throws Exception {
        var client = HttpClient.newHttpClient();
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + Files.readString(log));
            }
            try {
                var health = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        process.destroy();
        throw new IllegalStateException(
                "The application did not start within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
