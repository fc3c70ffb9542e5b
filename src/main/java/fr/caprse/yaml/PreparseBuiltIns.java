package fr.caprse.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Run by the build after the classes are compiled ({@code process-classes}, see {@code pom.xml}): writes
 * beside each built-in questionnaire of the build's classes folder its pre-parsed form
 * ({@link PreparsedQuestionnaire}, {@code rse-rso.yaml.parsed}), which the application reads at start
 * instead of parsing the YAML file. A built-in file that does not load gets no pre-parsed form (the
 * application then parses it and reports its problems, and the tests fail).
 *
 * <p>Usage: {@code java fr.caprse.yaml.PreparseBuiltIns CLASSES_FOLDER}
 */
public final class PreparseBuiltIns {

    private PreparseBuiltIns() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PreparseBuiltIns CLASSES_FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0], BuiltInQuestionnaires.FOLDER.substring(1));
        List<String> names = new ArrayList<>(BuiltInQuestionnaires.FILES);
        names.addAll(BuiltInQuestionnaires.ARCHIVED);
        QuestionnaireLoader loader = new QuestionnaireLoader();
        for (String name : names) {
            Path yaml = folder.resolve(name);
            Path parsed = folder.resolve(name + PreparsedQuestionnaire.SUFFIX);
            if (!Files.isRegularFile(yaml)) {
                Files.deleteIfExists(parsed);
                continue;
            }
            byte[] content = Files.readAllBytes(yaml);
            LoadResult result = loader.load(name, content);
            if (!result.ok()) {
                Files.deleteIfExists(parsed);
                System.err.println("built-in questionnaire " + name + " does not load, left without a pre-parsed form: "
                        + result.problems());
                continue;
            }
            Path temporary = Files.createTempFile(parsed.getParent(), parsed.getFileName().toString(), ".tmp");
            Files.write(temporary, PreparsedQuestionnaire.write(result.questionnaire(), content));
            Files.move(temporary, parsed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
