package fr.caprse.yaml;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.SemanticVersions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * A fixed set of questionnaires read from class-path resources, with their bytes: the current files
 * (one per id, the version offered for new assessments) and the archived earlier versions (found by id
 * and version, so an assessment answered on them still reads and scores exactly as it did).
 *
 * <p>Each file is read only when it is first asked for: scoring one assessment reads the one file it
 * was answered on, not every built-in version. A file with a pre-parsed form beside it made from its
 * exact bytes ({@link PreparsedQuestionnaire}, written by the build) is read from that form; any other
 * is parsed. Which file holds which id and version is read from the
 * first lines of each file ({@code id:} and {@code version:} at the top level, as every built-in file
 * starts); a file whose first lines do not say it simply is parsed up front. A file whose content turns
 * out to be another id or version than its first lines say is left out with a problem. Safe for use
 * from any thread; each file is parsed at most once.
 */
final class QuestionnaireCatalogue {

    /** How far into a file its id and version are looked for. */
    private static final int HEAD_BYTES = 8192;
    private static final Pattern HEAD_LINE =
            Pattern.compile("^(id|version):[ \\t]+(?:\"([^\"\\\\]*)\"|'([^']*)'|([^\\s#\"'{}\\[\\],&*!|>%@`]+))[ \\t]*(?:#.*)?$");

    private final Class<?> anchor;
    private final String folder;
    private final QuestionnaireLoader loader;
    /** Current files by id, in the order listed. */
    private final Map<String, Entry> byId;
    /** Current and archived files by id and version. */
    private final Map<String, Entry> byIdAndVersion;
    /** Problems found so far (duplicates at once; invalid files as they are parsed). */
    private final List<Problem> problems = new ArrayList<>();

    /** One built-in file: where it is, what its first lines say it is, and the file once parsed. */
    private final class Entry {
        final String name;
        final String id;
        final String version;
        private boolean loaded;
        private boolean fromPreparsed;
        private Questionnaire questionnaire;
        private byte[] content;

        Entry(String name, String id, String version) {
            this.name = name;
            this.id = id;
            this.version = version;
        }

        /** Entry already parsed (a file whose first lines do not name it). */
        Entry(String name, Questionnaire questionnaire, byte[] content) {
            this(name, questionnaire.id(), questionnaire.version());
            this.loaded = true;
            this.questionnaire = questionnaire;
            this.content = content;
        }

        /** The questionnaire, parsed on first call; empty when the file does not load. */
        synchronized Optional<Questionnaire> questionnaire() {
            if (!loaded) {
                loaded = true;
                byte[] bytes = readResource(name);
                Optional<Questionnaire> preparsed = bytes == null ? Optional.empty() : preparsed(name, bytes)
                        .filter(q -> q.id().equals(id) && q.version().equals(version));
                if (preparsed.isPresent()) {
                    questionnaire = preparsed.get();
                    content = bytes;
                    fromPreparsed = true;
                    return preparsed;
                }
                LoadResult result = bytes == null ? null : loader.load(name, bytes);
                if (bytes == null) {
                    refuse(new Problem(name, 1, 1, "the built-in file is no longer readable"));
                } else if (!result.ok()) {
                    refuse(result.problems());
                } else if (!result.questionnaire().id().equals(id) || !result.questionnaire().version().equals(version)) {
                    refuse(new Problem(name, 1, 1, "its first lines name " + id + " " + version + " but the file reads as "
                            + result.questionnaire().id() + " " + result.questionnaire().version()));
                } else {
                    questionnaire = result.questionnaire();
                    content = bytes;
                }
            }
            return Optional.ofNullable(questionnaire);
        }

        synchronized boolean loaded() {
            return loaded;
        }

        synchronized boolean fromPreparsed() {
            return fromPreparsed;
        }

        /** The file's bytes (a copy), when it loads. */
        synchronized Optional<byte[]> content() {
            return questionnaire().map(q -> content.clone());
        }
    }

