package vn.gov.quangninh.cooperation.testsupport;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Keeps the last query with an order that Hibernate sends: a grid's page. Installed by a test's
 * {@code spring.jpa.properties.hibernate.session_factory.statement_inspector=} {@link #PROPERTY}.
 */
public final class LastPageQuery implements StatementInspector {

    public static final String PROPERTY = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
            + "vn.gov.quangninh.cooperation.testsupport.LastPageQuery";

    private static volatile String sql = "";

    public static String sql() {
        return sql;
    }

    @Override
    public String inspect(String statement) {
        if (statement.contains(" order by ")) {
            sql = statement;
        }
        return statement;
    }
}
