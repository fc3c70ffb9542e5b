package fr.caprse.application.observatory;

import fr.caprse.application.BadInputException;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.benchmark.BenchmarkComparison;
import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.json.BenchmarkPackJson;
import fr.caprse.platform.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark packs an organisation imported ("Importer des repères…"): one per questionnaire, kept
 * in the user data folder ({@code benchmarks/<questionnaire id>.json}), checked when imported and read
 * back when the results page or the Excel report compares an assessment with them.
 */
public final class BenchmarkPackStore {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkPackStore.class);

    private final Path folder;
    private final Map<String, Optional<BenchmarkPack>> cache = new ConcurrentHashMap<>();

    private static final Map<Path, BenchmarkPackStore> STORES = new ConcurrentHashMap<>();

    public BenchmarkPackStore(Path dataFolder) {
        this.folder = dataFolder.resolve("benchmarks");
    }

    /** The one store of a data folder, shared by the observatory window and the results page. */
    public static BenchmarkPackStore forDataFolder(Path dataFolder) {
        return STORES.computeIfAbsent(dataFolder.toAbsolutePath().normalize(), BenchmarkPackStore::new);
    }

    /**
     * Checks {@code file} and keeps it as the pack of its questionnaire (replacing an older one).
     *
     * @throws BadInputException when the file is not a pack, or holds a group smaller than its minimum
     */
    public BenchmarkPack importPack(Path file) {
        try {
            return importChecked(file);
        } catch (BenchmarkPackJson.PackException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(file.getFileName() + ": cannot be read or kept (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads and checks a pack without keeping it (what {@code export --benchmarks PACK} compares the report
     * with), by the same rules as {@link #importPack}.
     *
     * @throws BadInputException when the file cannot be read, is not a pack, or holds a group smaller than its minimum
     */
    public static BenchmarkPack read(Path file) {
        try {
            return BenchmarkPackJson.read(content(file), name(file));
        } catch (BenchmarkPackJson.PackException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(name(file) + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static byte[] content(Path file) throws BenchmarkPackJson.PackException, IOException {
        String name = name(file);
        try {
            if (Files.size(file) > BenchmarkPackJson.MAX_BYTES) {
                throw new BenchmarkPackJson.PackException(name + ": the file is larger than 5 MB; a benchmark pack is "
                        + "a few kilobytes");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BenchmarkPackJson.PackException(name + ": no such file");
        }
    }

    private BenchmarkPack importChecked(Path file) throws BenchmarkPackJson.PackException, IOException {
        byte[] content = content(file);
        BenchmarkPack pack = BenchmarkPackJson.read(content, name(file));
        Files.createDirectories(folder);
        AtomicFiles.write(target(pack.questionnaireId()), content);
        cache.put(pack.questionnaireId(), Optional.of(pack));
        return pack;
    }

    /** The pack kept for this questionnaire, if any (a damaged one is logged and ignored). */
    public Optional<BenchmarkPack> current(String questionnaireId) {
        return cache.computeIfAbsent(questionnaireId, id -> {
            Path file = target(id);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(BenchmarkPackJson.read(Files.readAllBytes(file), file.getFileName().toString()));
            } catch (IOException | BenchmarkPackJson.PackException e) {
                LOG.warn("The benchmark pack {} cannot be read and is ignored", file, e);
                return Optional.empty();
            }
        });
    }

    /** "You against organisations like yours", when a pack of this questionnaire was imported. */
    public Optional<BenchmarkComparison> compare(Questionnaire questionnaire, Organisation organisation,
                                                 AssessmentScore score) {
        return current(questionnaire.id()).flatMap(pack -> BenchmarkComparison.of(pack, questionnaire, organisation,
                score));
    }

    private Path target(String questionnaireId) {
        return folder.resolve(questionnaireId.replaceAll("[^a-z0-9-]", "_") + ".json");
    }
}
