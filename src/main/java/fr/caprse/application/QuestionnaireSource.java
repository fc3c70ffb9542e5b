package fr.caprse.application;

import fr.caprse.application.SourcedQuestionnaire.Origin;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.platform.Said;
import fr.caprse.yaml.BuiltInQuestionnaires;
import fr.caprse.yaml.LoadResult;
import fr.caprse.yaml.QuestionnaireLoader;
import fr.caprse.yaml.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;

/**
 * Where every questionnaire comes from, for the app and the command line alike. An assessment names
 * its questionnaire by id and version (and, in the database, by the hash of the exact file); the
 * questionnaire is looked for in this order:
 * <ol>
 *   <li>the file given for this operation ({@code --questionnaire FILE}; see {@link #lookup});</li>
 *   <li>a file the user opened earlier ({@link #open});</li>
 *   <li>the questionnaires built into the application;</li>
 *   <li>the files kept in the database with the assessments answered on them.</li>
 * </ol>
 * Every questionnaire read is cached by the hash of its bytes, so a file is parsed once. Safe for use
 * from any thread.
 */
public final class QuestionnaireSource {

    private final KeptQuestionnaires kept;
    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    /** Every questionnaire read from bytes, by hash: parsed once. */
    private final Map<String, Questionnaire> parsed = new ConcurrentHashMap<>();
    /** Files opened by the user, by id and version (the last one opened wins). */
    private final Map<String, SourcedQuestionnaire> open = new ConcurrentHashMap<>();

    public QuestionnaireSource(KeptQuestionnaires kept) {
        this.kept = Objects.requireNonNull(kept, "kept");
    }

    /** Built-in questionnaires and the user's files only: no database (the command line). */
    public static QuestionnaireSource withoutDatabase() {
        return new QuestionnaireSource(KeptQuestionnaires.none());
    }

    /** The current built-in questionnaires (offered for new assessments), in their fixed order. */
    public List<SourcedQuestionnaire> builtIns() {
        return BuiltInQuestionnaires.all().stream().map(QuestionnaireSource::builtIn).toList();
    }

    /** Reads and checks a questionnaire file of the user's, without remembering it. */
    public SourcedQuestionnaire load(Path file) throws QuestionnaireFileException {
        byte[] content = read(file);
        LoadResult result = loader.load(file.toString(), content);
        if (!result.ok()) {
            throw new QuestionnaireFileException(result.problems());
        }
        Questionnaire questionnaire = parsed.computeIfAbsent(result.questionnaire().contentHash(),
                hash -> result.questionnaire());
        return new SourcedQuestionnaire(questionnaire, content, Origin.GIVEN);
    }

    /**
     * Checks a questionnaire file against the format: the questionnaire when it is valid, else every
     * problem as {@code FILE:LINE:COLUMN: message}, in file order; with the warnings either way (what loads
     * but is probably not what the author meant). Each is said in English ({@code toString}, what
     * {@code validate} prints) and, where it has a translation, by its key for the app.
     */
    public Checked check(Path file) {
        try {
            LoadResult result = loader.load(file.toString(), read(file));
            List<Said> warnings = result.warnings().stream().map(Problem::located).toList();
            if (!result.ok()) {
                return new Checked(null, result.problems().stream().map(Problem::located).toList(), warnings);
            }
            Questionnaire questionnaire = parsed.computeIfAbsent(result.questionnaire().contentHash(),
                    hash -> result.questionnaire());
            return new Checked(questionnaire, List.of(), warnings);
        } catch (QuestionnaireFileException e) {
            return new Checked(null, e.problems().stream().map(Said::english).toList(), List.of());
        }
    }

