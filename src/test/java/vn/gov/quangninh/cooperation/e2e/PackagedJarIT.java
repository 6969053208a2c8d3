package vn.gov.quangninh.cooperation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The jar in target/ starts with java -jar in an empty directory and serves the login page. */
@ExtendWith(PackagedApp.class)
class PackagedJarIT {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void servesTheLoginPageInProductionMode() throws Exception {
        var page = client.send(
                HttpRequest.newBuilder(URI.create(PackagedApp.baseUrl() + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<meta name=\"_csrf\"");
        var log = Files.readString(PackagedApp.running().log());
        assertThat(log).doesNotContain("development mode").doesNotContain("ERROR");
    }

    @Test
    void keepsItsDataInTheDataDirectoryAndLoadsTheSampleSetOnce() throws Exception {
        var directory = PackagedApp.running().workingDirectory();
        assertThat(directory.resolve("data/cooperation.mv.db")).exists();
        var log = Files.readString(PackagedApp.running().log());
        assertThat(log)
                .contains("Empty database: loaded the sample data set")
                .contains("demo accounts admin, manager, staff, official");
        System.out.printf(
                "Packaged jar: started in %d ms%n",
                PackagedApp.running().startTime().toMillis());
    }
}
