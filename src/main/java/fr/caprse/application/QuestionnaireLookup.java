package fr.caprse.application;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.json.QuestionnaireResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The questionnaire look-up of one operation (reading an assessment file, a report): the given file
 * first, then {@link QuestionnaireSource#find}. It remembers which file answered each request (an
 * import keeps those exact bytes) and why a request found nothing or found another version, so the
 * caller can say it in its own words.
 */
public final class QuestionnaireLookup implements QuestionnaireResolver {

    /** A request that found nothing, or that is answered by another version of the given file. */
    public record Miss(Kind kind, String id, String version, String otherId, String otherVersion,
                       List<String> builtInVersions) {

        public enum Kind {
            /** The given file is another questionnaire ({@code otherId}). */
            OTHER_QUESTIONNAIRE,
            /** The given file is another version ({@code otherVersion}) of it: read with it anyway (a warning). */
            OTHER_VERSION,
            /** Not found anywhere; {@code builtInVersions} lists the built-in versions of that id, if any. */
            NOT_AVAILABLE
        }

        public Miss {
            builtInVersions = List.copyOf(builtInVersions);
        }
    }

    private final QuestionnaireSource source;
    private final SourcedQuestionnaire given;
    private final Map<String, SourcedQuestionnaire> used = new ConcurrentHashMap<>();
    private final List<Miss> misses = new ArrayList<>();
    private final List<Miss> warnings = new ArrayList<>();

    QuestionnaireLookup(QuestionnaireSource source, SourcedQuestionnaire given) {
        this.source = source;
        this.given = given;
    }

    @Override
    public Optional<Questionnaire> resolve(String id, String version) {
        return find(id, version).map(SourcedQuestionnaire::questionnaire);
    }

    /** The questionnaire for {@code id} {@code version}: the given file, else the source's chain. */
    public synchronized Optional<SourcedQuestionnaire> find(String id, String version) {
        Optional<SourcedQuestionnaire> found;
        if (given != null) {
            if (!given.id().equals(id)) {
                misses.add(new Miss(Miss.Kind.OTHER_QUESTIONNAIRE, id, version, given.id(), given.version(), List.of()));
                return Optional.empty();
            }
            if (!given.version().equals(version)) {
                warnings.add(new Miss(Miss.Kind.OTHER_VERSION, id, version, given.id(), given.version(), List.of()));
            }
            found = Optional.of(given);
        } else {
            found = source.find(id, version);
            if (found.isEmpty()) {
                misses.add(new Miss(Miss.Kind.NOT_AVAILABLE, id, version, null, null, source.builtInVersions(id)));
            }
        }
        found.ifPresent(q -> used.put(id + "\n" + version, q));
        return found;
    }

    /** The file that answered the request for {@code id} {@code version}, when one did. */
    public Optional<SourcedQuestionnaire> used(String id, String version) {
        return Optional.ofNullable(used.get(id + "\n" + version));
    }

    /** The requests that found nothing, in order. */
    public synchronized List<Miss> misses() {
        return List.copyOf(misses);
    }

    /** The requests answered by another version of the given file, in order; cleared by reading them. */
    public synchronized List<Miss> takeWarnings() {
        List<Miss> taken = List.copyOf(warnings);
        warnings.clear();
        return taken;
    }
}