    /** A file checked: the questionnaire, or the problems; and its warnings. */
    public record Checked(Questionnaire questionnaire, List<Said> problems, List<Said> warnings) {
        public Checked {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The problems of built-in files left out (none in a correct build). */
    public List<String> builtInProblems() {
        return BuiltInQuestionnaires.problems().stream().map(Problem::toString).toList();
    }

    /** Reads and checks a questionnaire file the user opened; later look-ups find it by id and version. */
    public SourcedQuestionnaire open(Path file) throws QuestionnaireFileException {
        SourcedQuestionnaire opened = load(file).as(Origin.OPEN);
        open.put(key(opened.id(), opened.version()), opened);
        return opened;
    }

    /** The questionnaire of this id and version: opened by the user, else built in, else kept. */
    public Optional<SourcedQuestionnaire> find(String id, String version) {
        SourcedQuestionnaire opened = open.get(key(id, version));
        if (opened != null) {
            return Optional.of(opened);
        }
        Optional<SourcedQuestionnaire> builtIn = BuiltInQuestionnaires.find(id, version).map(QuestionnaireSource::builtIn);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        return kept.find(id, version).flatMap(content -> parse(content, Origin.KEPT))
                .filter(q -> q.id().equals(id) && q.version().equals(version));
    }

    /**
     * The questionnaire whose file has exactly these bytes (SHA-256, hex), as an assessment in the
     * database names it: opened, built in or kept.
     */
    public Optional<SourcedQuestionnaire> byHash(String hash) {
        for (SourcedQuestionnaire opened : open.values()) {
            if (opened.hash().equals(hash)) {
                return Optional.of(opened);
            }
        }
        for (SourcedQuestionnaire builtIn : builtIns()) {
            for (Questionnaire version : BuiltInQuestionnaires.versions(builtIn.id())) {
                if (version.contentHash().equals(hash)) {
                    return Optional.of(builtIn(version));
                }
            }
        }
        return kept.byHash(hash).flatMap(content -> parse(content, Origin.KEPT));
    }

    /** The built-in versions of the questionnaire with this id, current and earlier, oldest first (empty when none). */
    public List<String> builtInVersions(String id) {
        return BuiltInQuestionnaires.versionNames(id);
    }

    /**
     * A look-up for one operation (reading one or more files): {@code given}, when not null, comes first
     * and answers for its id whatever the version (another version is read with a warning); it also
     * remembers why a file could not be matched.
     */
    public QuestionnaireLookup lookup(SourcedQuestionnaire given) {
        return new QuestionnaireLookup(this, given);
    }

    private Optional<SourcedQuestionnaire> parse(byte[] content, Origin origin) {
        String hash = QuestionnaireLoader.sha256(content);
        Questionnaire questionnaire = parsed.get(hash);
        if (questionnaire == null) {
            LoadResult result = loader.load(hash.substring(0, 12) + ".yaml", content);
            if (!result.ok()) {
                // looked up here: a command line that logs nothing never sets logging up
                LoggerFactory.getLogger(QuestionnaireSource.class).warn("a kept questionnaire ({}) does not load: {}", hash, result.problems());
                return Optional.empty();
            }
            questionnaire = parsed.computeIfAbsent(hash, h -> result.questionnaire());
        }
        return Optional.of(new SourcedQuestionnaire(questionnaire, content, origin));
    }

    private static SourcedQuestionnaire builtIn(Questionnaire questionnaire) {
        return new SourcedQuestionnaire(questionnaire,
                BuiltInQuestionnaires.content(questionnaire.id(), questionnaire.version()), Origin.BUILT_IN);
    }

    /** The bytes of a questionnaire file, at most one byte more than the loader accepts (it says so). */
    private static byte[] read(Path file) throws QuestionnaireFileException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw problem(name, "this is a folder, not a questionnaire file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(QuestionnaireLoader.MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw problem(name, "no such file");
        } catch (IOException e) {
            throw problem(name, "the file cannot be read: " + e.getMessage());
        }
    }

    private static QuestionnaireFileException problem(String file, String message) {
        return new QuestionnaireFileException(List.of(new Problem(file, 1, 1, message)));
    }

    private static String key(String id, String version) {
        return id + "\n" + version;
    }
}
