package vn.gov.quangninh.cooperation.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPropertiesUtil;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fill.FillListener;
import net.sf.jasperreports.engine.fill.JRFiller;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.gov.quangninh.cooperation.base.i18n.LocalizedName;

/**
 * Fills a compiled template with rows and writes it as PDF/A-2b. Templates are compiled by the
 * build (reports/*.jrxml to classes/reports/*.jasper) and loaded here once each; nothing is ever
 * compiled at run time. Thread-safe; one instance serves every report.
 *
 * <p>Services use {@link ReportRenderer}, which adds who asked and when, and checks that someone is
 * signed in. This class is public for the benchmark and the tests.
 */
@Component
public class ReportEngine {

    /** Shared parts every report gets, in {@code classes/reports/}. */
    static final String STYLES = "reports/report-styles.jrtx";

    static final String TITLE_BLOCK = "title-block";
    static final String TITLE_BLOCK_LANDSCAPE = "title-block-landscape";
    /** Column width from which a report gets the landscape title block. */
    private static final int LANDSCAPE_COLUMN_WIDTH = 762;

    static final String ICC_PROFILE = "report-icc/sRGB.icc";

    /**
     * Filled pages kept on the heap per report; the others wait in a swap file until written. Every
     * page kept is copied by each young collection while the report runs, pausing the users' requests
     * (DD018).
     */
    static final int PAGES_IN_MEMORY = 10;

    /**
     * Reports of up to this many pages are tagged PDF. OpenPDF keeps the structure tree of a tagged
     * file in memory until the file is closed (about 110 elements a page here), so a longer report
     * would hold it all, outside the virtualizer's bound, and every collection would copy it (DD018).
     */
    static final int TAGGED_PAGES = 100;

    /** Properties the fill leaves on the print for the export: title, criteria, application name. */
    private static final String TITLE_PROPERTY = "vn.gov.quangninh.report.title";

    private static final String SUBJECT_PROPERTY = "vn.gov.quangninh.report.subject";
    private static final String CREATOR_PROPERTY = "vn.gov.quangninh.report.creator";

    private static final Logger log = LoggerFactory.getLogger(ReportEngine.class);

    private final JasperReportsContext context;
    private final ClassLoader classLoader = ReportEngine.class.getClassLoader();
    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> templateLoads = new ConcurrentHashMap<>();
    private final Map<Locale, Map<String, ResourceBundle>> labels = new ConcurrentHashMap<>();
    private volatile @Nullable JRTemplate styles;

    public ReportEngine() {
        // The default fonts (embedded, for PDF/A) are set in jasperreports.properties: JasperReports reads
        // some of them from its global default context only.
        this.context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        var defaultPdfFont =
                JRPropertiesUtil.getInstance(context).getProperty("net.sf.jasperreports.default.pdf.font.name");
        if (!ReportFonts.DEFAULT_PDF_FONT.equals(defaultPdfFont)) {
            throw new IllegalStateException(
                    "jasperreports.properties with the embedded default PDF font is not on the class path");
        }
    }

    /**
     * Fills and exports a report, writing the PDF to {@code out} as it is produced. Returns the
     * number of pages. Failures before the first byte is written (bad template, failing query or
     * expression) leave {@code out} untouched.
     */
    public int render(
            ReportRequest request,
            String generatedBy,
            ZonedDateTime generatedAt,
            OutputStream out,
            ReportProgress progress) {
        var virtualizer = virtualizer();
        try {
            var print = fill(request, generatedBy, generatedAt, progress, virtualizer);
            export(print, request.locale(), generatedBy, out, progress);
            return print.getPages().size();
        } finally {
            virtualizer.cleanup();
        }
    }

