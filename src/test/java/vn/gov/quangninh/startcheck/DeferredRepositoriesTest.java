package vn.gov.quangninh.startcheck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;

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
        application.setWebApplicationType(WebApplicationType.NONE);

        // The application's own properties, and a database of its own for the one entity.
        assertThatThrownBy(() -> application.run(
                        "--spring.datasource.url=jdbc:h2:mem:deferred-check",
                        "--spring.jpa.hibernate.ddl-auto=create-drop"))
                .hasStackTraceContaining("DeferredRepositoryInitializationListener")
                .hasStackTraceContaining("noSuchField");
    }

    /** A database, Hibernate on a thread of its own, and this package's entity and repository. */
    @SpringBootConfiguration
    @AutoConfigurationPackage
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        HibernateJpaAutoConfiguration.class,
        DataJpaRepositoriesAutoConfiguration.class,
        TaskExecutionAutoConfiguration.class
    })
    static class BrokenApplication {}
}
