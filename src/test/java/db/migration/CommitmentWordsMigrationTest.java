package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Commitments recorded before the word index get their words when the database is migrated. */
class CommitmentWordsMigrationTest {

    @Test
    void commitmentsFromBeforeV16AreFoundByTheirWords() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:words-migration;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        var jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource).target("16").load().migrate();
        jdbc.update("""
                insert into commitment (code, title_vi, awaiting_counterpart, lead_department_id, ongoing,
                    priority, completion, closure, created_at, title_sort_key, search_text, description)
                values ('UBCTLH16-05', 'Mở cặp cửa khẩu Hoành Mô – Động Trung', false,
                    (select min(id) from department), false, 'HIGH', 'COMPLETE', 'OPEN', current_timestamp,
                    'mo', 'ubctlh16-05', 'Đã thông quan 25/6/2024')""");

        flyway(dataSource).load().migrate();

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

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(JdbcDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    }
}
