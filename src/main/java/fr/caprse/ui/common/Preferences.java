package fr.caprse.ui.common;

import fr.caprse.platform.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the app remembers from one start to the next: the language, the text size, the question
 * each assessment was left on, and the window's place (its size and position, maximised or not). Kept in {@code preferences.properties} in the user data folder, written
 * whole (temporary file, then rename) off the FX thread, in the order of the changes. A missing or
 * unreadable file gives the defaults: preferences are a comfort, never a reason not to start.
 */
public final class Preferences {

    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);
    private static final String LANGUAGE = "language";
    private static final String TEXT_SIZE = "text-size";
    private static final String LAST_QUESTION = "last-question.";
    private static final String WINDOW = "window.";
    private static final List<String> WINDOW_KEYS = List.of("x", "y", "width", "height", "maximised");

    private final Path file;
    private final Executor writer;
    private final Properties values = new Properties();

    /** Reads {@code file} now; later changes are written through {@code writer} (one thread, in order). */
    public Preferences(Path file, Executor writer) {
        this.file = file;
        this.writer = writer;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Preferences in {} could not be read; defaults used", file, e);
                values.clear();
            }
        }
    }

    public synchronized Optional<Locale> language() {
        String code = values.getProperty(LANGUAGE);
        return code == null || code.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(code));
    }

    public void setLanguage(Locale locale) {
        set(LANGUAGE, locale.getLanguage());
    }

    /** The text size in percent (100 to 200), when one was chosen. */
    public synchronized Optional<Integer> textSize() {
        try {
            String size = values.getProperty(TEXT_SIZE);
            return size == null ? Optional.empty() : Optional.of(Integer.valueOf(size.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setTextSize(int percent) {
        set(TEXT_SIZE, Integer.toString(percent));
    }

    /** The question an assessment was left on. */
    public synchronized Optional<String> lastQuestion(long assessmentId) {
        return Optional.ofNullable(values.getProperty(LAST_QUESTION + assessmentId));
    }

    public void setLastQuestion(long assessmentId, String questionId) {
        set(LAST_QUESTION + assessmentId, questionId);
    }

    /** The window's place when it was last closed (its bounds when not maximised), when one was kept. */
    public synchronized Optional<WindowPlacement.Placement> window() {
        try {
            double[] bounds = new double[4];
            for (int i = 0; i < 4; i++) {
                String value = values.getProperty(WINDOW + WINDOW_KEYS.get(i));
                if (value == null) {
                    return Optional.empty();
                }
                bounds[i] = Double.parseDouble(value.trim());
                if (!Double.isFinite(bounds[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(new WindowPlacement.Placement(bounds[0], bounds[1], bounds[2], bounds[3],
                    Boolean.parseBoolean(values.getProperty(WINDOW + "maximised", "false").trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Keeps the window's place, written once for its five values. */
    public void setWindow(WindowPlacement.Placement placement) {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put(WINDOW + "x", Long.toString(Math.round(placement.x())));
        changes.put(WINDOW + "y", Long.toString(Math.round(placement.y())));
        changes.put(WINDOW + "width", Long.toString(Math.round(placement.width())));
        changes.put(WINDOW + "height", Long.toString(Math.round(placement.height())));
        changes.put(WINDOW + "maximised", Boolean.toString(placement.maximised()));
        set(changes);
    }

    private void set(String key, String value) {
        set(Map.of(key, value));
    }

    private void set(Map<String, String> changes) {
        SortedMap<String, String> snapshot = new TreeMap<>();
        synchronized (this) {
            if (changes.entrySet().stream().allMatch(c -> c.getValue().equals(values.getProperty(c.getKey())))) {
                return;
            }
            changes.forEach(values::setProperty);
            values.stringPropertyNames().forEach(key -> snapshot.put(key, values.getProperty(key)));
        }
        // written out on the writer's thread: the FX thread (a new question each key press) only copies a few strings
        writer.execute(() -> {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                AtomicFiles.write(file, serialise(snapshot));
            } catch (IOException e) {
                LOG.warn("Preferences could not be written to {}", file, e);
            }
        });
    }

    private static byte[] serialise(SortedMap<String, String> values) {
        // sorted keys, no date line: the same preferences always make the same file
        StringBuilder text = new StringBuilder("# Cap RSE preferences\n");
        values.forEach((key, value) -> {
            Properties one = new Properties();
            one.setProperty(key, value);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                one.store(new java.io.OutputStreamWriter(line, StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String stored = line.toString(StandardCharsets.UTF_8);
            text.append(stored.substring(stored.indexOf('\n') + 1));
        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
