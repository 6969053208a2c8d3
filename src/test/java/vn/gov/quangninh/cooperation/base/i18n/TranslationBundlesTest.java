package vn.gov.quangninh.cooperation.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import vn.gov.quangninh.cooperation.security.AppRoles;
import vn.gov.quangninh.cooperation.security.AuditDetail;
import vn.gov.quangninh.cooperation.security.SecurityEventType;

/** Every user-visible text exists in both languages, and every key the code uses is translated. */
class TranslationBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** String literals shaped like a translation key: "account.username", "error.not-found.title"... */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");

    private final Properties vi = load("vaadin-i18n/translations_vi.properties");
    private final Properties en = load("vaadin-i18n/translations_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(en.stringPropertyNames())
                .as("keys in en but not in vi")
                .containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    }

    @Test
    void validationMessagesHaveTheSameKeysInBothLanguages() {
        var validationVi = load("ValidationMessages_vi.properties");
        var validationEn = load("ValidationMessages_en.properties");
        assertThat(validationEn.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(validationVi.stringPropertyNames());
    }

    @Test
    void noTranslationIsEmpty() {
        Stream.of(vi, en)
                .forEach(bundle -> bundle.stringPropertyNames()
                        .forEach(key ->
                                assertThat(bundle.getProperty(key)).as(key).isNotBlank()));
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        var prefixes = vi.stringPropertyNames().stream()
                .map(TranslationBundlesTest::prefix)
                .collect(Collectors.toSet());
        var used = keyLiteralsInSources().stream()
                .filter(key -> prefixes.contains(prefix(key)))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(used).as("translation keys found in the code").isNotEmpty();
        assertThat(vi.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyEnumLabelIsTranslated() {
        var labelled = enumsWithLabels();
        assertThat(labelled).as("enums with labelKey()").isNotEmpty();
        for (var type : labelled) {
            for (var method : new String[] {"labelKey", "inverseLabelKey"}) {
                try {
                    var getter = type.getMethod(method);
                    for (var constant : type.getEnumConstants()) {
                        var key = (String) getter.invoke(constant);
                        assertThat(vi).as(type.getSimpleName() + "." + constant).containsKey(key);
                    }
                } catch (NoSuchMethodException notLabelled) {
                    // this enum has no such label
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    void keysBuiltAtRunTimeAreTranslated() {
        AppRoles.ALL.forEach(role -> assertThat(vi).containsKey("role." + role));
        Stream.of(SecurityEventType.values()).forEach(type -> assertThat(vi).containsKey("audit.type." + type));
        Stream.of(AuditDetail.Kind.values()).forEach(kind -> assertThat(vi).containsKey(kind.key()));
        Languages.SUPPORTED.forEach(language -> assertThat(vi).containsKey("language." + language.getLanguage()));
        menuTitles().forEach(title -> assertThat(vi).containsKeys(title, title + ".description"));
    }

    @Test
    void datePickersGetEveryMonthAndDay() {
        Stream.of(vi, en).forEach(bundle -> {
            assertThat(bundle.getProperty("datepicker.months").split(",")).hasSize(12);
            assertThat(bundle.getProperty("datepicker.weekdays").split(",")).hasSize(7);
            assertThat(bundle.getProperty("datepicker.weekdays-short").split(","))
                    .hasSize(7);
        });
    }

    private static String prefix(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    private static Set<String> keyLiteralsInSources() throws IOException {
        try (var files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(TranslationBundlesTest::read)
                    .flatMap(source -> KEY_LITERAL.matcher(source).results().map(match -> match.group(1)))
                    .collect(Collectors.toSet());
        }
    }

    private static Set<String> menuTitles() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        return scanner.findCandidateComponents("vn.gov.quangninh.cooperation").stream()
                .map(definition -> {
                    try {
                        return Class.forName(definition.getBeanClassName())
                                .getAnnotation(Menu.class)
                                .title();
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());
    }

    private static List<Class<?>> enumsWithLabels() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) ->
                Enum.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
        return scanner.findCandidateComponents("vn.gov.quangninh.cooperation").stream()
                .<Class<?>>map(definition -> {
                    try {
                        return Class.forName(definition.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(type -> Arrays.stream(type.getMethods())
                        .anyMatch(m -> m.getName().equals("labelKey")))
                .toList();
    }

    private static Stream<String> read(Path file) {
        try {
            return Stream.of(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (InputStream in = new PathMatchingResourcePatternResolver()
                .getResource("classpath:" + resource)
                .getInputStream()) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
