package vn.gov.quangninh.cooperation.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRDataSource;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.base.i18n.Languages;

/**
 * One run of a report: which compiled template, in which language, with which title and criteria,
 * over which rows. Built by a report's service from the user's input, then handed to
 * {@link ReportRenderer}. Who asked for it and when is added by the renderer.
 *
 * <pre>{@code
 * var request = ReportRequest.of("agreement-register")
 *         .locale(locale)
 *         .title(TITLE_KEY) // a translation key
 *         .criterion("report.criteria.from", from)
 *         .criterion("report.criteria.to", to)
 *         .rows(rows) // records, beans, maps, or a JRDataSource
 *         .build();
 * }</pre>
 */
public final class ReportRequest {

    /** A criterion the report was run with: the translation key of its label, and its value. */
    public record Criterion(String labelKey, @Nullable Object value) {}

    private final String template;
    private final String fileName;
    private final Locale locale;
    private final String titleKey;
    private final List<Criterion> criteria;
    private final Map<String, Object> parameters;
    private final @Nullable Collection<?> rows;
    private final @Nullable JRDataSource dataSource;

    private ReportRequest(Builder builder) {
        this.template = builder.template;
        this.fileName = builder.fileName == null ? builder.template : builder.fileName;
        this.locale = builder.locale;
        this.titleKey = Objects.requireNonNull(builder.titleKey, "title");
        this.criteria = List.copyOf(builder.criteria);
        this.parameters = Map.copyOf(builder.parameters);
        this.rows = builder.rows;
        this.dataSource = builder.dataSource;
    }

    /** A request for the compiled template {@code reports/<template>.jasper} (name without extension). */
    public static Builder of(String template) {
        return new Builder(template);
    }

    public String template() {
        return template;
    }

    /** The first part of the file name: {@code <fileName>-<yyyy-MM-dd>.pdf}. */
    public String fileName() {
        return fileName;
    }

    public Locale locale() {
        return locale;
    }

    public String titleKey() {
        return titleKey;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    @Nullable
    Collection<?> rows() {
        return rows;
    }

    @Nullable
    JRDataSource dataSource() {
        return dataSource;
    }

    public static final class Builder {

        private final String template;
        private @Nullable String fileName;
        private Locale locale = Languages.VIETNAMESE;
        private @Nullable String titleKey;
        private final List<Criterion> criteria = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private @Nullable Collection<?> rows;
        private @Nullable JRDataSource dataSource;

        private Builder(String template) {
            this.template = checkName(template);
        }

        /** The user's language; only Vietnamese and English exist, anything else becomes Vietnamese. */
        public Builder locale(@Nullable Locale locale) {
            this.locale = Languages.supported(locale);
            return this;
        }

        /** The translation key of the title (in the shared bundle or the report's own labels). */
        public Builder title(String titleKey) {
            this.titleKey = titleKey;
            return this;
        }

        /** The file name without date and extension, lower-case ASCII with hyphens; default: the template name. */
        public Builder fileName(String fileName) {
            this.fileName = checkName(fileName);
            return this;
        }

        /**
         * A criterion shown under the title, in the order added. Values are formatted for the
         * language: dates dd/MM/yyyy, numbers 1.234, collections joined with commas; a null or
         * blank value leaves the criterion out.
         */
        public Builder criterion(String labelKey, @Nullable Object value) {
            criteria.add(new Criterion(labelKey, value));
            return this;
        }

        /** A parameter of the template beyond those of {@link ReportParameters}. */
        public Builder parameter(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        /** The rows: records, JavaBeans or maps; field names are component, property or key names. */
        public Builder rows(Collection<?> rows) {
            this.rows = rows;
            this.dataSource = null;
            return this;
        }

        /** The rows as a JasperReports data source, read once. */
        public Builder rows(JRDataSource dataSource) {
            this.dataSource = dataSource;
            this.rows = null;
            return this;
        }

        public ReportRequest build() {
            return new ReportRequest(this);
        }

        private static String checkName(String name) {
            boolean words = !name.isEmpty()
                    && !name.startsWith("-")
                    && !name.endsWith("-")
                    && !name.contains("--")
                    && name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
            if (!words) {
                throw new IllegalArgumentException(
                        "Report names are lower-case ASCII words joined by hyphens: " + name);
            }
            return name;
        }
    }
}
