package fr.caprse.application.observatory;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.excel.ReportInput;
import fr.caprse.excel.ReportWriter;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Consolidation speed and memory, against what an analyst would do with pandas. Generates 1,000 and
 * 10,000 Excel reports of the full rse-rso questionnaire (102 questions; kept in the folder given, so
 * later runs skip the generation): the first {@value #WRITTEN} are written by {@link ReportWriter} with
 * drawn answers, the others are copies of them whose {@code meta} sheet names another organisation
 * (writing 10,000 whole reports takes hours on a loaded two-core machine, and both {@code aggregate}
 * and pandas read only the machine sheets). Then it aggregates each set with the real command line in a fresh JVM
 * ({@code aggregate DIR -o ... --long ... --by territory}), and prints its wall time and peak RSS
 * (GNU time), then runs {@code /work/shared/bench/pandas_aggregate.py} with the system Python on the
 * same 1,000 reports' {@code data} sheets and prints both figures and their ratio.
 *
 * <p>Run (after {@code ./mvnw -q -DskipTests package} and {@code ./mvnw -q -o test-compile}; needs
 * {@code apt-get install -y python3-pandas python3-openpyxl time}):
 * <pre>
 * java -cp target/test-classes:target/cap-rse.jar fr.caprse.application.observatory.AggregateBenchmark /tmp/cap-rse-bench [small|large|all]
 * </pre>
 * {@code small} runs the 1,000 reports and pandas, {@code large} the 10,000 reports, {@code all} (the default) both.
 * On a shared machine, run it as {@code flock /work/land.lock java …} so that no full build runs meanwhile.
 * Each figure is the whole process (JVM start included) as GNU time measures it: wall time, CPU time
 * (user + system, all cores) and peak RSS; pandas' wall time is the one its script prints.
 * The JVM that aggregates runs with {@code -Xmx200m -XX:+UseSerialGC -XX:TieredStopAtLevel=1} (printed
 * with the figures): the consolidation streams, so a small heap is enough, and the RSS reflects what it
 * needs rather than what a lazy collector leaves behind; the quick JIT compiler only is what the
 * installed launcher runs with ({@code packaging/build.sh}), so the figure is the one a user gets.
 */
public final class AggregateBenchmark {

    /** Reports written whole; the others are copies with another organisation in their meta sheet. */
    static final int WRITTEN = 100;
    static final String JVM_OPTIONS = "-Xmx200m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";
    static final String PANDAS_SCRIPT = "/work/shared/bench/pandas_aggregate.py";
    static final String[] TERRITORIES = {"Drôme", "Ardèche", "Isère", "Savoie", "Rhône", "Loire", "Ain"};
    static final String[] SECTORS = {"A01.13", "C10.71", "C25.62", "F43.22", "G47.11", "I56.10", "Q88.10", "S94.99"};

    private AggregateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/cap-rse-bench");
        Files.createDirectories(root);
        Questionnaire questionnaire = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();
        Path small = root.resolve("reports-1000");
        Path large = root.resolve("reports-10000");
        Path written = root.resolve("written");
        generate(questionnaire, written, 0, WRITTEN);
        Clones clones = new Clones(written.resolve("00/report-00000.xlsx"));
        clone(clones, written, small, 0, 1_000);
        linkInto(small, large);
        clone(clones, written, large, 1_000, 10_000);
        String jar = Path.of("target/cap-rse.jar").toAbsolutePath().toString();
        String which = args.length > 1 ? args[1] : "all";

        if (!which.equals("large")) {
            Figures java1000 = aggregate(jar, small, root.resolve("out-1000"));
            Figures pandas1000 = pandas(small, root.resolve("pandas-1000.xlsx"));
            System.out.println();
            print("Cap RSE aggregate, 1,000 reports", java1000, " (" + JVM_OPTIONS + ")");
            print("pandas, 1,000 reports' data sheets", pandas1000, " (" + PANDAS_SCRIPT
                    + "; wall as the script measures it, after its imports)");
            System.out.printf(Locale.ROOT, "ratio on 1,000 reports (wall): Cap RSE is %.1f times as fast as pandas%n",
                    pandas1000.seconds / java1000.seconds);
            System.out.printf(Locale.ROOT, "ratio on 1,000 reports (CPU): Cap RSE uses %.1f times less CPU than pandas%n",
                    pandas1000.cpu / java1000.cpu);
        }
        if (!which.equals("small")) {
            Figures java10000 = aggregate(jar, large, root.resolve("out-10000"));
            print("Cap RSE aggregate, 10,000 reports", java10000, " (" + JVM_OPTIONS + ")");
        }
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void print(String what, Figures figures, String note) {
        System.out.printf(Locale.ROOT, "%-40s %7.2f s wall, %7.2f s CPU (user + system), peak RSS %5.0f MB%s%n", what,
                figures.seconds, figures.cpu, figures.megabytes, note);
    }

    record Figures(double seconds, double cpu, double megabytes) {
    }

    /** Report n: a copy of written report n % WRITTEN naming organisation n (name, registry id, territory). */
    static void clone(Clones clones, Path written, Path folder, int from, int to) throws Exception {
        long start = System.nanoTime();
        int made = 0;
        for (int n = from; n < to; n++) {
            Path file = folder.resolve(String.format(Locale.ROOT, "%02d/report-%05d.xlsx", n % 50, n));
            if (Files.exists(file)) {
                continue;
            }
            int base = n % WRITTEN;
            Files.createDirectories(file.getParent());
            clones.write(written.resolve(String.format(Locale.ROOT, "%02d/report-%05d.xlsx", base % 50, base)), file,
                    Map.of("organisation_name", "Organisation " + n,
                            "organisation_id", String.format(Locale.ROOT, "%014d", 84500000000000L + n),
                            "organisation_territory", TERRITORIES[n % TERRITORIES.length]));
            made++;
        }
        if (made > 0) {
            System.out.printf(Locale.ROOT, "copied %d reports into %s in %.0f s%n", made, folder,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** Copies a report, rewriting values of its meta sheet (as inline strings), all other parts as they are. */
    static final class Clones {
        private final String metaPart;
        private final Map<String, String> metaCells = new java.util.HashMap<>();

        Clones(Path sample) throws IOException {
            try (var in = Files.newInputStream(sample);
                 var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                var meta = workbook.getSheet("meta");
                metaPart = meta.getPackagePart().getPartName().getName().substring(1);
                for (var row : meta) {
                    if (row.getCell(0) != null && row.getCell(1) != null) {
                        metaCells.put(row.getCell(0).getStringCellValue(), row.getCell(1).getAddress().formatAsString());
                    }
                }
            }
        }

        /** Writes the copy beside {@code target} and renames it: a run stopped midway leaves no half-written report. */
        void write(Path base, Path target, Map<String, String> values) throws IOException {
            Path part = target.resolveSibling(target.getFileName() + ".part");
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(base));
                 var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(part))) {
                java.util.zip.ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals(metaPart)) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        for (Map.Entry<String, String> value : values.entrySet()) {
                            String ref = metaCells.get(value.getKey());
                            xml = xml.replaceFirst("<c r=\"" + ref + "\"([^>]*?) t=\"s\"([^>]*)><v>\\d+</v></c>",
                                    "<c r=\"" + ref + "\"$1 t=\"inlineStr\"$2><is><t>" + value.getValue() + "</t></is></c>");
                        }
                        content = xml.getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
            Files.move(part, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The first 1,000 reports are the same files in both sets (hard links): only 9,000 more are written. */
    static void linkInto(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path link = to.resolve(from.relativize(file).toString());
                if (!Files.exists(link)) {
                    Files.createDirectories(link.getParent());
                    Files.createLink(link, file);
                }
            }
        }
    }

    /** Writes reports {@code from}..{@code to}-1 that are not there yet. */
    static void generate(Questionnaire questionnaire, Path folder, int from, int to) throws Exception {
        Files.createDirectories(folder);
        ReportWriter writer = new ReportWriter(Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = from; i < to; i++) {
            int n = i;
            Path file = folder.resolve(String.format(Locale.ROOT, "%02d/report-%05d.xlsx", n % 50, n));
            if (Files.exists(file)) {
                continue;
            }
            futures.add(pool.submit(() -> {
                Files.createDirectories(file.getParent());
                Assessment assessment = assessment(questionnaire, n);
                writer.write(ReportInput.scored(questionnaire, assessment), Locale.FRENCH, file);
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        if (!futures.isEmpty()) {
            System.out.printf(Locale.ROOT, "generated %d reports in %s in %.0f s%n", futures.size(), folder,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** A plausible, complete assessment for organisation {@code n}, drawn from a seed. */
    static Assessment assessment(Questionnaire questionnaire, int n) {
        Random random = new Random(n * 7919L + 13);
        Organisation organisation = new Organisation("Organisation " + n, String.format(Locale.ROOT, "%014d", 84500000000000L + n),
                SECTORS[random.nextInt(SECTORS.length)], OrganisationSize.values()[random.nextInt(4)],
                1 + random.nextInt(200), LegalForm.CODES.get(random.nextInt(LegalForm.CODES.size())),
                TERRITORIES[random.nextInt(TERRITORIES.length)], random.nextBoolean());
        int skill = random.nextInt(5);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            AnswerValue value = switch (question.type()) {
                case MATURITY -> new AnswerValue.LevelValue(Math.max(0, Math.min(questionnaire.scale().highest(),
                        skill + random.nextInt(3) - 1)));
                case SINGLE, YESNO -> new AnswerValue.Choice(question.options().get(random.nextInt(
                        question.options().size())).id());
                case MULTIPLE -> new AnswerValue.Choices(question.options().stream().filter(o -> random.nextBoolean())
                        .map(Option::id).toList());
                case NUMBER -> {
                    double min = question.min() == null ? 0 : question.min();
                    double max = question.max() == null ? min + 1000 : Math.min(question.max(), min + 100000);
                    yield new AnswerValue.NumberValue(BigDecimal.valueOf((long) Math.ceil(min)
                            + (long) (random.nextDouble() * Math.max(1, max - min))));
                }
                case PERCENT -> new AnswerValue.NumberValue(BigDecimal.valueOf(random.nextInt(101)));
                case TEXT -> new AnswerValue.TextValue("Réponse de l’organisation " + n + ".");
                case COMPUTED -> null;
            };
            if (value != null) {
                answers.put(question.id(), Answer.of(question.id(), value));
            }
        }
        return new Assessment(questionnaire.id(), questionnaire.version(), organisation, "2026",
                Instant.parse("2026-09-01T08:00:00Z"), Instant.parse("2026-11-01T08:00:00Z").plusSeconds(n), answers,
                List.of(), List.of(), List.of());
    }

    static Figures aggregate(String jar, Path folder, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", TIME_FORMAT, "java"));
        command.addAll(List.of(JVM_OPTIONS.split(" ")));
        command.addAll(List.of("-jar", jar, "aggregate", folder.toString(), "-o", out.resolve("consolidated.xlsx").toString(),
                "--long", out.resolve("answers.csv").toString(), "--by", "territory"));
        return timed(run(command));
    }

    /** GNU time's line: wall seconds, user and system CPU seconds, peak RSS in KB. */
    private static final String TIME_FORMAT = "TIME %e %U %S %M";

    private static Figures timed(String output) {
        for (String line : output.lines().toList()) {
            if (line.startsWith("TIME ")) {
                String[] parts = line.split(" ");
                return new Figures(Double.parseDouble(parts[1]), Double.parseDouble(parts[2]) + Double.parseDouble(parts[3]),
                        Double.parseDouble(parts[4]) / 1024);
            }
        }
        throw new IllegalStateException("no figures from GNU time:\n" + output);
    }

    static Figures pandas(Path folder, Path out) throws IOException, InterruptedException {
        String output = run(List.of("/usr/bin/time", "-f", TIME_FORMAT, "/usr/bin/python3", PANDAS_SCRIPT,
                folder.toString(), "data", out.toString()));
        Figures process = timed(output);
        for (String line : output.lines().toList()) {
            if (line.contains("seconds=")) {
                double seconds = Double.parseDouble(line.replaceAll(".*seconds=([0-9.]+).*", "$1"));
                double megabytes = Double.parseDouble(line.replaceAll(".*peak_rss_mib=([0-9.]+).*", "$1"));
                return new Figures(seconds, process.cpu(), megabytes);
            }
        }
        throw new IllegalStateException("no figures from pandas:\n" + output);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        System.out.println("$ " + String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        String tail = output.lines().filter(l -> !l.startsWith("rejected") && !l.contains("UserWarning")
                && !l.contains("warn(")).reduce((a, b) -> a + "\n" + b).orElse("");
        System.out.println(tail);
        if (code != 0) {
            throw new IllegalStateException("exit code " + code + " from " + command.get(0));
        }
        return output;
    }
}
