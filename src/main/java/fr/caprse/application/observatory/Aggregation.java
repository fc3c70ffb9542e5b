package fr.caprse.application.observatory;

import fr.caprse.csv.CampaignList;
import fr.caprse.csv.CsvTableWriter;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.benchmark.Grouping;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.Evaluation;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.domain.scoring.ThemeScore;
import fr.caprse.excel.ConsolidatedWorkbook;
import fr.caprse.excel.ConsolidatedWorkbook.Column;
import fr.caprse.excel.ConsolidatedWorkbook.Kind;
import fr.caprse.i18n.I18n;
import fr.caprse.json.BenchmarkPackJson;
import fr.caprse.platform.AppInfo;
import fr.caprse.platform.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consolidates the returns of many organisations (the CLI's {@code aggregate} and the app's
 * Observatoire): reads every report, filled form and {@code .rse.json} file given (folders searched
 * recursively) on all cores, scores each assessment on the questionnaire version it was answered with,
 * keeps the newest of duplicates, and writes the consolidated workbook, optionally the long CSV, the
 * benchmark pack and the campaign follow-up. A file that cannot be read is rejected with its reason
 * and the run goes on. Memory stays bounded: a few files are in flight at once, the answers wait in a
 * temporary file, and the workbook is streamed.
 */
public final class Aggregation {

    private static final Logger LOG = LoggerFactory.getLogger(Aggregation.class);

    private final InputReaders readers;
    private final Clock clock;
    private final int threads;

    public Aggregation(InputReaders readers, Clock clock, int threads) {
        this.readers = readers;
        this.clock = clock;
        this.threads = Math.max(1, threads);
    }

    /** On all available cores. */
    public Aggregation(InputReaders readers) {
        this(readers, Clock.systemUTC(), Runtime.getRuntime().availableProcessors());
    }

    /** One input file found, and how it is named in the workbook. */
    record Input(Path path, String source) {
    }

    /** The outcome of reading one file (on a worker thread). */
    private record Outcome(Input input, ConsolidatedAssessment assessment, List<AnswerRow> rows, String rejection) {
    }

