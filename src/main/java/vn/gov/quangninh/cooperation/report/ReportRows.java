package vn.gov.quangninh.cooperation.report;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.jspecify.annotations.Nullable;

/**
 * Rows for a report as a JasperReports data source. JasperReports reads JavaBeans (getters) and
 * maps, but not records, which are what services return here; records are read through their
 * accessors, looked up once per class.
 */
public final class ReportRows {

    private ReportRows() {}

    @SuppressWarnings("unchecked")
    public static JRDataSource of(Collection<?> rows) {
        var first = rows.stream().filter(row -> row != null).findFirst().orElse(null);
        if (first instanceof Record) {
            return new RecordDataSource(rows);
        }
        if (first instanceof Map) {
            return new JRMapCollectionDataSource((Collection<Map<String, ?>>) rows);
        }
        return new JRBeanCollectionDataSource(rows, false);
    }

    /** Records: field {@code name} is the value of the component {@code name()}. */
    static final class RecordDataSource implements JRRewindableDataSource {

        private static final Map<Class<?>, Map<String, MethodHandle>> ACCESSORS = new ConcurrentHashMap<>();

        private final Collection<?> rows;
        private Iterator<?> iterator;
        private @Nullable Object current;

        RecordDataSource(Collection<?> rows) {
            this.rows = rows;
            this.iterator = rows.iterator();
        }

        @Override
        public boolean next() {
            if (!iterator.hasNext()) {
                current = null;
                return false;
            }
            current = iterator.next();
            return true;
        }

        @Override
        public @Nullable Object getFieldValue(JRField field) throws JRException {
            var row = current;
            if (row == null) {
                return null;
            }
            var accessor = accessors(row.getClass()).get(field.getName());
            if (accessor == null) {
                throw new JRException(row.getClass().getName() + " has no component " + field.getName());
            }
            try {
                return accessor.invoke(row);
            } catch (Throwable e) {
                throw new JRException(
                        "Cannot read " + field.getName() + " of "
                                + row.getClass().getName(),
                        e);
            }
        }

        @Override
        public void moveFirst() {
            iterator = rows.iterator();
            current = null;
        }

        private static Map<String, MethodHandle> accessors(Class<?> type) {
            return ACCESSORS.computeIfAbsent(type, RecordDataSource::lookUp);
        }

        private static Map<String, MethodHandle> lookUp(Class<?> type) {
            var lookup = MethodHandles.lookup();
            var accessors = new ConcurrentHashMap<String, MethodHandle>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    var method = component.getAccessor();
                    method.setAccessible(true);
                    accessors.put(component.getName(), lookup.unreflect(method));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalStateException("Cannot read the components of " + type.getName(), e);
                }
            }
            return accessors;
        }
    }
}
