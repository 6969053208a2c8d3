package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.repository.Repository;

/**
 * The audit log can only grow: nothing in the code can update or delete its rows. In production
 * the database user holds only INSERT and SELECT on the table as well (README, DD006).
 */
class AuditLogAppendOnlyTest {

    @Test
    void theRepositoryOnlyInsertsAndReads() {
        assertThat(SecurityEventRepository.class.getInterfaces()).containsExactly(Repository.class);
        assertThat(Arrays.stream(SecurityEventRepository.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("save", "search");
        assertThat(SecurityEventRepository.class.getMethods())
                .noneMatch(method -> method.isAnnotationPresent(Modifying.class));
    }

    @Test
    void theEntityCannotBeChangedOnceBuilt() {
        assertThat(SecurityEvent.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(SecurityEvent.class.getDeclaredMethods())
                .noneMatch(method -> method.getName().startsWith("set"));
        assertThat(SecurityEvent.class.getDeclaredFields())
                .filteredOn(field -> !Modifier.isStatic(field.getModifiers()))
                .isNotEmpty()
                .allMatch(field -> Modifier.isPrivate(field.getModifiers()));
    }
}
