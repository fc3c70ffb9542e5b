package fr.caprse.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.caprse.i18n.I18n;
import fr.caprse.storage.Database;
import fr.caprse.storage.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage problems reach the user in their language, the English text staying in the log. */
class ErrorsTest {

    @TempDir
    Path folder;

    @Test
    void aDamagedDatabaseIsToldInFrenchOrEnglish() throws Exception {
        Path data = Files.createDirectories(folder.resolve("données"));
        Files.writeString(data.resolve(Database.FILE_NAME), "not a database at all, just text");
        Throwable failure = catchThrowable(() -> Database.open(data));
        assertThat(failure).isInstanceOf(StorageException.class);
        assertThat(((StorageException) failure).reason()).isEqualTo(StorageException.Reason.DAMAGED);

        String french = Errors.message(failure, new I18n(Locale.FRENCH));
        assertThat(french).startsWith("La base de données ").contains("est endommagée")
                .contains(data.resolve(Database.FILE_NAME).toString()).doesNotContain("damaged");
        String english = Errors.message(failure, new I18n(Locale.ENGLISH));
        assertThat(english).contains("is damaged").contains(data.resolve(Database.FILE_NAME).toString());
        assertThat(failure.getMessage()).as("the log keeps the English text").contains("is damaged");
    }

    @Test
    void aFailureWrappedByTheWorkIsStillToldInTheUsersLanguage() {
        StorageException full = new StorageException(StorageException.Reason.DISK_FULL,
                "Cap RSE cannot save the answer to q1: the disk is full.", null, Path.of("cap-rse.db"));
        assertThat(Errors.message(new RuntimeException("wrapped", full), new I18n(Locale.FRENCH)))
                .isEqualTo("Le disque est plein. Libérez de la place, puis réessayez.");
        assertThat(Errors.message(new IllegalStateException("plain"), new I18n(Locale.FRENCH))).isEqualTo("plain");
    }

    @Test
    void aFailedSaveSaysWhichAnswerOfWhichAssessmentThenWhyInTheUsersLanguage() throws Exception {
        try (Database database = Database.open(folder.resolve("data"))) {
            fr.caprse.application.QuestionnaireSource questionnaires = new fr.caprse.application.QuestionnaireSource(
                    fr.caprse.application.KeptQuestionnaires.in(database));
            fr.caprse.application.SqliteWorkspace workspace = new fr.caprse.application.SqliteWorkspace(database, questionnaires);
            fr.caprse.application.SourcedQuestionnaire express = questionnaires.builtIns().stream()
                    .filter(q -> q.id().equals("rse-express")).findFirst().orElseThrow();
            fr.caprse.application.Workspace.AssessmentEntry entry = workspace.start(null,
                    fr.caprse.domain.assessment.Organisation.named("Atelier du Val"), "2026", express);
            fr.caprse.domain.questionnaire.Question question = express.questionnaire().questions().get(0);
            fr.caprse.application.assessment.OpenAssessment opened =
                    fr.caprse.application.assessment.OpenAssessment.open(failingWith(workspace), entry);

            Throwable[] failure = new Throwable[1];
            opened.saveAnswer(fr.caprse.domain.assessment.Answer.of(question.id(), null)).onFailure(f -> failure[0] = f)
                    .executeWith(new fr.caprse.application.task.CurrentThreadTaskExecutor());

            String french = Errors.message(failure[0], new I18n(Locale.FRENCH));
            assertThat(french).isEqualTo("Cap RSE n’a pas pu enregistrer votre réponse à la question « "
                    + question.text().get("fr") + " » (Atelier du Val · 2026). Le disque est plein. Libérez de la place, puis réessayez.");
            String english = Errors.message(failure[0], new I18n(Locale.ENGLISH));
            assertThat(english).startsWith("Cap RSE could not save your answer to the question “" + question.text().get("en")
                    + "” (Atelier du Val · 2026). The disk is full.");
            assertThat(failure[0].getMessage()).as("the log says it in English, with the question id")
                    .contains(question.id()).contains("Atelier du Val · 2026").contains("the disk is full");
        }
    }

    /** The store as it is, except that saving an answer meets a full disk. */
    private static fr.caprse.application.Workspace failingWith(fr.caprse.application.Workspace real) {
        return (fr.caprse.application.Workspace) java.lang.reflect.Proxy.newProxyInstance(ErrorsTest.class.getClassLoader(),
                new Class<?>[] {fr.caprse.application.Workspace.class}, (proxy, method, args) -> {
                    if (method.getName().equals("saveAnswer")) {
                        throw new StorageException(StorageException.Reason.DISK_FULL,
                                "Cap RSE cannot save the answer: the disk is full.", null, Path.of("cap-rse.db"));
                    }
                    try {
                        return method.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
                                : method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
