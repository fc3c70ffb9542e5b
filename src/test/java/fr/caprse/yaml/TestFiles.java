package fr.caprse.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The questionnaire files of the test resources. */
final class TestFiles {

    private TestFiles() {
    }

    /** A folder of src/test/resources, e.g. {@code questionnaires/broken}. */
    static Path folder(String name) {
        URL url = TestFiles.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> yamlFiles(String folder) {
        try (Stream<Path> files = Files.list(folder(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String resource) {
        try {
            return Files.readAllBytes(folder("questionnaires").resolve(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoadResult load(String resource) {
        return new QuestionnaireLoader().load(resource, bytes(resource));
    }
}
