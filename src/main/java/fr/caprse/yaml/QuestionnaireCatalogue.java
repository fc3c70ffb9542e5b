package fr.caprse.yaml;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A fixed set of questionnaires read from class-path resources, with their bytes. Immutable once built. */
final class QuestionnaireCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireCatalogue.class);

    private record Entry(Questionnaire questionnaire, byte[] content) {
    }

    private final Map<String, Entry> byId;
    private final List<Problem> problems;

    private QuestionnaireCatalogue(Map<String, Entry> byId, List<Problem> problems) {
        this.byId = byId;
        this.problems = List.copyOf(problems);
    }

    /** Reads {@code folder + name} for each name, next to {@code anchor}'s class loader; missing ones are skipped. */
    static QuestionnaireCatalogue fromResources(Class<?> anchor, String folder, List<String> names) {
        QuestionnaireLoader loader = new QuestionnaireLoader();
        Map<String, Entry> byId = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : names) {
            byte[] content;
            try (InputStream in = anchor.getResourceAsStream(folder + name)) {
                if (in == null) {
                    continue;
                }
                content = in.readNBytes(QuestionnaireLoader.MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in questionnaire " + name, e);
            }
            LoadResult result = loader.load(name, content);
            if (!result.ok()) {
                problems.addAll(result.problems());
                LOG.error("built-in questionnaire {} is invalid and left out: {}", name, result.problems());
                continue;
            }
            Questionnaire questionnaire = result.questionnaire();
            if (byId.containsKey(questionnaire.id())) {
                Problem problem = new Problem(name, 1, 1, "the id '" + questionnaire.id()
                        + "' is already used by another built-in questionnaire");
                problems.add(problem);
                LOG.error("{}", problem);
                continue;
            }
            byId.put(questionnaire.id(), new Entry(questionnaire, content));
        }
        return new QuestionnaireCatalogue(byId, problems);
    }

    List<Questionnaire> all() {
        return byId.values().stream().map(Entry::questionnaire).toList();
    }

    Optional<Questionnaire> byId(String id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::questionnaire);
    }

    byte[] content(String id) {
        Entry entry = byId.get(id);
        if (entry == null) {
            throw new NoSuchElementException("no built-in questionnaire '" + id + "'; built-in: "
                    + String.join(", ", byId.keySet()));
        }
        return entry.content().clone();
    }

    List<Problem> problems() {
        return problems;
    }
}