    private QuestionnaireCatalogue(Class<?> anchor, String folder) {
        this.anchor = anchor;
        this.folder = folder;
        this.loader = new QuestionnaireLoader();
        this.byId = new LinkedHashMap<>();
        this.byIdAndVersion = new LinkedHashMap<>();
    }

    /** Reads {@code folder + name} for each name, next to {@code anchor}'s class loader; missing ones are skipped. */
    static QuestionnaireCatalogue fromResources(Class<?> anchor, String folder, List<String> names) {
        return fromResources(anchor, folder, names, List.of());
    }

    /**
     * Lists the current files {@code names} and the archived files {@code archived} (paths under
     * {@code folder}); missing ones are skipped. An archived file whose id and version are already known
     * (current or archived) with other content is a problem and is left out; the very same file is simply
     * known once.
     */
    static QuestionnaireCatalogue fromResources(Class<?> anchor, String folder, List<String> names,
                                                List<String> archived) {
        QuestionnaireCatalogue catalogue = new QuestionnaireCatalogue(anchor, folder);
        for (String name : names) {
            Entry entry = catalogue.entry(name);
            if (entry == null) {
                continue;
            }
            if (catalogue.byId.containsKey(entry.id)) {
                catalogue.refuse(new Problem(name, 1, 1, "the id '" + entry.id
                        + "' is already used by another built-in questionnaire"));
                continue;
            }
            catalogue.byId.put(entry.id, entry);
            catalogue.byIdAndVersion.put(key(entry.id, entry.version), entry);
        }
        for (String name : archived) {
            Entry entry = catalogue.entry(name);
            if (entry == null) {
                continue;
            }
            String key = key(entry.id, entry.version);
            Entry known = catalogue.byIdAndVersion.get(key);
            if (known != null && Arrays.equals(catalogue.readResource(known.name), catalogue.readResource(name))) {
                continue; // the same file, archived ahead of the next version
            }
            if (known != null) {
                catalogue.refuse(new Problem(name, 1, 1, "the questionnaire '" + entry.id + "' version "
                        + entry.version + " is already built in; an archived file keeps an earlier version"));
                continue;
            }
            catalogue.byIdAndVersion.put(key, entry);
        }
        return catalogue;
    }

    /** The entry of a file, named by its first lines, else parsed now; null when missing or invalid. */
    private Entry entry(String name) {
        String[] head = head(name);
        if (head == null) {
            return null;
        }
        if (head[0] != null && head[1] != null) {
            return new Entry(name, head[0], head[1]);
        }
        byte[] content = readResource(name);
        LoadResult result = loader.load(name, content);
        if (!result.ok()) {
            refuse(result.problems());
            return null;
        }
        return new Entry(name, result.questionnaire(), content);
    }

    /**
     * The id and version the first lines of a file state at the top level ({@code null} for what they
     * do not say), or null when the file is missing.
     */
    private String[] head(String name) {
        byte[] start;
        try (InputStream in = anchor.getResourceAsStream(folder + name)) {
            if (in == null) {
                return null;
            }
            start = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in questionnaire " + name, e);
        }
        String[] head = new String[2];
        List<String> lines = lines(new String(start, StandardCharsets.UTF_8));
        // the last line may be cut in the middle: left out unless the whole file was read
        int complete = start.length < HEAD_BYTES ? lines.size() : lines.size() - 1;
        for (int i = 0; i < complete; i++) {
            String line = lines.get(i);
            if (line.startsWith("...") || (line.startsWith("---") && i > 0)) {
                break;
            }
            if (!line.startsWith("id:") && !line.startsWith("version:")) {
                continue; // what HEAD_LINE would not match anyway, without running it on every line
            }
            Matcher matcher = HEAD_LINE.matcher(line);
            if (matcher.matches()) {
                int slot = matcher.group(1).equals("id") ? 0 : 1;
                if (head[slot] != null) {
                    return new String[2]; // said twice: let the parser say what it makes of it
                }
                head[slot] = matcher.group(2) != null ? matcher.group(2)
                        : matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
            }
        }
        return head;
    }

