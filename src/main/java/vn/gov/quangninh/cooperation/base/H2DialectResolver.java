package vn.gov.quangninh.cooperation.base;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;
import org.jspecify.annotations.Nullable;

/**
 * On H2, Hibernate's own dialect but ordering by names, never by positions in the select list:
 * given {@code order by 11 desc, c.title_sort_key desc, 1 desc} H2 2.4 sorts every match before
 * the page, while the same order by names reads the {@code (closure, title_sort_key)} index and
 * stops after the page (20,000 commitments, page of 25: 30 ms against 0.2 ms; sorts by title and
 * by code). Other databases keep Hibernate's resolution ({@code hibernate.dialect_resolvers}).
 */
public final class H2DialectResolver implements DialectResolver {

    @Override
    public @Nullable Dialect resolveDialect(DialectResolutionInfo info) {
        return "H2".equals(info.getDatabaseName()) ? new NamedOrderH2Dialect(info) : null;
    }

    static final class NamedOrderH2Dialect extends H2Dialect {

        NamedOrderH2Dialect(DialectResolutionInfo info) {
            super(info);
        }

        @Override
        public boolean supportsOrdinalSelectItemReference() {
            return false;
        }
    }
}
