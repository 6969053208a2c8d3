package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.quangninh.cooperation.commitment.Commitment;
import vn.gov.quangninh.cooperation.commitment.CompletionLevel;

/** Commitments recorded before a migration get what it adds, as the entity would give them. */
class CommitmentMigrationsTest {

    @Test
    void commitmentsFromBeforeV16AreFoundByTheirWords() {
        var database = Database.migratedTo("words-migration", "16");
        var jdbc = database.jdbc();
        jdbc.update("""
                insert into commitment (code, title_vi, awaiting_counterpart, lead_department_id, ongoing,
                    priority, completion, closure, created_at, title_sort_key, search_text, description)
                values ('UBCTLH16-05', 'Mở cặp cửa khẩu Hoành Mô – Động Trung', false,
                    (select min(id) from department), false, 'HIGH', 'COMPLETE', 'OPEN', current_timestamp,
                    'mo', 'ubctlh16-05', 'Đã thông quan 25/6/2024')""");

        database.migrateTheRest();

        assertThat(jdbc.queryForList("select word from commitment_word order by word", String.class))
                .containsExactly(
                        "05",
                        "2024",
                        "25",
                        "6",
                        "cap",
                        "cua",
                        "da",
                        "dong",
                        "hoanh",
                        "khau",
                        "mo",
                        "quan",
                        "thong",
                        "trung",
                        "ubctlh16");
    }

    @Test
    void commitmentsFromBeforeV18SortByTheirLevelAndTheirLeadsName() {
        var database = Database.migratedTo("orders-migration", "17");
        var jdbc = database.jdbc();
        jdbc.update("""
                insert into commitment (code, title_vi, awaiting_counterpart, lead_department_id, ongoing,
                    priority, completion, closure, created_at, title_sort_key, search_text)
                values ('HDDX2026-03', 'Thúc đẩy thông quan nông sản', false,
                    (select id from department where code = 'SCT'), false, 'HIGH', 'SUBSTANTIAL', 'OPEN',
                    current_timestamp, 'thuc', 'hddx2026-03')""");

        database.migrateTheRest();

        assertThat(jdbc.queryForMap("select completion_rank, lead_sort_key from commitment"))
                .containsEntry("completion_rank", CompletionLevel.SUBSTANTIAL.ordinal())
                .containsEntry("lead_sort_key", Commitment.leadSortKey("Sở Công Thương"));
    }

    /** An H2 database of its own, in MySQL mode as the application's, migrated up to a version. */
    private record Database(JdbcDataSource source, JdbcTemplate jdbc) {

        static Database migratedTo(String name, String version) {
            var source = new JdbcDataSource();
            source.setURL("jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
            var database = new Database(source, new JdbcTemplate(source));
            database.flyway().target(version).load().migrate();
            return database;
        }

        void migrateTheRest() {
            flyway().load().migrate();
        }

        private FluentConfiguration flyway() {
            return Flyway.configure().dataSource(source).locations("classpath:db/migration");
        }
    }
}
