package fr.caprse.application.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.KeptQuestionnaires;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.application.SqliteWorkspace;
import fr.caprse.application.Workspace;
import fr.caprse.application.task.CurrentThreadTaskExecutor;
import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.storage.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening an assessment to work on it, and the changes made to it afterwards, without a window. */
class OpenAssessmentTest {

    @TempDir
    Path folder;

    @Test
    void opensWithTheLastPeriodScoredAndKeepsWhatIsChangedAfterwards() {
        try (Database database = Database.open(folder)) {
            QuestionnaireSource questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
            SqliteWorkspace workspace = new SqliteWorkspace(database, questionnaires);
            SourcedQuestionnaire express = questionnaires.builtIns().stream()
                    .filter(q -> q.id().equals("rse-express")).findFirst().orElseThrow();
            String question = express.questionnaire().questions().stream()
                    .filter(q -> q.type() == QuestionType.MATURITY).findFirst().orElseThrow().id();
            Organisation fournil = new Organisation("Fournil", null, "C10", OrganisationSize.MICRO, 4, "company", "Ardèche", false);
            Workspace.AssessmentEntry last = workspace.start(null, fournil, "2025", express);
            workspace.saveAnswer(last.id(), Answer.of(question, new AnswerValue.LevelValue(3)));
            Workspace.AssessmentEntry now = workspace.start(last.organisationId(), fournil, "2026", express);

            OpenAssessment opened = OpenAssessment.open(workspace, now);

            assertThat(opened.questionnaire().id()).isEqualTo("rse-express");
            assertThat(opened.assessment().answers()).isEmpty();
            OpenAssessment.Previous previous = opened.previous().orElseThrow();
            assertThat(previous.entry().period()).isEqualTo("2025");
            assertThat(previous.assessment().answers().get(question).value()).isEqualTo(new AnswerValue.LevelValue(3));
            assertThat(previous.score()).isEqualTo(Scorer.score(previous.questionnaire(),
                    previous.assessment().organisation(), previous.assessment().answers()));

            CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
            opened.saveAnswer(Answer.of(question, new AnswerValue.LevelValue(1))).executeWith(tasks);
            Action action = new Action(question, "Écrire la charte", "Lou", LocalDate.of(2026, 9, 1), ActionStatus.values()[0]);
            opened.saveActions(List.of(action)).executeWith(tasks);

            OpenAssessment again = OpenAssessment.open(workspace, now);
            assertThat(again.assessment().answers().get(question).value()).isEqualTo(new AnswerValue.LevelValue(1));
            assertThat(again.assessment().actions()).containsExactly(action);
        }
    }

    @Test
    void theFirstPeriodHasNoPrevious() {
        try (Database database = Database.open(folder)) {
            QuestionnaireSource questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
            SqliteWorkspace workspace = new SqliteWorkspace(database, questionnaires);
            SourcedQuestionnaire express = questionnaires.builtIns().stream()
                    .filter(q -> q.id().equals("rse-express")).findFirst().orElseThrow();
            Workspace.AssessmentEntry first = workspace.start(null, Organisation.named("Atelier"), "2026", express);

            assertThat(OpenAssessment.open(workspace, first).previous()).isEmpty();
        }
    }
}
