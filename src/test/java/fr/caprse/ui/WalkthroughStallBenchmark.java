package fr.caprse.ui;

import fr.caprse.app.CapRseApp;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.platform.AppDirs;
import fr.caprse.storage.Database;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * How long the JavaFX thread stalls while a user answers quickly with the keyboard: the real app,
 * headless (Monocle), on the full questionnaire, 100 answers given with the keys (a level digit, an
 * option digit, a number then Enter, each followed by → when needed). A probe thread posts a tiny task
 * to the FX thread every millisecond and records how late it runs: the longest delay is the longest
 * stall a user would feel (goal: none over 16 ms, one frame). Also prints the time each key took to
 * handle and the layout pulses (median, 95th percentile, longest), the JVM options and collector, and the
 * machine's load (on a shared machine, a stall mostly measures how busy it is: compare runs taken back to
 * back). Monocle is a test dependency, so its jar goes on the class path; the lock keeps a full build from
 * running beside it. {@code -XX:TieredStopAtLevel=1 -XX:+UseShenandoahGC} is what the installed Linux
 * launcher runs the window with ({@code packaging/build.sh}: with G1, the default, a young collection of
 * 13 to 20 ms now and then was the one stall left over 16 ms); to try another collector, add it to the same line ({@code -XX:+UseSerialGC},
 * {@code -XX:+UseZGC}, {@code -XX:MaxGCPauseMillis=5}…). {@code -Dstall.verbose=true} lists the slow pulses
 * and keys with the question they came after, and each stall over 16 ms with the FX thread's CPU time in it
 * (a stall with little CPU was spent waiting: for a core on a busy machine, or for a collection). Each
 * collection's pause is listed apart: a pause stops the probe as well, so the probe sees only those that
 * begin while a probe waits. Not a test; run it by hand:
 * <pre>
 *   ./mvnw -B -q -o -DskipTests package test-compile
 *   flock /work/land.lock java -XX:TieredStopAtLevel=1 -XX:+UseShenandoahGC -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
 *        -cp target/test-classes:target/cap-rse.jar:$HOME/.m2/repository/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar \
 *        fr.caprse.ui.WalkthroughStallBenchmark [answers [text size %]]
 * </pre>
 */
public final class WalkthroughStallBenchmark {

    private static int answers = 100;
    private static int textSize = 100;
    private static long assessmentId;

