package fr.caprse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.yaml.BuiltInQuestionnaires;
import fr.caprse.yaml.LoadResult;
import fr.caprse.yaml.QuestionnaireLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several years of assessments of one organisation: last year's assessment, answered with the built-in
 * questionnaire of the time, still opens and scores the same once the app ships a new version of it.
 */
class QuestionnaireHistoryTest {

    @TempDir
    Path dataDir;

    @Test
    void anOlderAssessmentStillScoresWithTheQuestionnaireItWasAnsweredWith() {
        byte[] v1File = BuiltInQuestionnaires.content("rse-express", "1.0.0");
        Questionnaire v1 = load(v1File);
        // the next release renames a question and bumps the version
        byte[] v2File = new String(v1File, StandardCharsets.UTF_8)
                .replace("version: \"1.0.0\"", "version: \"1.1.0\"")
                .replace("- id: xgov-purpose", "- id: xgov-raison-d-etre")
                .getBytes(StandardCharsets.UTF_8);
        Questionnaire v2 = load(v2File);
        assertThat(v2.version()).isEqualTo("1.1.0");

        long lastYear;
        AssessmentScore scoredLastYear;
        try (Database database = Database.open(dataDir)) {
            long organisationId = database.organisations().create(StorageFixtures.atelier()).id();
            lastYear = database.assessments().create(organisationId, "2025", v1, v1File).id();
            for (Question question : v1.questions()) {
                if (question.type() == QuestionType.MATURITY) {
                    int level = question.id().equals("xgov-purpose") ? 4 : 2;
                    database.assessments().saveAnswer(lastYear, Answer.of(question.id(), new AnswerValue.LevelValue(level)));
                }
            }
            Assessment answered = database.assessments().load(lastYear).orElseThrow();
            scoredLastYear = Scorer.score(v1, answered.organisation(), answered.answers());

            DuplicateResult thisYear = database.assessments().duplicate(lastYear, "2026", v1, v2, v2File);
            assertThat(thisYear.notCarriedOver()).containsExactly("xgov-purpose");
            assertThat(thisYear.newQuestions()).containsExactly("xgov-raison-d-etre");
        }

        try (Database database = Database.open(dataDir)) {
            StoredQuestionnaire kept = database.questionnaires().ofAssessment(lastYear).orElseThrow();
            assertThat(kept.content()).isEqualTo(v1File);
            Questionnaire reloaded = load(kept.content());
            assertThat(reloaded.version()).isEqualTo("1.0.0");
            assertThat(reloaded.contentHash()).isEqualTo(v1.contentHash());

            Assessment old = database.assessments().load(lastYear).orElseThrow();
            AssessmentScore rescored = Scorer.score(reloaded, old.organisation(), old.answers());

            assertThat(rescored).isEqualTo(scoredLastYear);
            assertThat(rescored.question("xgov-purpose")).isPresent();
            assertThat(Scorer.score(v2, old.organisation(), old.answers()))
                    .as("scored with the new version, last year's figures would change").isNotEqualTo(scoredLastYear);
            assertThat(database.questionnaires().list()).extracting(StoredQuestionnaire::version)
                    .containsExactly("1.0.0", "1.1.0");
        }
    }

    private static Questionnaire load(byte[] file) {
        LoadResult result = new QuestionnaireLoader().load("rse-express.yaml", file);
        assertThat(result.problems()).isEmpty();
        return result.questionnaire();
    }
}
