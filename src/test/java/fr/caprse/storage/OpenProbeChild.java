package fr.caprse.storage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Tries to open the database of a data folder from another process; prints {@code opened} or {@code refused: <message>}. */
public final class OpenProbeChild {

    private OpenProbeChild() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(Path.of(args[0]))) {
            System.out.println("opened");
        } catch (StorageException e) {
            System.out.println("refused: " + e.getMessage());
        }
        System.out.flush();
    }

    /** Runs the probe in a new JVM and returns what it printed. */
    static String run(Path dataDir, Path work) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process probe = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                "-Dorg.sqlite.tmpdir=" + work, "-Dcaprse.log.dir=" + work.resolve("logs"), "-cp", classPath,
                OpenProbeChild.class.getName(), dataDir.toString())
                .redirectError(work.resolve("probe.err").toFile()).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        probe.waitFor();
        return out;
    }
}
