package vn.gov.quangninh.startcheck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application bootstraps its repositories in Spring Data's deferred mode (DD019): they are built
 * after the rest of the context. This keeps what the default mode gave: a query that does not match
 * the entities stops the start, it is not left for the first user who needs it. Outside the
 * application's packages, so that no other test's context scans the broken repository.
 */
class DeferredRepositoriesTest {

    @Test
    void aWrongQueryStillStopsTheStart() {
        SpringApplication application = new SpringApplication(BrokenApplication.class);

        // The application's own properties, and a database of its own for the one entity.
        assertThatThrownBy(() -> application.run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:deferred-check",
                        "--spring.flyway.enabled=false",
                        "--spring.jpa.hibernate.ddl-auto=create-drop"))
                .hasStackTraceContaining("DeferredRepositoryInitializationListener")
                .hasStackTraceContaining("noSuchField");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class BrokenApplication {}
}
