package vn.gov.quangninh.cooperation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.quangninh.cooperation.base.i18n.Languages;

/**
 * Every label a template reads ({@code $R{key}}) exists in Vietnamese and in English, and a report's
 * own labels ({@code reports/<template>_vi|en.properties}) have the same keys in both languages.
 * The shared {@code report.*} labels are in the application bundle, which TranslationBundlesTest checks.
 */
class ReportLabelsTest {

    private static final Pattern LABEL = Pattern.compile("\\$R\\{([a-z][a-z0-9.-]*)}");
    private static final ReportEngine engine = new ReportEngine();

    static Stream<Path> templates() throws IOException {
        return Stream.of(Path.of("reports"), Path.of("src/test/reports"))
                .filter(Files::isDirectory)
                .flatMap(directory -> {
                    try {
                        return Files.list(directory)
                                .filter(file -> file.toString().endsWith(".jrxml"))
                                .toList()
                                .stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyLabelOfTheTemplateIsTranslated(Path template) throws IOException {
        var name = template.getFileName().toString().replace(".jrxml", "");
        var keys = LABEL.matcher(Files.readString(template))
                .results()
                .map(match -> match.group(1))
                .distinct()
                .toList();
        assertThat(keys).as("labels of " + name).isNotEmpty();
        for (var language : Languages.SUPPORTED) {
            var labels = engine.labels(name, language);
            assertThat(labels.keySet()).as(name + " in " + language).containsAll(keys);
            keys.forEach(key -> assertThat(labels.getString(key)).as(key).isNotBlank());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void ownLabelsHaveTheSameKeysInBothLanguages(Path template) {
        var name = template.getFileName().toString().replace(".jrxml", "");
        var bundles = Stream.of("vi", "en")
                .map(language -> load(template.getParent(), name + "_" + language + ".properties"))
                .toList();
        if (bundles.stream().allMatch(List::isEmpty)) {
            return;
        }
        assertThat(bundles.get(1)).as(name + ": keys in en and vi").containsExactlyInAnyOrderElementsOf(bundles.get(0));
    }

    /** The keys of a report's own bundle, beside its template or in the test resources. */
    private static List<String> load(Path templates, String file) {
        for (var directory : List.of(templates, Path.of("src/test/resources/reports"))) {
            var path = directory.resolve(file);
            if (Files.exists(path)) {
                try (var reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
                    var properties = new Properties();
                    properties.load(reader);
                    return properties.stringPropertyNames().stream().sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return List.of();
    }
}
