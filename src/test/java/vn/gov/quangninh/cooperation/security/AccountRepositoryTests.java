package vn.gov.quangninh.cooperation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Migrations and the account tables on a real database: H2 in the default build, MariaDB in the
 * {@code mariadb} run (same tests, see {@link AccountRepositoryOnMariaDbTest}).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
abstract class AccountRepositoryTests {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    DepartmentRepository departments;

    @Autowired
    EntityManager entityManager;

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Test
    void allMigrationsApplied() {
        var info = flyway.info();
        assertThat(info.applied())
                .isNotEmpty()
                .allSatisfy(migration ->
                        assertThat(migration.getState().isApplied()).isTrue());
        assertThat(info.pending()).isEmpty();
    }

    @Test
    void departmentsAreSeededWithTheirVietnameseNames() {
        assertThat(departments.findByCode("SNGV"))
                .get()
                .extracting(Department::getNameVi)
                .isEqualTo("Sở Ngoại vụ");
        assertThat(departments.findByCode("HQMC"))
                .get()
                .extracting(Department::getNameVi)
                .isEqualTo("Chi cục Hải quan Móng Cái");
    }

    @Test
    void vietnameseAndChineseTextSurviveARoundTrip() {
        var liaison = departments.save(new Department("LL-GX", "Văn phòng liên lạc 广西壮族自治区", "Liaison office"));
        var account = accounts.save(new UserAccount(
                "duong",
                "Nguyễn Văn Dương",
                "{noop}x",
                List.of(AppRoles.STAFF),
                liaison,
                Instant.parse("2026-01-02T03:04:05Z")));
        entityManager.flush();
        entityManager.clear();

        // Read back with plain JDBC as well: the bytes in the table, not Hibernate's first-level cache.
        var stored = new JdbcTemplate(dataSource).queryForMap("""
                select a.full_name, d.name_vi from user_account a join department d on d.id = a.department_id
                where a.username = 'duong'""");
        assertThat(stored)
                .containsEntry("full_name", "Nguyễn Văn Dương")
                .containsEntry("name_vi", "Văn phòng liên lạc 广西壮族自治区");

        var found = accounts.findByUsername("duong").orElseThrow();
        assertThat(found.getId()).isEqualTo(account.getId());
        assertThat(found.getFullName()).isEqualTo("Nguyễn Văn Dương");
        assertThat(found.getDepartment().getNameVi()).isEqualTo("Văn phòng liên lạc 广西壮族自治区");
        assertThat(found.getRoles()).containsExactly(AppRoles.STAFF);
        assertThat(found.getCreatedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void usernamesAreUniqueWhateverTheCase() {
        accounts.saveAndFlush(
                new UserAccount("Hai.Nguyen", "Nguyễn Hải", "{noop}x", List.of(AppRoles.STAFF), null, Instant.EPOCH));
        assertThat(accounts.existsByUsername("hai.nguyen")).isTrue();
        assertThatThrownBy(() -> accounts.saveAndFlush(new UserAccount(
                        "hai.nguyen", "Nguyễn Hải (2)", "{noop}x", List.of(AppRoles.STAFF), null, Instant.EPOCH)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void concurrentEditsAreDetectedByTheVersion() {
        var saved = accounts.saveAndFlush(
                new UserAccount("lan", "Trần Thị Lan", "{noop}x", List.of(AppRoles.STAFF), null, Instant.EPOCH));
        assertThat(saved.getVersion()).isZero();
        saved.rename("Trần Thị Lan Anh");
        accounts.saveAndFlush(saved);
        assertThat(saved.getVersion()).isEqualTo(1);
    }
}
