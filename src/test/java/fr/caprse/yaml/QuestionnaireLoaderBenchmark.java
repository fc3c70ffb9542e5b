package fr.caprse.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long the loader takes, and how much it allocates, on real questionnaires and on hostile files.
 * Not a test (surefire skips *Benchmark); run it after {@code ./mvnw -o -q -B test-compile}:
 * <pre>
 * M=~/.m2/repository
 * java -cp target/test-classes:target/classes:$M/org/snakeyaml/snakeyaml-engine/3.2/snakeyaml-engine-3.2.jar:$M/org/slf4j/slf4j-api/2.0.20/slf4j-api-2.0.20.jar \
 *      fr.caprse.yaml.QuestionnaireLoaderBenchmark
 * </pre>
 * Prints, per case: the median and worst wall time over the runs, the bytes allocated by one run, and
 * the first problem reported.
 */
public final class QuestionnaireLoaderBenchmark {

    private static final int RUNS = 15;

    public static void main(String[] args) throws IOException {
        QuestionnaireLoader loader = new QuestionnaireLoader();
        Path dir = Files.createTempDirectory("caprse-bench");
        Path huge = HostileInput.hugeFile(dir.resolve("huge.yaml"), 50);
        Path nearLimit = dir.resolve("near-limit.yaml");
        Files.writeString(nearLimit, "themes:\n" + "  - x\n".repeat((QuestionnaireLoader.MAX_FILE_BYTES - 20) / 6));
        byte[] rseRso = resource("/questionnaires/rse-rso.yaml");
        byte[] example = resource("/questionnaires/valid/example.yaml");

        System.out.printf(Locale.ROOT, "%-36s %10s %10s %12s  %s%n", "case", "median ms", "max ms", "allocated", "outcome");
        if (rseRso != null) {
            measure("built-in rse-rso.yaml (" + rseRso.length / 1024 + " KB)", () -> loader.load("rse-rso.yaml", rseRso));
        }
        measure("doc example (" + example.length + " B)", () -> loader.load("example.yaml", example));
        measure("50 MB file, from disk", () -> loader.load(huge));
        measure("5 MB list just under the size limit", () -> loader.load(nearLimit));
        byte[] laughs = HostileInput.billionLaughs();
        measure("billion laughs", () -> loader.load("laughs.yaml", laughs));
        byte[] doubling = HostileInput.doublingAliases(30);
        measure("30 doubling aliases (2^30 values)", () -> loader.load("doubling.yaml", doubling));
        byte[] deep = HostileInput.deepNesting(10_000);
        measure("10000 nested lists", () -> loader.load("deep.yaml", deep));
        byte[] deepest = HostileInput.deepNesting(1_000_000);
        measure("1000000 nested lists (2 MB)", () -> loader.load("deepest.yaml", deepest));
        byte[] tag = HostileInput.javaTag("javax.script.ScriptEngineManager");
        measure("!!javax.script.ScriptEngineManager", () -> loader.load("tag.yaml", tag));
        byte[] manyKeys = manyDuplicateKeys(200_000);
        measure("200000 duplicate keys", () -> loader.load("keys.yaml", manyKeys));

        Files.delete(huge);
        Files.delete(nearLimit);
        Files.delete(dir);
    }

    private static byte[] manyDuplicateKeys(int count) {
        return "id: x\n".repeat(count).getBytes(StandardCharsets.UTF_8);
    }

    private static void measure(String name, Supplier<LoadResult> run) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        LoadResult result = run.get(); // warm-up
        long[] nanos = new long[RUNS];
        long allocated = 0;
        for (int i = 0; i < RUNS; i++) {
            long before = threads.getThreadAllocatedBytes(id);
            long start = System.nanoTime();
            result = run.get();
            nanos[i] = System.nanoTime() - start;
            allocated = threads.getThreadAllocatedBytes(id) - before;
        }
        Arrays.sort(nanos);
        String outcome = result.ok() ? "valid: " + result.questionnaire().questions().size() + " questions"
                : result.problems().size() + " problem(s), first: " + result.problems().get(0).message();
        if (outcome.length() > 90) {
            outcome = outcome.substring(0, 87) + "...";
        }
        System.out.printf(Locale.ROOT, "%-36s %10.2f %10.2f %9.1f MB  %s%n", name, nanos[RUNS / 2] / 1e6,
                nanos[RUNS - 1] / 1e6, allocated / (1024.0 * 1024.0), outcome);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = QuestionnaireLoaderBenchmark.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private QuestionnaireLoaderBenchmark() {
    }
}
