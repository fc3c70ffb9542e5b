package fr.caprse.yaml;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.SemanticVersions;
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

/**
 * A fixed set of questionnaires read from class-path resources, with their bytes: the current files
 * (one per id, the version offered for new assessments) and the archived earlier versions (found by id
 * and version, so an assessment answered on them still reads and scores exactly as it did). Immutable once built.
 */
final class QuestionnaireCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionnaireCatalogue.class);

    private record Entry(Questionnaire questionnaire, byte[] content) {
    }

    private final Map<String, Entry> byId;
    private final Map<String, Entry> byIdAndVersion;
    private final List<Problem> problems;

    private QuestionnaireCatalogue(Map<String, Entry> byId, Map<String, Entry> byIdAndVersion, List<Problem> problems) {
        this.byId = byId;
        this.byIdAndVersion = byIdAndVersion;
        this.problems = List.copyOf(problems);
    }

    /** Reads {@code folder + name} for each name, next to {@code anchor}'s class loader; missing ones are skipped. */
    static QuestionnaireCatalogue fromResources(Class<?> anchor, String folder, List<String> names) {
        return fromResources(anchor, folder, names, List.of());
    }

    /**
     * Reads the current files {@code names} and the archived files {@code archived} (paths under
     * {@code folder}); missing ones are skipped. An archived file whose id and version are already known
     * (current or archived) with other content is a problem and is left out; the very same file is simply
     * known once.
     */
    static QuestionnaireCatalogue fromResources(Class<?> anchor, String folder, List<String> names,
                                                List<String> archived) {
        QuestionnaireLoader loader = new QuestionnaireLoader();
        Map<String, Entry> byId = new LinkedHashMap<>();
        Map<String, Entry> byIdAndVersion = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : names) {
            Entry entry = read(anchor, folder, name, loader, problems);
            if (entry == null) {
                continue;
            }
            Questionnaire questionnaire = entry.questionnaire();
            if (byId.containsKey(questionnaire.id())) {
                refuse(problems, new Problem(name, 1, 1, "the id '" + questionnaire.id()
                        + "' is already used by another built-in questionnaire"));
                continue;
            }
            byId.put(questionnaire.id(), entry);
            byIdAndVersion.put(key(questionnaire.id(), questionnaire.version()), entry);
        }
        for (String name : archived) {
            Entry entry = read(anchor, folder, name, loader, problems);
            if (entry == null) {
                continue;
            }
            Questionnaire questionnaire = entry.questionnaire();
            String key = key(questionnaire.id(), questionnaire.version());
            Entry known = byIdAndVersion.get(key);
            if (known != null && known.questionnaire().contentHash().equals(questionnaire.contentHash())) {
                continue; // the same file, archived ahead of the next version
            }
            if (known != null) {
                refuse(problems, new Problem(name, 1, 1, "the questionnaire '" + questionnaire.id() + "' version "
                        + questionnaire.version() + " is already built in; an archived file keeps an earlier version"));
                continue;
            }
            byIdAndVersion.put(key, entry);
        }
        return new QuestionnaireCatalogue(byId, byIdAndVersion, problems);
    }

    private static Entry read(Class<?> anchor, String folder, String name, QuestionnaireLoader loader,
                              List<Problem> problems) {
        byte[] content;
        try (InputStream in = anchor.getResourceAsStream(folder + name)) {
            if (in == null) {
                return null;
            }
            content = in.readNBytes(QuestionnaireLoader.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in questionnaire " + name, e);
        }
        LoadResult result = loader.load(name, content);
        if (!result.ok()) {
            problems.addAll(result.problems());
            LOG.error("built-in questionnaire {} is invalid and left out: {}", name, result.problems());
            return null;
        }
        return new Entry(result.questionnaire(), content);
    }

    private static void refuse(List<Problem> problems, Problem problem) {
        problems.add(problem);
        LOG.error("{}", problem);
    }

    private static String key(String id, String version) {
        return id + "\n" + version;
    }

    List<Questionnaire> all() {
        return byId.values().stream().map(Entry::questionnaire).toList();
    }

    Optional<Questionnaire> byId(String id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::questionnaire);
    }

    Optional<Questionnaire> find(String id, String version) {
        return Optional.ofNullable(byIdAndVersion.get(key(id, version))).map(Entry::questionnaire);
    }

    /** Every version known for {@code id} (current and archived), oldest first by semantic version. */
    List<Questionnaire> versions(String id) {
        return byIdAndVersion.values().stream().map(Entry::questionnaire).filter(q -> q.id().equals(id))
                .sorted((a, b) -> SemanticVersions.compare(a.version(), b.version())).toList();
    }

    byte[] content(String id) {
        Entry entry = byId.get(id);
        if (entry == null) {
            throw new NoSuchElementException("no built-in questionnaire '" + id + "'; built-in: "
                    + String.join(", ", byId.keySet()));
        }
        return entry.content().clone();
    }

    byte[] content(String id, String version) {
        Entry entry = byIdAndVersion.get(key(id, version));
        if (entry == null) {
            throw new NoSuchElementException("no built-in questionnaire '" + id + "' version " + version
                    + "; built-in versions: " + versions(id).stream().map(Questionnaire::version).toList());
        }
        return entry.content().clone();
    }

    List<Problem> problems() {
        return problems;
    }
}
