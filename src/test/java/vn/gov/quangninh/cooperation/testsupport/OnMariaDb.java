package vn.gov.quangninh.cooperation.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a database test class on MariaDB instead of H2: the same tests, the same migrations, from a
 * clean schema. Excluded from the default build; {@code ./mvnw verify -Pmariadb} runs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("mariadb")
@ActiveProfiles("mariadb-test")
@Import(CleanSchemaBeforeMigration.class)
public @interface OnMariaDb {}
