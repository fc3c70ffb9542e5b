package fr.caprse.app;

import fr.caprse.ui.common.QuestionnaireCatalog;
import fr.caprse.yaml.BuiltInQuestionnaires;
import fr.caprse.yaml.LoadResult;
import fr.caprse.yaml.Problem;
import fr.caprse.yaml.QuestionnaireLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The questionnaires shipped in the jar, and the user's own files, checked by the validator. */
final class BuiltInCatalog implements QuestionnaireCatalog {

    @Override
    public List<Entry> builtIns() {
        return BuiltInQuestionnaires.all().stream()
                .map(q -> new Entry(q, BuiltInQuestionnaires.content(q.id()))).toList();
    }

    @Override
    public Entry open(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        LoadResult result = new QuestionnaireLoader().load(file.getFileName().toString(), content);
        if (!result.ok()) {
            throw new IllegalArgumentException(result.problems().stream().limit(20).map(Problem::toString)
                    .collect(Collectors.joining("\n")));
        }
        return new Entry(result.questionnaire(), content);
    }
}
