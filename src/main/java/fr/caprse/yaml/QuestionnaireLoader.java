package fr.caprse.yaml;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads questionnaire files (YAML 1.2) into the domain model and validates them against the format
 * contract, reporting every problem with its line and column. Hostile files are refused within fixed
 * bounds of time and memory (see {@link SafeYaml}); nothing in a file is ever instantiated.
 * A loader holds no state: one instance may serve any number of threads.
 */
public final class QuestionnaireLoader {

    /** The largest questionnaire file accepted, in bytes. */
    public static final int MAX_FILE_BYTES = SafeYaml.MAX_BYTES;

    /** Loads {@code content}; {@code fileName} is used in problems. */
    public LoadResult load(String fileName, byte[] content) {
        Problems problems = new Problems(fileName);
        Optional<SafeYaml.Document> document = SafeYaml.read(content, problems);
        Questionnaire questionnaire = null;
        if (document.isPresent()) {
            NodeReader reader = new NodeReader(problems, document.get().text());
            questionnaire = new QuestionnaireReader(reader).read(document.get().root(), sha256(content));
        }
        if (!problems.isEmpty()) {
            return new LoadResult(null, problems.sorted(), problems.sortedWarnings());
        }
        return new LoadResult(questionnaire, List.of(), problems.sortedWarnings());
    }

    /**
     * Loads a file; its size is checked before it is read, so a huge file is refused without being loaded
     * into memory. Problems name the file as {@code file.toString()}.
     */
    public LoadResult load(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return failure(name, "this is a folder, not a questionnaire file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return failure(name, SafeYaml.tooLarge(size));
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (content.length > MAX_FILE_BYTES) {
                return failure(name, SafeYaml.tooLarge(content.length));
            }
            return load(name, content);
        } catch (NoSuchFileException e) {
            return failure(name, "no such file");
        } catch (IOException e) {
            return failure(name, "the file cannot be read: " + e.getMessage());
        }
    }

    private static LoadResult failure(String name, String message) {
        return new LoadResult(null, List.of(new Problem(name, 1, 1, message)));
    }

    /** The SHA-256 of {@code content}, in lower-case hexadecimal. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
