package fr.caprse.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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

/** Every UI text exists in French and English, once, and is used somewhere in the code. */
class LocalizationConsistencyTest {

    private static final Path BUNDLES = Path.of("src/main/resources/fr/caprse/i18n");

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        Set<String> french = load("messages.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(english)).as("keys missing in English").containsAll(french);
        assertThat(new TreeSet<>(french)).as("keys missing in French").containsAll(english);
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            List<String> keys = new ArrayList<>();
            for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                    keys.add(line.substring(0, line.indexOf('=')).trim());
                }
            }
            Set<String> seen = new HashSet<>();
            assertThat(keys.stream().filter(k -> !seen.add(k))).as("duplicate keys in " + file).isEmpty();
        }
    }

    @Test
    void noTextIsEmptyOrUsesAPlainApostrophe() {
        // MessageFormat treats ' as a quote: French texts use the typographic apostrophe instead.
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                assertThat(value).as(file + " " + key).isNotBlank().doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        // keys built from a prefix ("language." + code) are listed by their prefix in the code
        Set<String> prefixes = new HashSet<>();
        Matcher m = Pattern.compile("\"([a-z0-9_.-]+\\.)\"\\s*\\+").matcher(code);
        while (m.find()) {
            prefixes.add(m.group(1));
        }
        List<String> unused = keys.stream()
                .filter(k -> !code.toString().contains("\"" + k + "\""))
                .filter(k -> prefixes.stream().noneMatch(k::startsWith))
                .sorted().toList();
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void frenchIsTheDefaultAndEnglishFollowsTheSystem() {
        assertThat(I18n.supportedOrFrench(Locale.GERMANY)).isEqualTo(I18n.FRENCH);
        assertThat(I18n.supportedOrFrench(Locale.US)).isEqualTo(I18n.ENGLISH);
        assertThat(new I18n(Locale.ENGLISH).get("home.title")).isEqualTo("Your organisations");
        assertThat(new I18n(Locale.FRENCH).get("home.title")).isEqualTo("Vos organisations");
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(file));
             var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
