package vn.gov.quangninh.cooperation.testsupport;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the security audit log straight from its table, as an auditor with SELECT would. */
public final class AuditRows {

    private final JdbcTemplate jdbc;

    public AuditRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The rows of one type and user, oldest first: event_type, username, remote_address, detail. */
    public List<Map<String, Object>> of(String type, String username) {
        return jdbc.queryForList(
                "select event_type, username, remote_address, detail from security_event"
                        + " where event_type = ? and username = ? order by id",
                type,
                username);
    }

    /** The details of the rows of one type and user, oldest first. */
    public List<String> details(String type, String username) {
        return of(type, username).stream()
                .map(row -> (String) row.get("detail"))
                .toList();
    }
}