    /**
     * The lines of {@code text}, cut at each "\n" or "\r\n" exactly as {@code split("\r?\n", -1)} cuts
     * them, without compiling a pattern: the six files' first lines took 7 ms of a cold command that way.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
            lines.add(text.substring(from, end > from && text.charAt(end - 1) == '\r' ? end - 1 : end));
            from = end + 1;
        }
        lines.add(text.substring(from));
        return lines;
    }

    /** The file's pre-parsed form ({@link PreparsedQuestionnaire}), when there is one made from exactly {@code yaml}. */
    private Optional<Questionnaire> preparsed(String name, byte[] yaml) {
        byte[] form = readResource(name + PreparsedQuestionnaire.SUFFIX);
        return form == null ? Optional.empty() : PreparsedQuestionnaire.read(form, yaml);
    }

    private byte[] readResource(String name) {
        try (InputStream in = anchor.getResourceAsStream(folder + name)) {
            return in == null ? null : in.readNBytes(QuestionnaireLoader.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in questionnaire " + name, e);
        }
    }

    private void refuse(List<Problem> found) {
        synchronized (problems) {
            problems.addAll(found);
        }
        // the log is set up on first use: looked up here, off the path of a catalogue that loads
        LoggerFactory.getLogger(QuestionnaireCatalogue.class).error("built-in questionnaire left out: {}", found);
    }

    private void refuse(Problem problem) {
        refuse(List.of(problem));
    }

    private static String key(String id, String version) {
        return id + "\n" + version;
    }

    List<Questionnaire> all() {
        return byId.values().stream().map(Entry::questionnaire).flatMap(Optional::stream).toList();
    }

    Optional<Questionnaire> byId(String id) {
        return Optional.ofNullable(byId.get(id)).flatMap(Entry::questionnaire);
    }

    Optional<Questionnaire> find(String id, String version) {
        return Optional.ofNullable(byIdAndVersion.get(key(id, version))).flatMap(Entry::questionnaire);
    }

    /** Every version known for {@code id} (current and archived), oldest first by semantic version. */
    List<Questionnaire> versions(String id) {
        return byIdAndVersion.values().stream().filter(e -> e.id.equals(id))
                .sorted((a, b) -> SemanticVersions.compare(a.version, b.version))
                .map(Entry::questionnaire).flatMap(Optional::stream).toList();
    }

    /** The versions known for {@code id}, oldest first, without parsing any file. */
    List<String> versionNames(String id) {
        return byIdAndVersion.values().stream().filter(e -> e.id.equals(id)).map(e -> e.version)
                .sorted(SemanticVersions::compare).toList();
    }

    byte[] content(String id) {
        Entry entry = byId.get(id);
        return Optional.ofNullable(entry).flatMap(Entry::content).orElseThrow(() -> new NoSuchElementException(
                "no built-in questionnaire '" + id + "'; built-in: " + String.join(", ", byId.keySet())));
    }

    byte[] content(String id, String version) {
        Entry entry = byIdAndVersion.get(key(id, version));
        return Optional.ofNullable(entry).flatMap(Entry::content).orElseThrow(() -> new NoSuchElementException(
                "no built-in questionnaire '" + id + "' version " + version
                        + "; built-in versions: " + versions(id).stream().map(Questionnaire::version).toList()));
    }

    /** The files read so far (parsed or from their pre-parsed form), in the order they are listed. */
    List<String> loaded() {
        return byIdAndVersion.values().stream().filter(Entry::loaded).map(e -> e.name).toList();
    }

    /** The files read so far from their pre-parsed form. */
    List<String> fromPreparsed() {
        return byIdAndVersion.values().stream().filter(Entry::fromPreparsed).map(e -> e.name).toList();
    }

    /** The problems of the files left out; every file is parsed first, so none goes unchecked. */
    List<Problem> problems() {
        byIdAndVersion.values().forEach(Entry::questionnaire);
        byId.values().forEach(Entry::questionnaire);
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }
}
