package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The report's own texts exist in French and English, once each, and every one is used by the code. */
class ReportTextsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/fr/caprse/excel");
    private static final List<String> FILES = List.of("report.properties", "report_en.properties");

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        assertThat(new TreeSet<>(load("report_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("report.properties").stringPropertyNames()));
    }

    @Test
    void noKeyIsDefinedTwiceNorEmptyNorWithAPlainApostrophe() throws IOException {
        for (String file : FILES) {
            List<String> keys = new ArrayList<>();
            for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    keys.add(line.substring(0, line.indexOf('=')).trim());
                }
            }
            Set<String> seen = new HashSet<>();
            assertThat(keys.stream().filter(k -> !seen.add(k))).as("duplicates in " + file).isEmpty();
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                // MessageFormat reads ' as a quote: texts use the typographic apostrophe
                assertThat(texts.getProperty(key)).as(file + " " + key).isNotBlank().doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/caprse/excel"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Set<String> prefixes = new HashSet<>();
        Matcher m = Pattern.compile("\"([a-z0-9_.-]+\\.)\"\\s*\\+").matcher(code);
        while (m.find()) {
            prefixes.add(m.group(1));
        }
        List<String> unused = load("report.properties").stringPropertyNames().stream()
                .filter(k -> !code.toString().contains("\"" + k + "\""))
                .filter(k -> prefixes.stream().noneMatch(k::startsWith))
                .sorted().toList();
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void everyExclusionAndStatusHasALabel() {
        ReportTexts french = new ReportTexts(Locale.FRENCH);
        for (fr.caprse.domain.scoring.Exclusion exclusion : fr.caprse.domain.scoring.Exclusion.values()) {
            assertThat(french.get("report.exclusion." + exclusion.name().toLowerCase(Locale.ROOT))).isNotBlank();
        }
        for (fr.caprse.domain.assessment.ActionStatus status : fr.caprse.domain.assessment.ActionStatus.values()) {
            assertThat(new ReportTexts(Locale.ENGLISH).get("report.status." + status.code())).isNotBlank();
        }
        assertThat(new ReportTexts(Locale.GERMAN).get("report.sheet.summary")).isEqualTo("Synthèse");
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(file));
             InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
