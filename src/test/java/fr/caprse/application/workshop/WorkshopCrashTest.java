package fr.caprse.application.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.workshop.Workshop;
import fr.caprse.storage.ChildJvm;
import fr.caprse.storage.Database;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * The laptop on the projector trolley unplugged during vote entry, fifteen times: a separate JVM enters
 * votes as the projector's keys do and is killed (SIGKILL) at a random moment. Every vote whose entry had
 * returned must be in the database afterwards with its level (or with the level of the one vote that may
 * have been committed after it, before the kill), every vote in the database must be one that was entered,
 * and the participants must be intact.
 */
class WorkshopCrashTest {

    private static final int RUNS = 15;
    private static final int MAX_ENTERING_MILLIS = 400;
    private static final List<String> PARTICIPANTS = List.of("p1", "p2", "p3", "p4", "p5", "p6");

    @TempDir
    Path work;

    @Test
    void everyVoteWhoseEntryReturnedSurvivesTheAppBeingKilled(TestReporter reporter) throws Exception {
        Path dataDir = work.resolve("data");
        Questionnaire questionnaire = BuiltInQuestionnaires.byId("rse-express").orElseThrow();
        long assessmentId;
        try (Database database = Database.open(dataDir)) {
            long organisationId = database.organisations().create(
                    new Organisation("Coopérative des Monts", null, null, null, 14, "scop", null, true)).id();
            assessmentId = database.assessments().create(organisationId, "2026", questionnaire,
                    BuiltInQuestionnaires.content("rse-express")).id();
            WorkshopService service = new WorkshopService(database, Clock.systemUTC());
            Workshop workshop = service.open(assessmentId, questionnaire);
            for (String name : List.of("Anne", "Bernard", "Chloé", "David", "Emma", "Farid")) {
                workshop = service.addParticipant(assessmentId, workshop, name, null, "employees");
            }
        }
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        // question + participant -> the last level confirmed, in run order
        Map<String, Integer> confirmed = new HashMap<>();
        // question + participant -> the level of a vote that may have been committed after the last confirmed one
        Map<String, java.util.Set<Integer>> unconfirmed = new HashMap<>();
        List<String> questions = questionnaire.questions().stream()
                .filter(q -> q.type() == fr.caprse.domain.questionnaire.QuestionType.MATURITY).map(q -> q.id()).toList();
        int killedWhileVoting = 0;
        long votesConfirmed = 0;
        for (int run = 1; run <= RUNS; run++) {
            Process child = start(dataDir, assessmentId, run);
            try {
                InputStream out = child.getInputStream();
                assertThat(ChildJvm.readLine(out)).as("run %d (seed %d): the child opened the database; see %s", run, seed,
                        stderr(run)).isEqualTo("ready");
                boolean exited = child.waitFor(random.nextInt(MAX_ENTERING_MILLIS), TimeUnit.MILLISECONDS);
                assertThat(exited).as("run %d: the child stopped before it was killed; see %s", run, stderr(run)).isFalse();
                child.toHandle().destroyForcibly();
                child.waitFor();
                List<String[]> votes = votedLines(out.readAllBytes());
                for (String[] vote : votes) {
                    confirmed.put(vote[0] + " " + vote[1], Integer.parseInt(vote[2]));
                    unconfirmed.remove(vote[0] + " " + vote[1]);
                }
                // the vote after the last confirmed one may have been committed just before the kill
                int n = votes.size();
                int perRound = questions.size() * PARTICIPANTS.size();
                String question = questions.get((n % perRound) / PARTICIPANTS.size());
                String participant = PARTICIPANTS.get(n % PARTICIPANTS.size());
                unconfirmed.computeIfAbsent(question + " " + participant, k -> new java.util.HashSet<>())
                        .add(VoteEntryChild.levelOf(run, n / perRound, question, participant));
                votesConfirmed += votes.size();
                if (!votes.isEmpty()) {
                    killedWhileVoting++;
                }
            } finally {
                child.destroyForcibly();
            }
        }
        try (Database database = Database.open(dataDir)) {
            Workshop saved = new WorkshopService(database, Clock.systemUTC()).open(assessmentId, questionnaire);
            assertThat(saved.participants()).hasSize(6);
            for (Map.Entry<String, Integer> entry : confirmed.entrySet()) {
                String[] key = entry.getKey().split(" ");
                Integer level = saved.votesOn(key[0]).get(key[1]);
                // the kill may come after a save committed but before its line was printed: then the database
                // holds that next vote instead of the one confirmed earlier on the same question and participant
                assertThat(level).as("seed %d: the vote %s confirmed before a kill", seed, entry.getKey())
                        .isIn(allowed(confirmed, unconfirmed, entry.getKey()));
            }
            for (var vote : saved.votes()) {
                String key = vote.questionId() + " " + vote.participantId();
                assertThat(vote.value()).as("seed %d: %s holds a vote that was entered", seed, key)
                        .isIn(allowed(confirmed, unconfirmed, key));
            }
            reporter.publishEntry("seed", Long.toString(seed));
            reporter.publishEntry("runs killed while voting", killedWhileVoting + " of " + RUNS);
            reporter.publishEntry("votes confirmed before a kill", Long.toString(votesConfirmed));
            assertThat(votesConfirmed).as("votes confirmed before the kills").isPositive();
            assertThat(killedWhileVoting).as("runs killed in the middle of vote entry").isGreaterThanOrEqualTo(RUNS / 2);
        }
    }

    private static List<Integer> allowed(Map<String, Integer> confirmed, Map<String, java.util.Set<Integer>> unconfirmed,
                                         String key) {
        List<Integer> levels = new ArrayList<>(unconfirmed.getOrDefault(key, java.util.Set.of()));
        if (confirmed.containsKey(key)) {
            levels.add(confirmed.get(key));
        }
        return levels;
    }

    private Process start(Path dataDir, long assessmentId, int run) throws IOException {
        return ChildJvm.start(work, "96m", VoteEntryChild.class, stderr(run), dataDir.toString(), Long.toString(assessmentId),
                Integer.toString(run));
    }

    private Path stderr(int run) {
        return work.resolve("child-" + run + ".err");
    }

    /** The complete "voted" lines; a line cut by the kill is not a confirmation. */
    private static List<String[]> votedLines(byte[] output) {
        String text = new String(output, StandardCharsets.UTF_8);
        int lastNewline = text.lastIndexOf('\n');
        List<String[]> votes = new ArrayList<>();
        if (lastNewline < 0) {
            return votes;
        }
        for (String line : text.substring(0, lastNewline).split("\\R")) {
            if (line.startsWith("voted ")) {
                votes.add(line.substring("voted ".length()).strip().split(" "));
            } else if (!line.isBlank()) {
                throw new AssertionError("unexpected output from the child: " + line);
            }
        }
        return votes;
    }
}