    /**
     * Keeps at most {@value #PAGES_IN_MEMORY} filled pages on the heap and the rest in a temporary
     * swap file, deleted after the export: a 50,000-row report (2,300 pages) would otherwise hold
     * ~300 MB while it is written. Reports shorter than that never touch the disk.
     */
    private static JRVirtualizer virtualizer() {
        var swapFile = new JRSwapFile(System.getProperty("java.io.tmpdir"), 8192, 64);
        return new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swapFile, true);
    }

    /** Renders into memory; the answer carries the file name and is never empty. */
    public RenderedReport render(
            ReportRequest request, String generatedBy, ZonedDateTime generatedAt, ReportProgress progress) {
        var out = new ByteArrayOutputStream(64 * 1024);
        var pages = render(request, generatedBy, generatedAt, out, progress);
        return new RenderedReport(fileName(request, generatedAt.toLocalDate()), out.toByteArray(), pages);
    }

    /** {@code <report>-<yyyy-MM-dd>.pdf}: ASCII only, so that every browser keeps it as it is. */
    public String fileName(ReportRequest request, LocalDate date) {
        return request.fileName() + "-" + DateTimeFormatter.ISO_LOCAL_DATE.format(date) + ".pdf";
    }

    /** Fills the template: the slow part, where data and expression errors show. */
    private JasperPrint fill(
            ReportRequest request,
            String generatedBy,
            ZonedDateTime generatedAt,
            ReportProgress progress,
            JRVirtualizer virtualizer) {
        var template = template(request.template());
        var parameters = parameters(request, template, generatedBy, generatedAt);
        parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        try {
            checkCancelled(request, progress);
            var filler = JRFiller.createReportFiller(context, template);
            filler.addFillListener(new FillListener() {
                @Override
                public void pageGenerated(JasperPrint print, int pageIndex) {
                    progress.pageFilled(pageIndex + 1);
                    checkCancelled(request, progress);
                }

                @Override
                public void pageUpdated(JasperPrint print, int pageIndex) {}
            });
            var print = filler.fill(parameters, dataSource(request));
            print.setProperty(TITLE_PROPERTY, (String) parameters.get(ReportParameters.TITLE));
            var criteria = (String) parameters.get(ReportParameters.CRITERIA);
            if (criteria != null) {
                print.setProperty(SUBJECT_PROPERTY, criteria.replace("\n", "; "));
            }
            print.setProperty(
                    CREATOR_PROPERTY,
                    labels(request.template(), request.locale()).getString("brand.name"));
            return print;
        } catch (JRException | RuntimeException e) {
            throw failure(request, progress, "fill", e);
        }
    }

    /**
     * Writes a filled report as PDF/A-2b: fonts embedded, sRGB output intent, with metadata; tagged up
     * to {@value #TAGGED_PAGES} pages.
     */
    private void export(JasperPrint print, Locale locale, String author, OutputStream out, ReportProgress progress) {
        var exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        var reportConfiguration = new net.sf.jasperreports.pdf.SimplePdfReportConfiguration();
        var total = print.getPages().size();
        var exported = new AtomicInteger();
        reportConfiguration.setProgressMonitor(() -> {
            progress.pageExported(exported.incrementAndGet(), total);
            if (progress.isCancelled()) {
                throw new ReportCancelledException(print.getName());
            }
        });
        exporter.setConfiguration(reportConfiguration);
        exporter.setConfiguration(pdfConfiguration(print, locale, author));
        try {
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            throw failure(print.getName(), progress, "export", e);
        }
    }

    /** The PDF/A-2b settings; public so that the benchmark measures bare JasperReports with the same. */
    public SimplePdfExporterConfiguration pdfConfiguration(JasperPrint print, Locale locale, String author) {
        var configuration = new SimplePdfExporterConfiguration();
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        configuration.setIccProfilePath(ICC_PROFILE);
        configuration.setTagged(print.getPages().size() <= TAGGED_PAGES);
        configuration.setTagLanguage(locale.getLanguage());
        configuration.setCompressed(true);
        configuration.setMetadataTitle(Objects.toString(print.getProperty(TITLE_PROPERTY), print.getName()));
        configuration.setMetadataAuthor(author);
        configuration.setMetadataSubject(print.getProperty(SUBJECT_PROPERTY));
        configuration.setMetadataCreator(print.getProperty(CREATOR_PROPERTY));
        configuration.setDisplayMetadataTitle(true);
        return configuration;
    }

    /** All parameters of a run: the request's own, and those of {@link ReportParameters}. */
    public Map<String, Object> parameters(
            ReportRequest request, JasperReport template, String generatedBy, ZonedDateTime generatedAt) {
        var locale = request.locale();
        var labels = labels(request.template(), locale);
        var dateFormat = DateTimeFormatter.ofPattern(labels.getString("report.format.date"), locale);
        var dateTimeFormat = DateTimeFormatter.ofPattern(labels.getString("report.format.date-time"), locale);
        var title = labels.getString(request.titleKey());
        var criteria = request.criteria().stream()
                .map(criterion -> line(labels, criterion, locale, dateFormat, dateTimeFormat, generatedAt))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));

        var parameters = new HashMap<String, Object>(request.parameters());
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(generatedAt.getZone()));
        parameters.put(ReportParameters.STYLES, styles());
        parameters.put(ReportParameters.TITLE_BLOCK, titleBlockFor(template));
        parameters.put(ReportParameters.TITLE, title);
        parameters.put(ReportParameters.CRITERIA, criteria.isEmpty() ? null : criteria);
        parameters.put(ReportParameters.GENERATED_BY, generatedBy);
        parameters.put(ReportParameters.GENERATED_AT, dateTimeFormat.format(generatedAt));
        parameters.put(ReportParameters.DATE_FORMAT, dateFormat);
        parameters.put(ReportParameters.DATE_TIME_FORMAT, dateTimeFormat);
        return parameters;
    }

    /** The compiled template {@code classes/reports/<name>.jasper}, loaded on first use and kept. */
    public JasperReport template(String name) {
        var template = templates.get(name);
        return template != null ? template : templates.computeIfAbsent(name, this::load);
    }

    /** How many times a template was loaded from its file: once, whatever the number of reports. */
    int loads(String name) {
        var count = templateLoads.get(name);
        return count == null ? 0 : count.get();
    }

    /**
     * Loads every compiled template, the fonts and the text machinery, and generates a small report
     * (to a sink), so that the first user does not wait for them. About two seconds; called after
     * start-up by {@link ReportWarmUp}. Returns the names of the templates.
     */
    public java.util.List<String> warmUp() {
        var started = System.nanoTime();
        var names = new java.util.ArrayList<String>();
        try {
            for (var resource :
                    new PathMatchingResourcePatternResolver(classLoader).getResources("classpath*:reports/*.jasper")) {
                var name = Objects.requireNonNull(resource.getFilename()).replace(".jasper", "");
                template(name);
                names.add(name);
            }
        } catch (IOException e) {
            throw new ReportFailedException("Cannot list the compiled templates", e);
        }
        var request = ReportRequest.of(TITLE_BLOCK)
                .title("brand.name")
                .rows(java.util.List.of(Map.of()))
                .build();
        render(request, "Quảng Ninh 广西", ZonedDateTime.now(), OutputStream.nullOutputStream(), ReportProgress.NONE);
        log.info("Report engine ready in {} ms: {}", (System.nanoTime() - started) / 1_000_000, names);
        return names;
    }

    JasperReportsContext context() {
        return context;
    }

    private JasperReport load(String name) {
        ReportFonts.prepare(context);
        var resource = "reports/" + name + ".jasper";
        try (var in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportFailedException(
                        "No compiled template " + resource + ": is reports/" + name + ".jrxml there, and was it built?",
                        null);
            }
            var template = (JasperReport) JRLoader.loadObject(context, in);
            templateLoads.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
            return template;
        } catch (IOException | JRException e) {
            throw new ReportFailedException("Cannot load " + resource, e);
        }
    }

    private JRTemplate styles() {
        var loaded = styles;
        if (loaded == null) {
            try (var in = classLoader.getResourceAsStream(STYLES)) {
                if (in == null) {
                    throw new ReportFailedException("No " + STYLES + " on the class path", null);
                }
                loaded = JRXmlTemplateLoader.getInstance(context).loadTemplate(in);
            } catch (IOException | RuntimeException e) {
                throw new ReportFailedException("Cannot load " + STYLES, e);
            }
            styles = loaded;
        }
        return loaded;
    }

    private JasperReport titleBlockFor(JasperReport template) {
        return template(template.getColumnWidth() >= LANDSCAPE_COLUMN_WIDTH ? TITLE_BLOCK_LANDSCAPE : TITLE_BLOCK);
    }

    ResourceBundle labels(String template, Locale locale) {
        return labels.computeIfAbsent(locale, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(template, key -> ReportLabels.of(template, locale, classLoader));
    }

    private static JRDataSource dataSource(ReportRequest request) {
        if (request.dataSource() != null) {
            return request.dataSource();
        }
        Collection<?> rows = request.rows();
        return ReportRows.of(rows == null ? java.util.List.of() : rows);
    }

    private static @Nullable String line(
            ResourceBundle labels,
            ReportRequest.Criterion criterion,
            Locale locale,
            DateTimeFormatter dateFormat,
            DateTimeFormatter dateTimeFormat,
            ZonedDateTime now) {
        var value = format(criterion.value(), labels, locale, dateFormat, dateTimeFormat, now);
        return value == null || value.isBlank() ? null : labels.getString(criterion.labelKey()) + ": " + value;
    }

    private static @Nullable String format(
            @Nullable Object value,
            ResourceBundle labels,
            Locale locale,
            DateTimeFormatter dateFormat,
            DateTimeFormatter dateTimeFormat,
            ZonedDateTime now) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> dateFormat.format(date);
            case LocalDateTime dateTime -> dateTimeFormat.format(dateTime);
            case ZonedDateTime dateTime -> dateTimeFormat.format(dateTime.withZoneSameInstant(now.getZone()));
            case OffsetDateTime dateTime -> dateTimeFormat.format(dateTime.atZoneSameInstant(now.getZone()));
            case Instant instant -> dateTimeFormat.format(instant.atZone(now.getZone()));
            case Date date -> dateTimeFormat.format(date.toInstant().atZone(now.getZone()));
            case Number number -> NumberFormat.getNumberInstance(locale).format(number);
            case Boolean bool -> labels.getString(bool ? "report.yes" : "report.no");
            case LocalizedName name -> name.in(locale);
            case Collection<?> values ->
                values.stream()
                        .map(item -> format(item, labels, locale, dateFormat, dateTimeFormat, now))
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    private static void checkCancelled(ReportRequest request, ReportProgress progress) {
        if (progress.isCancelled()) {
            throw new ReportCancelledException(request.template());
        }
    }

    private static RuntimeException failure(ReportRequest request, ReportProgress progress, String step, Exception e) {
        return failure(request.template(), progress, step, e);
    }

    private static RuntimeException failure(String template, ReportProgress progress, String step, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReportCancelledException cancelled) {
                return cancelled;
            }
            if (cause instanceof ReportFailedException failed) {
                return failed;
            }
            if (cause instanceof InterruptedException
                    || cause instanceof net.sf.jasperreports.engine.fill.JRFillInterruptedException) {
                return new ReportCancelledException(template);
            }
        }
        if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
            return new ReportCancelledException(template);
        }
        return new ReportFailedException("Report " + template + " failed in " + step + ": " + e.getMessage(), e);
    }
}
