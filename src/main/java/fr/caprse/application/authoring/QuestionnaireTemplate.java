package fr.caprse.application.authoring;

import fr.caprse.platform.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The starting questionnaire a consultant writes their own from: two themes, one question of each type,
 * a condition and a computed value, bilingual, every key commented in the chosen language. It validates
 * as it is (a test loads it), so an author starts from a file that works and changes one thing at a time.
 */
public final class QuestionnaireTemplate {

    /** The languages the comments are written in. */
    public static final List<String> LANGUAGES = List.of("fr", "en");

    private QuestionnaireTemplate() {
    }

    /** The template's text, with comments in {@code language} ({@code fr} or {@code en}). */
    public static byte[] content(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no questionnaire template in '" + language + "'; languages: " + LANGUAGES);
        }
        try (InputStream in = QuestionnaireTemplate.class.getResourceAsStream("init-" + language + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("the questionnaire template init-" + language + ".yaml is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the template to {@code target}, whole or not at all; an existing file is never replaced.
     *
     * @throws FileAlreadyExistsException when {@code target} exists
     */
    public static void write(Path target, String language) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "already exists; choose another name (init never replaces a file)");
        }
        AtomicFiles.write(target, content(language));
    }
}