    /**
     * Runs the consolidation. {@code cancelled} is asked between files; when it says yes, the run stops,
     * nothing is written, and {@link CancellationException} is thrown.
     */
    public AggregationSummary run(AggregationRequest request, AggregationListener listener, BooleanSupplier cancelled)
            throws AggregationException {
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        checkFolder(request.output());
        if (request.longCsv() != null) {
            checkFolder(request.longCsv());
        }
        if (request.benchmarks() != null) {
            checkFolder(request.benchmarks());
        }
        List<CampaignList.Entry> campaign = null;
        if (request.campaign() != null) {
            try {
                campaign = CampaignList.read(request.campaign());
            } catch (CampaignList.CampaignListException e) {
                throw new AggregationException(e.getMessage(), e);
            }
        }
        List<AggregationSummary.Rejection> rejected = new ArrayList<>();
        I18n texts = new I18n(Locale.forLanguageTag(request.language()));
        List<Input> inputs = InputFiles.list(request.inputs(), rejected, texts);
        Path tempFolder = request.output().toAbsolutePath().getParent();
        try (AnswerSpill spill = new AnswerSpill(tempFolder)) {
            List<ConsolidatedAssessment> read = readAll(inputs, request.language(), spill, rejected, listener, cancelled);
            spill.finish();
            Consolidation consolidation = new Consolidation(read, rejected, request);
            if (consolidation.kept.isEmpty()) {
                return consolidation.summary(inputs.size(), Duration.ofNanos(System.nanoTime() - startNanos), null);
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            consolidation.themes(readers::questionnaire, request.language());
            Statistics statistics = new Statistics(consolidation, request);
            Output output = new Output(consolidation, statistics, spill, request, start, campaign);
            output.write();
            BenchmarkPacks.Built pack = null;
            if (request.benchmarks() != null) {
                pack = output.pack(request.benchmarks());
            }
            return consolidation.summary(inputs.size(), Duration.ofNanos(System.nanoTime() - startNanos), pack);
        } catch (IOException | UncheckedIOException e) {
            throw new AggregationException("cannot write the consolidation: " + e.getMessage(), e);
        }
    }

    private static void checkFolder(Path file) throws AggregationException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AggregationException(file + ": folder " + folder + " does not exist");
        }
    }

    private List<ConsolidatedAssessment> readAll(List<Input> inputs, String language, AnswerSpill spill,
                                                 List<AggregationSummary.Rejection> rejected,
                                                 AggregationListener listener, BooleanSupplier cancelled)
            throws IOException {
        List<ConsolidatedAssessment> read = new ArrayList<>();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "cap-rse-aggregate-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<Outcome> completion = new ExecutorCompletionService<>(pool);
            int window = threads * 4;
            int submitted = 0;
            int done = 0;
            listener.progress(0, inputs.size(), rejected.size());
            while (done < inputs.size()) {
                while (submitted < inputs.size() && submitted - done < window) {
                    Input input = inputs.get(submitted++);
                    completion.submit(() -> readOne(input, language));
                }
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("cancelled");
                }
                Outcome outcome;
                try {
                    outcome = completion.take().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                } catch (ExecutionException e) {
                    throw new IllegalStateException("reading a file failed unexpectedly", e.getCause());
                }
                done++;
                if (outcome.rejection() != null) {
                    rejected.add(new AggregationSummary.Rejection(outcome.input().source(), outcome.rejection()));
                } else {
                    AnswerSpill.Block block = spill.append(outcome.rows());
                    ConsolidatedAssessment a = outcome.assessment();
                    read.add(new ConsolidatedAssessment(a.source(), a.kind(), a.organisation(), a.period(), a.modified(),
                            a.questionnaireId(), a.questionnaireVersion(), a.questionnaireHash(), a.overall(), a.level(),
                            a.completion(), a.themeIds(), a.themeScores(), block));
                }
                listener.progress(done, inputs.size(), rejected.size());
            }
        } finally {
            pool.shutdownNow();
        }
        return read;
    }

    private Outcome readOne(Input input, String language) {
        try {
            LoadedAssessment loaded = readers.read(input.path());
            Questionnaire questionnaire = loaded.questionnaire();
            var assessment = loaded.assessment();
            Evaluation evaluation = Evaluation.of(questionnaire, assessment.organisation(), assessment.answers());
            AssessmentScore score = Scorer.score(evaluation);
            Map<String, Double> themeScores = new HashMap<>();
            for (ThemeScore theme : score.themes()) {
                if (theme.score() != null) {
                    themeScores.put(theme.themeId(), theme.score());
                }
            }
            List<AnswerRow> rows = AnswerRows.of(questionnaire, evaluation, score, assessment.answers(), language);
            ConsolidatedAssessment consolidated = new ConsolidatedAssessment(input.source(), loaded.kind(),
                    assessment.organisation(), assessment.period(), assessment.modified(), questionnaire.id(),
                    questionnaire.version(), questionnaire.contentHash(), score.overall(), score.level(),
                    score.completion(), questionnaire.themes().stream().map(Theme::id).toList(), themeScores, null);
            return new Outcome(input, consolidated, rows, null);
        } catch (RejectedInput e) {
            return new Outcome(input, null, null, e.reason(Locale.forLanguageTag(language)));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Unexpected failure reading {}", input.path(), e);
            return new Outcome(input, null, null, new I18n(Locale.forLanguageTag(language))
                    .get("observatory.reject.unexpected", InputReaders.name(input.path()), e.toString()));
        }
    }

    /** Which assessments are kept, in which order, and which were set aside. */
    static final class Consolidation {
        final String questionnaireId;
        final List<ConsolidatedAssessment> kept;
        final List<AggregationSummary.Rejection> rejected;
        final List<AggregationSummary.Duplicate> duplicates = new ArrayList<>();
        /** Every theme, by id, in the order of the newest version that has it; → its title. */
        final Map<String, String> themes = new LinkedHashMap<>();
        /** Versions consolidated, oldest first, → content hash(es). */
        final Map<String, Set<String>> versions = new TreeMap<>(Aggregation::compareVersions);

        Consolidation(List<ConsolidatedAssessment> read, List<AggregationSummary.Rejection> rejected,
                      AggregationRequest request) {
            this.rejected = rejected;
            I18n texts = new I18n(Locale.forLanguageTag(request.language()));
            questionnaireId = request.questionnaireId() != null ? request.questionnaireId() : mostCommon(read);
            List<ConsolidatedAssessment> same = new ArrayList<>();
            for (ConsolidatedAssessment a : read) {
                if (a.questionnaireId().equals(questionnaireId)) {
                    same.add(a);
                } else {
                    rejected.add(new AggregationSummary.Rejection(a.source(), texts.get(request.questionnaireId() != null
                            ? "observatory.reject.other-questionnaire" : "observatory.reject.other-questionnaire.most",
                            fileName(a.source()), a.questionnaireId(), questionnaireId)));
                }
            }
            kept = deduplicate(same);
            Map<ConsolidatedAssessment, String> names = new java.util.IdentityHashMap<>();
            kept.forEach(a -> names.put(a, ConsolidatedAssessment.normalisedName(a.organisation().name())));
            kept.sort(Comparator.comparing((ConsolidatedAssessment a) -> names.get(a))
                    .thenComparing(ConsolidatedAssessment::period).thenComparing(ConsolidatedAssessment::source));
            rejected.sort(Comparator.comparing(AggregationSummary.Rejection::source));
            for (ConsolidatedAssessment a : kept) {
                versions.computeIfAbsent(a.questionnaireVersion(), v -> new LinkedHashSet<>()).add(a.questionnaireHash());
            }
        }

        private static String mostCommon(List<ConsolidatedAssessment> read) {
            Map<String, Integer> counts = new TreeMap<>();
            read.forEach(a -> counts.merge(a.questionnaireId(), 1, Integer::sum));
            return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse("");
        }

        private List<ConsolidatedAssessment> deduplicate(List<ConsolidatedAssessment> same) {
            Map<String, ConsolidatedAssessment> byKey = new LinkedHashMap<>();
            List<ConsolidatedAssessment> ordered = new ArrayList<>(same);
            ordered.sort(Comparator.comparing(ConsolidatedAssessment::source));
            for (ConsolidatedAssessment a : ordered) {
                String key = a.organisationKey() + "|" + a.period().strip();
                ConsolidatedAssessment other = byKey.get(key);
                if (other == null) {
                    byKey.put(key, a);
                    continue;
                }
                boolean newer = a.modified() != null && (other.modified() == null || a.modified().isAfter(other.modified()));
                ConsolidatedAssessment keep = newer ? a : other;
                ConsolidatedAssessment drop = newer ? other : a;
                byKey.put(key, keep);
                duplicates.add(new AggregationSummary.Duplicate(drop.organisation().name(), drop.period(), drop.source(),
                        keep.source(), drop.modified() == null ? "" : drop.modified().toString(),
                        keep.modified() == null ? "" : keep.modified().toString()));
            }
            // a duplicate's "kept" file may itself have been replaced later: point at the final one
            List<AggregationSummary.Duplicate> fixed = new ArrayList<>();
            for (AggregationSummary.Duplicate d : duplicates) {
                ConsolidatedAssessment finalKeep = byKey.values().stream()
                        .filter(k -> k.source().equals(d.keptSource())).findFirst().orElse(null);
                if (finalKeep == null) {
                    String key = byKey.entrySet().stream().filter(e -> e.getValue().organisation().name()
                            .equals(d.organisation()) && e.getValue().period().equals(d.period()))
                            .map(Map.Entry::getKey).findFirst().orElse(null);
                    finalKeep = key == null ? null : byKey.get(key);
                }
                fixed.add(finalKeep == null ? d : new AggregationSummary.Duplicate(d.organisation(), d.period(),
                        d.droppedSource(), finalKeep.source(), d.droppedModified(),
                        finalKeep.modified() == null ? "" : finalKeep.modified().toString()));
            }
            duplicates.clear();
            duplicates.addAll(fixed);
            duplicates.sort(Comparator.comparing(AggregationSummary.Duplicate::droppedSource));
            return new ArrayList<>(byKey.values());
        }

        /** Sets the theme columns from the questionnaires (newest version first). */
        void themes(java.util.function.BiFunction<String, String, java.util.Optional<Questionnaire>> questionnaires,
                    String language) {
            List<String> newestFirst = new ArrayList<>(versions.keySet());
            java.util.Collections.reverse(newestFirst);
            for (String version : newestFirst) {
                questionnaires.apply(questionnaireId, version).ifPresent(q -> {
                    for (Theme theme : q.themes()) {
                        themes.putIfAbsent(theme.id(), theme.title().get(language));
                    }
                });
            }
            for (ConsolidatedAssessment a : kept) {
                for (String id : a.themeIds()) {
                    themes.putIfAbsent(id, id);
                }
            }
        }

        AggregationSummary summary(int found, Duration elapsed, BenchmarkPacks.Built pack) {
            return new AggregationSummary(found, kept.size(), rejected, duplicates, questionnaireId,
                    pack == null ? List.of() : pack.leftOut(), pack == null ? null : pack.problem(), elapsed);
        }
    }

    /** Compares versions such as 1.10.0 and 1.9.2 number by number. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[.\\-+]");
        String[] y = b.split("[.\\-+]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c;
            if (p.matches("\\d{1,9}") && q.matches("\\d{1,9}")) {
                c = Integer.compare(Integer.parseInt(p), Integer.parseInt(q));
            } else {
                c = p.compareTo(q);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash >= 0 ? source.substring(slash + 1) : source;
    }

    /** The benchmarks: statistics per theme and overall, of all assessments kept and of each group. */
    static final class Statistics {
        static final String OVERALL = "overall";

        /** One set of assessments. */
        record Section(String key, String label, int organisations, Map<String,
                fr.caprse.domain.benchmark.Statistics> themes, Map<String, Integer> organisationsPerTheme) {
        }

        final Section all;
        final List<Section> groups = new ArrayList<>();
        final Grouping by;

        Statistics(Consolidation consolidation, AggregationRequest request) {
            this.by = request.by();
            all = section("", "", consolidation.kept, consolidation);
            if (by != null) {
                Map<String, List<ConsolidatedAssessment>> grouped = new TreeMap<>();
                Map<String, String> labels = new HashMap<>();
                for (ConsolidatedAssessment a : consolidation.kept) {
                    String key = by.groupOf(a.organisation()).orElse("");
                    grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
                    labels.putIfAbsent(key, label(by, a.organisation(), key));
                }
                for (Map.Entry<String, List<ConsolidatedAssessment>> group : grouped.entrySet()) {
                    groups.add(section(group.getKey(), labels.get(group.getKey()), group.getValue(), consolidation));
                }
                groups.sort(Comparator.comparingInt(Section::organisations).reversed().thenComparing(Section::key));
            }
        }

        private static String label(Grouping by, Organisation organisation, String key) {
            if (key.isEmpty()) {
                return "(" + by.code() + " not given)";
            }
            return switch (by) {
                case TERRITORY -> organisation.territory().strip();
                default -> key;
            };
        }

        private static Section section(String key, String label, List<ConsolidatedAssessment> assessments,
                                       Consolidation consolidation) {
            Map<String, fr.caprse.domain.benchmark.Statistics> themes = new LinkedHashMap<>();
            Map<String, Integer> organisationsPerTheme = new LinkedHashMap<>();
            List<String> ids = new ArrayList<>(consolidation.themes.keySet());
            ids.add(OVERALL);
            for (String theme : ids) {
                double[] values = new double[assessments.size()];
                Set<String> organisations = new java.util.HashSet<>();
                int n = 0;
                for (ConsolidatedAssessment a : assessments) {
                    Double score = OVERALL.equals(theme) ? a.overall() : a.themeScores().get(theme);
                    if (score != null) {
                        values[n++] = score;
                        organisations.add(a.organisationKey());
                    }
                }
                themes.put(theme, fr.caprse.domain.benchmark.Statistics.of(java.util.Arrays.copyOf(values, n)));
                organisationsPerTheme.put(theme, organisations.size());
            }
            int organisations = (int) assessments.stream().map(ConsolidatedAssessment::organisationKey).distinct().count();
            return new Section(key, label, organisations, themes, organisationsPerTheme);
        }
    }

    /** Lists input files: folders recursively (reports, forms and assessment files only), sorted. */
    static final class InputFiles {
        private InputFiles() {
        }

        static List<Input> list(List<Path> inputs, List<AggregationSummary.Rejection> rejected, I18n texts) {
            List<Input> found = new ArrayList<>();
            Set<Path> seen = new java.util.HashSet<>();
            for (Path input : inputs) {
                if (Files.isDirectory(input)) {
                    Path base = input.toAbsolutePath().normalize();
                    String prefix = base.getFileName() == null ? "" : base.getFileName() + "/";
                    List<Path> files;
                    try (var walk = Files.walk(base)) {
                        files = walk.filter(Files::isRegularFile).filter(InputReaders::looksLikeInput).sorted().toList();
                    } catch (IOException | UncheckedIOException e) {
                        rejected.add(new AggregationSummary.Rejection(input.toString(), texts.get(
                                "observatory.reject.folder", input.toString(), String.valueOf(e.getMessage()))));
                        continue;
                    }
                    for (Path file : files) {
                        if (seen.add(file)) {
                            found.add(new Input(file, prefix + base.relativize(file).toString().replace('\\', '/')));
                        }
                    }
                } else if (Files.isRegularFile(input)) {
                    if (seen.add(input.toAbsolutePath().normalize())) {
                        found.add(new Input(input, input.toString().replace('\\', '/')));
                    }
                } else {
                    rejected.add(new AggregationSummary.Rejection(input.toString(),
                            texts.get("observatory.reject.missing", input.toString())));
                }
            }
            found.sort(Comparator.comparing(Input::source));
            return found;
        }
    }

    /** Writes the files of a consolidation. */
    private final class Output {
        private final Consolidation consolidation;
        private final Statistics statistics;
        private final AnswerSpill spill;
        private final AggregationRequest request;
        private final Instant generated;
        private final List<CampaignList.Entry> campaign;

        Output(Consolidation consolidation, Statistics statistics, AnswerSpill spill, AggregationRequest request,
               Instant generated, List<CampaignList.Entry> campaign) {
            this.consolidation = consolidation;
            this.statistics = statistics;
            this.spill = spill;
            this.request = request;
            this.generated = generated;
            this.campaign = campaign;
        }

        private Object[] profile(ConsolidatedAssessment a) {
            Organisation o = a.organisation();
            return new Object[] {o.registryId(), o.name(), a.period(), a.questionnaireId(), a.questionnaireVersion(),
                    o.sector(), o.size() == null ? null : o.size().code(), o.territory(), o.legalForm(), o.ess()};
        }

        /** The workbook, and the long CSV beside it on another core when one is asked for. */
        void write() throws IOException {
            if (request.longCsv() == null || threads < 2) {
                if (request.longCsv() != null) {
                    longCsv(request.longCsv());
                }
                workbook(request.output());
                return;
            }
            java.util.concurrent.FutureTask<Void> csv = new java.util.concurrent.FutureTask<>(() -> {
                longCsv(request.longCsv());
                return null;
            });
            Thread thread = new Thread(csv, "cap-rse-aggregate-csv");
            thread.setDaemon(true);
            thread.start();
            try {
                workbook(request.output());
            } finally {
                try {
                    csv.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }

        void longCsv(Path target) throws IOException {
            AtomicFiles.write(target, out -> {
                try (CsvTableWriter csv = new CsvTableWriter(new NonClosing(out), LongFormat.COLUMNS)) {
                    eachAnswer(csv::row);
                }
            });
        }

        private void eachAnswer(ConsolidatedWorkbook.RowSink sink) throws IOException {
            int number = 0;
            for (ConsolidatedAssessment a : consolidation.kept) {
                number++;
                Object[] profile = profile(a);
                for (AnswerRow r : spill.read(a.answers())) {
                    Object[] row = new Object[LongFormat.COLUMNS.size()];
                    row[0] = number;
                    System.arraycopy(profile, 0, row, 1, profile.length);
                    int i = 1 + profile.length;
                    row[i++] = r.themeId();
                    row[i++] = r.questionId();
                    row[i++] = r.type();
                    row[i++] = r.value();
                    row[i++] = r.valueLabel();
                    row[i++] = r.number();
                    row[i++] = r.na();
                    row[i++] = r.applicable();
                    row[i++] = r.answered();
                    row[i++] = r.included();
                    row[i++] = r.weight();
                    row[i++] = r.s();
                    row[i] = r.points();
                    sink.row(row);
                }
            }
        }

        void workbook(Path target) throws IOException {
            List<Column> assessmentColumns = new ArrayList<>(List.of(new Column("assessment", Kind.INTEGER),
                    new Column("organisation_id", Kind.TEXT), new Column("organisation", Kind.TEXT),
                    new Column("period", Kind.TEXT), new Column("questionnaire_id", Kind.TEXT),
                    new Column("questionnaire_version", Kind.TEXT), new Column("sector", Kind.TEXT),
                    new Column("size", Kind.TEXT), new Column("territory", Kind.TEXT), new Column("legal_form", Kind.TEXT),
                    new Column("ess", Kind.BOOLEAN), new Column("employees", Kind.INTEGER),
                    new Column("questionnaire_hash", Kind.TEXT), new Column("overall", Kind.NUMBER),
                    new Column("level", Kind.INTEGER), new Column("completion", Kind.SHARE)));
            List<String> themeIds = new ArrayList<>(consolidation.themes.keySet());
            for (String theme : themeIds) {
                assessmentColumns.add(new Column("score_" + theme, Kind.NUMBER));
            }
            assessmentColumns.add(new Column("modified", Kind.TEXT));
            assessmentColumns.add(new Column("kind", Kind.TEXT));
            assessmentColumns.add(new Column("source_file", Kind.TEXT));
            ConsolidatedWorkbook.Table assessments = new ConsolidatedWorkbook.Table(ConsolidatedWorkbook.ASSESSMENTS,
                    assessmentColumns, sink -> {
                        int number = 0;
                        for (ConsolidatedAssessment a : consolidation.kept) {
                            List<Object> row = new ArrayList<>();
                            row.add(++number);
                            row.addAll(java.util.Arrays.asList(profile(a)));
                            row.add(a.organisation().employees());
                            row.add(a.questionnaireHash());
                            row.add(a.overall());
                            row.add(a.level());
                            row.add(a.completion());
                            for (String theme : themeIds) {
                                row.add(a.themeScores().get(theme));
                            }
                            row.add(a.modified() == null ? null : a.modified().toString());
                            row.add(a.kind().code());
                            row.add(a.source());
                            sink.row(row.toArray());
                        }
                    });
            List<Column> longColumns = LongFormat.COLUMNS.stream().map(name -> new Column(name, LongFormat.kind(name)))
                    .toList();
            long answerRows = consolidation.kept.stream().mapToLong(a -> a.answers().rows()).sum();
            ConsolidatedWorkbook.Table answers = new ConsolidatedWorkbook.Table(ConsolidatedWorkbook.ANSWERS, longColumns,
                    this::eachAnswer, answerRows);
            ConsolidatedWorkbook.Table rejectedTable = new ConsolidatedWorkbook.Table(ConsolidatedWorkbook.REJECTED,
                    List.of(new Column("source_file", Kind.TEXT), new Column("reason", Kind.TEXT)), sink -> {
                        for (AggregationSummary.Rejection r : consolidation.rejected) {
                            sink.row(r.source(), r.reason());
                        }
                    });
            ConsolidatedWorkbook.Table duplicatesTable = new ConsolidatedWorkbook.Table(ConsolidatedWorkbook.DUPLICATES,
                    List.of(new Column("organisation", Kind.TEXT), new Column("period", Kind.TEXT),
                            new Column("set_aside_file", Kind.TEXT), new Column("set_aside_modified", Kind.TEXT),
                            new Column("kept_file", Kind.TEXT), new Column("kept_modified", Kind.TEXT)), sink -> {
                        for (AggregationSummary.Duplicate d : consolidation.duplicates) {
                            sink.row(d.organisation(), d.period(), d.droppedSource(), d.droppedModified(), d.keptSource(),
                                    d.keptModified());
                        }
                    });
            ConsolidatedWorkbook.Table campaignTable = campaign == null ? null : campaignTable();
            List<ConsolidatedWorkbook.BenchmarkSection> sections = new ArrayList<>();
            I18n texts = new I18n(Locale.forLanguageTag(request.language()));
            sections.add(section(statistics.all, texts.get("observatory.workbook.all"), texts));
            for (Statistics.Section group : statistics.groups) {
                String small = group.organisations() < request.minGroup()
                        ? texts.get("observatory.workbook.small", Integer.toString(request.minGroup())) : "";
                sections.add(section(group, texts.get("observatory.by." + statistics.by.code()) + " = " + group.label()
                        + small, texts));
            }
            List<List<String>> about = new ArrayList<>();
            about.add(List.of("format", "cap-rse/consolidated@1"));
            about.add(List.of("generator", AppInfo.name() + " " + AppInfo.version()));
            about.add(List.of("generated", generated.toString()));
            about.add(List.of("questionnaire_id", consolidation.questionnaireId));
            for (Map.Entry<String, Set<String>> version : consolidation.versions.entrySet()) {
                about.add(List.of("questionnaire_version", version.getKey() + " (hash " + String.join(", ", version.getValue())
                        + ")"));
            }
            about.add(List.of("assessments", Integer.toString(consolidation.kept.size())));
            about.add(List.of("rejected_files", Integer.toString(consolidation.rejected.size())));
            about.add(List.of("duplicates_set_aside", Integer.toString(consolidation.duplicates.size())));
            about.add(List.of("by", statistics.by == null ? "" : statistics.by.code()));
            about.add(List.of("min_group", Integer.toString(request.minGroup())));
            about.add(List.of("language", texts.language()));
            about.add(List.of("quartiles", texts.get("observatory.workbook.about.quartiles")));
            about.add(List.of("scores", texts.get("observatory.workbook.about.scores")));
            List<String> benchmarkHeaders = List.of(texts.get("observatory.workbook.theme-id"),
                    texts.get("observatory.workbook.theme"), texts.get("observatory.workbook.count"),
                    texts.get("observatory.workbook.mean"), texts.get("observatory.workbook.median"),
                    texts.get("observatory.workbook.q1"), texts.get("observatory.workbook.q3"),
                    texts.get("observatory.workbook.min"), texts.get("observatory.workbook.max"),
                    texts.get("observatory.workbook.bar-q1"), texts.get("observatory.workbook.bar-q1-median"),
                    texts.get("observatory.workbook.bar-median-q3"));
            ConsolidatedWorkbook.write(new ConsolidatedWorkbook.Contents(assessments, answers,
                    texts.get("observatory.workbook.title", consolidation.questionnaireId,
                            Integer.toString(consolidation.kept.size())),
                    benchmarkHeaders, sections, rejectedTable, duplicatesTable, campaignTable, about), target);
        }

        private ConsolidatedWorkbook.BenchmarkSection section(Statistics.Section section, String title, I18n texts) {
            List<String> ids = new ArrayList<>(section.themes().keySet());
            String overall = texts.get("observatory.workbook.overall");
            List<String> labels = ids.stream().map(id -> Statistics.OVERALL.equals(id) ? overall
                    : consolidation.themes.getOrDefault(id, id)).toList();
            List<fr.caprse.domain.benchmark.Statistics> stats = ids.stream().map(section.themes()::get).toList();
            return new ConsolidatedWorkbook.BenchmarkSection(title + " (n = " + section.organisations() + ")", ids, labels,
                    stats);
        }

        private ConsolidatedWorkbook.Table campaignTable() {
            Map<String, List<ConsolidatedAssessment>> byKey = new HashMap<>();
            Map<String, List<ConsolidatedAssessment>> byName = new HashMap<>();
            for (ConsolidatedAssessment a : consolidation.kept) {
                if (a.organisation().registryId() != null) {
                    byKey.computeIfAbsent(a.organisationKey(), k -> new ArrayList<>()).add(a);
                }
                byName.computeIfAbsent(ConsolidatedAssessment.normalisedName(a.organisation().name()),
                        k -> new ArrayList<>()).add(a);
            }
            return new ConsolidatedWorkbook.Table(ConsolidatedWorkbook.CAMPAIGN, List.of(new Column("organisation", Kind.TEXT),
                    new Column("organisation_id", Kind.TEXT), new Column("return_code", Kind.TEXT),
                    new Column("email", Kind.TEXT), new Column("answered", Kind.BOOLEAN), new Column("periods", Kind.TEXT),
                    new Column("source_files", Kind.TEXT)), sink -> {
                        for (CampaignList.Entry entry : campaign) {
                            List<ConsolidatedAssessment> found = entry.id() != null
                                    ? byKey.get(ConsolidatedAssessment.organisationKey(entry.id(), entry.name())) : null;
                            if (found == null) {
                                found = byName.getOrDefault(ConsolidatedAssessment.normalisedName(entry.name()), List.of());
                            }
                            sink.row(entry.name(), entry.id(), entry.returnCode(), entry.email(), !found.isEmpty(),
                                    found.isEmpty() ? null : String.join(", ", found.stream().map(ConsolidatedAssessment::period).toList()),
                                    found.isEmpty() ? null : String.join(", ", found.stream().map(ConsolidatedAssessment::source).toList()));
                        }
                    });
        }

        /** Writes the pack, unless there are too few organisations for one (then only says so). */
        BenchmarkPacks.Built pack(Path target) throws IOException {
            BenchmarkPacks.Built built = BenchmarkPacks.build(consolidation.questionnaireId,
                    new ArrayList<>(consolidation.versions.keySet()), request.title(), generated, request.minGroup(),
                    statistics, new I18n(Locale.forLanguageTag(request.language())));
            if (built.pack() != null) {
                AtomicFiles.write(target, BenchmarkPackJson.write(built.pack()));
            }
            return built;
        }
    }

    /** Wraps a stream so that closing the CSV writer leaves it to its owner. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
