package db.migration;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.gov.quangninh.cooperation.base.text.VietnameseCollation;

/**
 * Fills {@code commitment.lead_sort_key} (V18) with the key the entity gives new commitments
 * (Commitment#leadSortKey): the lead department's Vietnamese name in Vietnamese collation, which
 * SQL on H2, MySQL and MariaDB alike cannot compute. One update per department.
 */
public class V18_1__Lead_sort_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        var names = new LinkedHashMap<Long, String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select id, name_vi from department")) {
            while (rows.next()) {
                names.put(rows.getLong(1), rows.getString(2));
            }
        }
        try (var update =
                connection.prepareStatement("update commitment set lead_sort_key = ? where lead_department_id = ?")) {
            for (var department : names.entrySet()) {
                update.setString(1, VietnameseCollation.sortKey(department.getValue()));
                update.setLong(2, department.getKey());
                update.executeUpdate();
            }
        }
    }
}