    private WalkthroughStallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            answers = Integer.parseInt(args[0]);
        }
        if (args.length > 1) {
            textSize = Integer.parseInt(args[1]);
        }
        // a 1366 x 768 laptop screen (the headless screen is 1280 x 800 otherwise)
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "1366x768-32"));
        Path data = Files.createTempDirectory("cap-rse-stall");
        System.setProperty(AppDirs.DATA_DIR_PROPERTY, data.toString());
        Locale.setDefault(Locale.FRANCE);
        try (Database database = Database.open(data)) {
            long organisation = database.organisations().create(Organisation.named("Atelier du Val")).id();
            assessmentId = database.assessments().create(organisation, "2026",
                    BuiltInQuestionnaires.byId("rse-rso").orElseThrow(), BuiltInQuestionnaires.content("rse-rso")).id();
        }
        Application.launch(Driven.class, args);
    }

    /** The application the benchmark drives (the launcher refuses a main class that extends Application). */
    public static final class Driven extends Application {

        private Scene scene;
        private CapRseApp app;
        private final List<Long> keyNanos = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> keyCpuNanos = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> pulseNanos = Collections.synchronizedList(new ArrayList<>());
        private volatile long pulseStart;
        private volatile long pulseCpuStart;
        /** CPU time the FX thread spent in each pulse: the work, apart from waiting for a core on a busy machine. */
        private final List<Long> pulseCpuNanos = Collections.synchronizedList(new ArrayList<>());
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        /** With -Dstall.verbose=true: each pulse over 16 ms (or 8 ms of CPU) and each key over 16 ms (or 5 ms of CPU) is printed with the question it was on. */
        private final boolean verbose = Boolean.getBoolean("stall.verbose");
        private volatile String step = "";

        @Override
        public void start(Stage stage) {
            app = new CapRseApp();
            app.start(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            scene = stage.getScene();
            scene.addPreLayoutPulseListener(() -> {
                pulseStart = System.nanoTime();
                pulseCpuStart = threads.getCurrentThreadCpuTime();
            });
            scene.addPostLayoutPulseListener(() -> {
                long pulse = System.nanoTime() - pulseStart;
                pulseNanos.add(pulse);
                long cpu = threads.getCurrentThreadCpuTime() - pulseCpuStart;
                pulseCpuNanos.add(cpu);
                if (verbose && (pulse > 16_000_000L || cpu > 8_000_000L)) {
                    System.out.printf(Locale.ROOT, "pulse %.1f ms (CPU %.1f ms) after %s%n", ms(pulse), ms(cpu), step);
                }
            });
            Thread driver = new Thread(this::drive, "stall-benchmark");
            driver.setDaemon(true);
            driver.start();
        }

        private void drive() {
            try {
                until("#open-" + assessmentId);
                fx(() -> {
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.ComboBox<Integer> size = (javafx.scene.control.ComboBox<Integer>) scene.lookup("#text-size");
                    size.setValue(textSize);
                });
                fx(() -> ((ButtonBase) scene.lookup("#open-" + assessmentId)).fire());
                until("#question-text");
                frames(30);
                // warm-up: the first answers load classes and fill caches, as on any first use
                int warmUp = 10;
                for (int i = 0; i < warmUp; i++) {
                    answerShownQuestion();
                }
                keyNanos.clear();
                keyCpuNanos.clear();
                gcBefore = gcMillis();
                listenToCollections();
                allocatedBefore = allocatedByThread();
                pulseNanos.clear();
                pulseCpuNanos.clear();
                long[] fxThread = new long[1];
                fx(() -> fxThread[0] = Thread.currentThread().getId());
                Probe probe = new Probe(verbose ? () -> step : null, fxThread[0]);
                Thread probing = new Thread(probe, "stall-probe");
                probing.setDaemon(true);
                probing.start();
                for (int i = 0; i < answers; i++) {
                    answerShownQuestion();
                }
                probe.stop();
                measuring = false;
                probing.join();
                report(probe);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.runLater(() -> {
                    app.stop();
                    Platform.exit();
                });
            }
        }

        /** Answers the question on screen with the keys a quick user would press, then moves on. */
        private void answerShownQuestion() throws Exception {
            Question[] shown = new Question[1];
            boolean[] atEnd = new boolean[1];
            fx(() -> atEnd[0] = questionText() == null);
            if (atEnd[0]) {
                // past the last question (the review page): start again from the first theme
                step = "back to the first theme from the review page";
                fx(() -> {
                    // at large text the side list is a drawer behind ☰: open it first, as a user would
                    if (scene.lookup("#nav-theme-gov") == null) {
                        ((ButtonBase) scene.lookup("#nav-drawer")).fire();
                    }
                    ((ButtonBase) scene.lookup("#nav-theme-gov")).fire();
                });
                frames(5);
            }
            String[] text = new String[1];
            fx(() -> text[0] = questionText().getText());
            // which question it is, found on this thread: the FX thread only does what the app does
            shown[0] = BuiltInQuestionnaires.byId("rse-rso").orElseThrow().questions().stream()
                    .filter(q -> fr.caprse.i18n.Typography.forDisplay(q.text().get("fr"), "fr").equals(text[0]))
                    .findFirst().orElseThrow();
            QuestionType type = shown[0].type();
            step = shown[0].id() + " (" + type + ")";
            switch (type) {
                case MATURITY -> {
                    key(KeyCode.getKeyCode(String.valueOf(keyNanos.size() % 5)));
                    key(KeyCode.RIGHT);
                }
                case SINGLE, YESNO, MULTIPLE -> {
                    key(KeyCode.DIGIT1);
                    key(KeyCode.RIGHT);
                }
                case NUMBER, PERCENT -> {
                    key(KeyCode.DIGIT1);
                    key(KeyCode.DIGIT2);
                    key(KeyCode.ENTER);
                }
                default -> key(KeyCode.PAGE_DOWN);
            }
            frames(2);
        }

        /** The question's label found the last time, while it is still in the window. */
        private javafx.scene.control.Label questionText;

        /**
         * The label of the question on screen, or null past the last question (the review page shows, the
         * walk-through hidden behind it or gone). Looked up again only when the one found before has left
         * the window: a look-up walks the whole window on the FX thread and leaves garbage behind (it parses
         * its selector again at each node), work the app itself does not do.
         */
        private javafx.scene.control.Label questionText() {
            if (questionText == null || questionText.getScene() != scene) {
                questionText = (javafx.scene.control.Label) scene.lookup("#question-text");
            }
            for (Node node = questionText; node != null; node = node.getParent()) {
                if (!node.isVisible()) {
                    return null;
                }
            }
            return questionText;
        }

        /** One key, pressed then typed then released on the focused node, as the keyboard sends it. */
        private void key(KeyCode code) throws Exception {
            fx(() -> {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
                String character = code.isDigitKey() ? code.getChar() : KeyEvent.CHAR_UNDEFINED;
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
                if (code.isDigitKey()) {
                    Node typedTarget = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
                    Event.fireEvent(typedTarget, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
                }
                Node releasedTarget = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
                Event.fireEvent(releasedTarget, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
                keyNanos.add(System.nanoTime() - start);
                keyCpuNanos.add(threads.getCurrentThreadCpuTime() - cpuStart);
                if (verbose && (System.nanoTime() - start > 16_000_000L || keyCpuNanos.get(keyCpuNanos.size() - 1) > 5_000_000L)) {
                    System.out.printf(Locale.ROOT, "key %s took %.1f ms (CPU %.1f ms) on %s%n", code, ms(System.nanoTime() - start),
                            ms(keyCpuNanos.get(keyCpuNanos.size() - 1)), step);
                }
            });
            frames(1);
        }

        private long gcBefore;
        private java.util.Map<String, Long> allocatedBefore;

        /** Bytes allocated so far by each live thread, by name: the garbage a collection will have to sweep. */
        private static java.util.Map<String, Long> allocatedByThread() {
            var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long[] ids = threads.getAllThreadIds();
            long[] bytes = threads.getThreadAllocatedBytes(ids);
            java.util.Map<String, Long> byName = new java.util.HashMap<>();
            var infos = threads.getThreadInfo(ids);
            for (int i = 0; i < ids.length; i++) {
                if (infos[i] != null && bytes[i] >= 0) {
                    byName.merge(infos[i].getThreadName(), bytes[i], Long::sum);
                }
            }
            return byName;
        }
        /** The collections during the answers, by collector (and action), with their durations in ms. */
        private final java.util.Map<String, List<Long>> collections = new java.util.TreeMap<>();
        private volatile boolean measuring = true;

        private void listenToCollections() {
            for (java.lang.management.GarbageCollectorMXBean bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) bean).addNotificationListener((notification, handback) -> {
                    if (measuring && com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) notification.getUserData());
                        synchronized (collections) {
                            collections.computeIfAbsent(info.getGcName() + " (" + info.getGcAction() + ")", k -> new ArrayList<>())
                                    .add(info.getGcInfo().getDuration());
                        }
                    }
                }, null, null);
            }
        }

        /** Time the JVM spent collecting garbage so far (pauses stop the FX thread as well). */
        private static long gcMillis() {
            return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
        }

        private void report(Probe probe) {
            List<Long> keys = new ArrayList<>(keyNanos);
            Collections.sort(keys);
            System.out.printf(Locale.ROOT, "answers: %d, keys: %d, text size %d %%, machine load %.1f on %d cores%n", answers, keys.size(), textSize,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "JVM: %s; collectors: %s%n",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .filter(arg -> arg.startsWith("-XX:") || arg.startsWith("-Xm")).toList(),
                    java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                            .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
            System.out.printf(Locale.ROOT, "key handling: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    ms(keys.get(keys.size() / 2)), ms(keys.get((int) (keys.size() * 0.95))), ms(keys.get(keys.size() - 1)));
            List<Long> keysCpu = new ArrayList<>(keyCpuNanos);
            Collections.sort(keysCpu);
            System.out.printf(Locale.ROOT, "key handling, FX thread CPU time: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    ms(percentile(keysCpu, 0.5)), ms(percentile(keysCpu, 0.95)), ms(percentile(keysCpu, 1)));
            java.util.Map<String, Long> allocated = allocatedByThread();
            allocated.replaceAll((name, bytes) -> bytes - allocatedBefore.getOrDefault(name, 0L));
            System.out.printf(Locale.ROOT, "allocated during the answers: %.1f MB (%s)%n",
                    allocated.values().stream().mapToLong(Long::longValue).sum() / 1e6,
                    allocated.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                            .map(e -> String.format(Locale.ROOT, "%s %.1f MB", e.getKey(), e.getValue() / 1e6))
                            .collect(java.util.stream.Collectors.joining(", ")));
            System.out.printf(Locale.ROOT, "garbage collection during the answers: %d ms%n", gcMillis() - gcBefore);
            synchronized (collections) {
                // a stop-the-world pause stops the probe too: it only sees one that starts while a probe waits
                // to run, so each collection is listed as the collector reports it (a pause, except for the
                // cycles of a concurrent collector such as ZGC, which run beside the app)
                collections.forEach((name, durations) -> System.out.printf(Locale.ROOT,
                        "  %s: %d, longest %d ms, over 16 ms: %d%n", name, durations.size(),
                        durations.stream().mapToLong(Long::longValue).max().orElse(0),
                        durations.stream().filter(d -> d > 16).count()));
            }
            List<Long> pulses = new ArrayList<>(pulseNanos);
            Collections.sort(pulses);
            System.out.printf(Locale.ROOT, "layout pulses: %d, median %.2f ms, p95 %.2f ms, longest %.2f ms%n",
                    pulses.size(), ms(percentile(pulses, 0.5)), ms(percentile(pulses, 0.95)), ms(percentile(pulses, 1)));
            List<Long> cpu = new ArrayList<>(pulseCpuNanos);
            Collections.sort(cpu);
            System.out.printf(Locale.ROOT, "layout pulses, FX thread CPU time: median %.2f ms, p95 %.2f ms, longest %.2f ms, over 16 ms: %d%n",
                    ms(percentile(cpu, 0.5)), ms(percentile(cpu, 0.95)), ms(percentile(cpu, 1)),
                    cpu.stream().filter(n -> n > 16_000_000L).count());
            List<Long> delays = new ArrayList<>(probe.delays);
            Collections.sort(delays);
            System.out.printf(Locale.ROOT, "FX thread: %d probes, delay median %.2f ms, p95 %.2f ms, p99 %.2f ms, longest stall %.2f ms,"
                    + " stalls over 16 ms: %d%n", delays.size(), ms(percentile(delays, 0.5)), ms(percentile(delays, 0.95)),
                    ms(percentile(delays, 0.99)), ms(probe.longest), probe.over16);
        }

        private static long percentile(List<Long> sorted, double fraction) {
            return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * fraction)));
        }

        private static double ms(long nanos) {
            return nanos / 1_000_000.0;
        }

        private void until(String id) throws Exception {
            for (int i = 0; i < 3000; i++) {
                boolean[] present = new boolean[1];
                fx(() -> present[0] = scene.lookup(id) != null);
                if (present[0]) {
                    return;
                }
                frames(1);
            }
            throw new IllegalStateException(id + " never showed");
        }

        private void frames(int count) throws Exception {
            CountDownLatch latch = new CountDownLatch(count);
            Runnable listener = () -> {
                latch.countDown();
                Platform.requestNextPulse();
            };
            fx(() -> {
                scene.addPostLayoutPulseListener(listener);
                Platform.requestNextPulse();
            });
            latch.await(30, TimeUnit.SECONDS);
            fx(() -> scene.removePostLayoutPulseListener(listener));
        }
    }

    /** Posts a tiny task to the FX thread every millisecond and measures how late it runs. */
    private static final class Probe implements Runnable {
        private volatile boolean running = true;
        private long longest;
        private final List<Long> delays = new ArrayList<>();
        private int over16;
        /** Verbose: the step under way, to name each stall over 16 ms with what the FX thread did in it. */
        private final java.util.function.Supplier<String> step;
        private final long fxThread;
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();

        Probe(java.util.function.Supplier<String> step, long fxThread) {
            this.step = step;
            this.fxThread = fxThread;
        }

        private static long gcCount() {
            return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            while (running) {
                long gcs = step == null ? 0 : gcCount();
                long cpu = step == null ? 0 : threads.getThreadCpuTime(fxThread);
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                long[] at = new long[1];
                Platform.runLater(() -> {
                    at[0] = System.nanoTime();
                    ran.countDown();
                });
                try {
                    ran.await();
                    long delay = at[0] - posted;
                    longest = Math.max(longest, delay);
                    delays.add(delay);
                    if (delay > 16_000_000L) {
                        over16++;
                        if (step != null) {
                            // the FX thread's CPU time in the stall: its own work; the rest is waiting (for a core, a GC)
                            System.out.printf(Locale.ROOT, "stall %.1f ms (FX thread CPU %.1f ms, garbage collections %d) during %s%n",
                                    delay / 1e6, (threads.getThreadCpuTime(fxThread) - cpu) / 1e6, gcCount() - gcs, step.get());
                        }
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void fx(Runnable action) throws Exception {
        fr.caprse.ui.FxThread.run(action, 30);
    }
}
