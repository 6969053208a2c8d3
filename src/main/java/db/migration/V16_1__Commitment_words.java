package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.gov.quangninh.cooperation.base.text.SearchText;

/**
 * Fills {@code commitment_word} for the commitments that existed before V16, with the words the
 * entity gives new ones (Commitment#words). In Java because the folding (diacritics, đ) is
 * SearchText's, which SQL on H2, MySQL and MariaDB alike cannot repeat.
 */
public class V16_1__Commitment_words extends BaseJavaMigration {

    /** The column's length, as Commitment.WORD_LENGTH (this migration must not change with it). */
    private static final int WORD_LENGTH = 40;

    private record Source(long id, String[] texts) {}

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        var sources = read(connection);
        try (var insert =
                connection.prepareStatement("insert into commitment_word (commitment_id, word) values (?, ?)")) {
            int pending = 0;
            for (var source : sources) {
                for (var word : SearchText.words(WORD_LENGTH, source.texts())) {
                    insert.setLong(1, source.id());
                    insert.setString(2, word);
                    insert.addBatch();
                    if (++pending % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static List<Source> read(Connection connection) throws SQLException {
        var sources = new ArrayList<Source>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select id, code, title_vi, counterpart_agency, description from commitment")) {
            while (rows.next()) {
                sources.add(new Source(
                        rows.getLong(1),
                        new String[] {rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)}));
            }
        }
        return sources;
    }
}
