package vn.gov.quangninh.cooperation.testsupport;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A shared MariaDB test database starts each Spring context empty, then migrates. */
@TestConfiguration(proxyBeanMethods = false)
class CleanSchemaBeforeMigration {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
