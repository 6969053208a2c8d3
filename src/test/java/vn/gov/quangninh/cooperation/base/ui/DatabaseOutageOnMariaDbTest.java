package vn.gov.quangninh.cooperation.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.quangninh.cooperation.agreement.AgreementFilter;
import vn.gov.quangninh.cooperation.agreement.AgreementService;
import vn.gov.quangninh.cooperation.testsupport.CuttableProxy;
import vn.gov.quangninh.cooperation.testsupport.OnMariaDb;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/**
 * The database goes away under the running application and comes back: meanwhile users get the
 * translated "database unavailable" message within seconds (no hang, no stack trace), and
 * afterwards the application works again by itself (Hikari settings in application.properties).
 * The outage is a TCP proxy between the application and MariaDB that the test cuts and restores.
 */
@OnMariaDb
@SpringBootTest
@DirtiesContext
class DatabaseOutageOnMariaDbTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static @Nullable CuttableProxy proxy;

    @Autowired
    AgreementService agreements;

    @Autowired
    SignedIn signedIn;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        var url = System.getProperty(
                "mariadb.test.url", "jdbc:mariadb://127.0.0.1:3306/qn_coop_test?createDatabaseIfNotExist=true");
        var database = URI.create(url.substring("jdbc:".length()));
        proxy = new CuttableProxy(database.getHost(), database.getPort());
        registry.add("spring.datasource.url", () -> url.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/"));
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    private Object anyServiceCall() {
        return agreements.search(AgreementFilter.all(), PageRequest.of(0, 5));
    }

    @Test
    void usersAreToldWithinSecondsAndTheApplicationRecoversByItself() throws Exception {
        signedIn.as("staff");
        assertThat(anyServiceCall()).isNotNull();

        proxy.cut();
        long start = System.nanoTime();
        var failure = catchThrowable(this::anyServiceCall);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WITHIN);
        assertThat(failure).isNotNull();
        assertThat(ErrorHandling.UserMessage.of(failure).key()).isEqualTo("error.database-unavailable");

        proxy.restore();
        start = System.nanoTime();
        RuntimeException stillFailing;
        do {
            stillFailing = null;
            try {
                anyServiceCall();
            } catch (RuntimeException notYet) {
                stillFailing = notYet;
                Thread.sleep(200);
            }
        } while (stillFailing != null
                && Duration.ofNanos(System.nanoTime() - start).compareTo(WITHIN) < 0);
        assertThat(stillFailing)
                .as("the application works again after the outage")
                .isNull();
    }
}
