package fr.caprse.domain.scoring;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.json.AssessmentJson;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How long scoring and the assessment file take on the largest built-in questionnaire (rse-rso, the
 * 12-person SCOP sample), so that the app can rescore on every answer. Run from the project folder after
 * {@code ./mvnw -o -q test-compile}: {@code java -cp target/classes:target/test-classes:<dependencies>
 * fr.caprse.domain.scoring.ScorerBenchmark}.
 */
public final class ScorerBenchmark {

    private ScorerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of("src/test/resources/assessments/atelier-du-val-rse-rso.rse.json");
        byte[] content = Files.readAllBytes(file);
        Assessment assessment = AssessmentJson.read(content, file.toString(),
                BuiltInQuestionnaires::find);
        Questionnaire questionnaire = BuiltInQuestionnaires.find("rse-rso", assessment.questionnaireVersion()).orElseThrow();
        int rounds = 20_000;
        double sink = 0;
        for (int warm = 0; warm < 6; warm++) {
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                AssessmentScore score = Scorer.score(questionnaire, assessment.organisation(), assessment.answers());
                sink += score.overall();
            }
            long scoring = System.nanoTime() - start;
            start = System.nanoTime();
            for (int i = 0; i < rounds / 10; i++) {
                sink += AssessmentJson.write(assessment, questionnaire).length;
            }
            long writing = System.nanoTime() - start;
            start = System.nanoTime();
            for (int i = 0; i < rounds / 10; i++) {
                sink += AssessmentJson.read(content, "a", BuiltInQuestionnaires::find).answers().size();
            }
            long reading = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "round %d: score %.1f µs, write %.1f µs, read %.1f µs (%d questions, %d answers,"
                            + " %d bytes)%n", warm + 1, scoring / 1000.0 / rounds, writing / 100.0 / rounds,
                    reading / 100.0 / rounds, questionnaire.questions().size(), assessment.answers().size(), content.length);
        }
        System.out.println(sink > 0 ? "" : "-");
    }
}
