package fr.caprse.excel.vsme;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints how long filling the template and reading it back take. Run after
 * {@code ./mvnw -q -o test-compile}: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * fr.caprse.excel.vsme.VsmeTemplateBenchmark}, with {@code cp.txt} from
 * {@code ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class VsmeTemplateBenchmark {

    private VsmeTemplateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("vsme-benchmark");
        Path file = folder.resolve("VSME.xlsx");
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            new VsmeTemplateWriter().write(VsmeFixtures.questionnaire(), VsmeFixtures.assessment(), file);
            long written = System.nanoTime();
            new VsmeTemplateReader().read(file, VsmeFixtures.questionnaire());
            long read = System.nanoTime();
            System.out.printf("run %d: export %.0f ms, import %.0f ms%n", i + 1, (written - start) / 1e6,
                    (read - written) / 1e6);
        }
    }
}
