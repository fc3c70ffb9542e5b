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

    @Test
    void aFailedProfileSaveSaysWhoseProfileThenWhyAndTheFormKeepsWhatWasTyped() throws Exception {
        try (Database database = Database.open(folder.resolve("data"))) {
            fr.caprse.application.SqliteWorkspace workspace = workspace(database);
            fr.caprse.application.Workspace.AssessmentEntry entry = startExpress(workspace, "Atelier du Val", "2026");
            fr.caprse.application.assessment.OpenAssessment opened = fr.caprse.application.assessment.OpenAssessment.open(
                    failing(workspace, "saveProfile", StorageException.Reason.DISK_FULL), entry);
            AppServices services = new AppServices(workspace, new fr.caprse.application.task.CurrentThreadTaskExecutor(),
                    new RecordingDialogs(), java.time.Clock.systemUTC(),
                    new javafx.beans.property.SimpleObjectProperty<>(new I18n(Locale.FRENCH)), null);
            fr.caprse.ui.profile.ProfilePageViewModel page = new fr.caprse.ui.profile.ProfilePageViewModel(services,
                    opened::saveProfile, opened.assessment().organisation());
            page.form().nameProperty().set("Atelier du Val, SCOP");

            Throwable[] failure = new Throwable[1];
            page.save(saved -> { }, f -> failure[0] = f);

            assertThat(Errors.message(failure[0], new I18n(Locale.FRENCH))).isEqualTo("Cap RSE n’a pas pu enregistrer le "
                    + "profil de l’organisation (Atelier du Val · 2026). Le disque est plein. Libérez de la place, puis réessayez.");
            assertThat(Errors.message(failure[0], new I18n(Locale.ENGLISH))).isEqualTo("Cap RSE could not save the "
                    + "organisation’s profile (Atelier du Val · 2026). The disk is full. Free some space, then try again.");
            assertThat(failure[0].getMessage()).as("the log, in English").contains("profile of Atelier du Val · 2026");
            assertThat(page.form().nameProperty().get()).as("what was typed stays").isEqualTo("Atelier du Val, SCOP");
            assertThat(page.canSave().get()).as("it can be saved again").isTrue();
            assertThat(workspace.load(entry.id()).organisation().name()).as("nothing half-saved").isEqualTo("Atelier du Val");
        }
    }

    @Test
    void aFailedOpeningSaysWhichAssessmentOfWhichOrganisationThenWhy() throws Exception {
        try (Database database = Database.open(folder.resolve("data"))) {
            fr.caprse.application.SqliteWorkspace workspace = workspace(database);
            fr.caprse.application.Workspace.AssessmentEntry entry = startExpress(workspace, "Atelier du Val", "2026");

            // the database held by another program while the answers are read: the store still names the organisation
            Throwable busy = catchThrowable(() -> fr.caprse.application.assessment.OpenAssessment.open(
                    failing(workspace, "load", StorageException.Reason.BUSY), entry));
            assertThat(Errors.message(busy, new I18n(Locale.FRENCH))).isEqualTo("Cap RSE n’a pas pu ouvrir l’évaluation "
                    + "« Atelier du Val · 2026 ». La base de données est occupée : un autre programme utilise cap-rse.db. "
                    + "Fermez ce programme, puis réessayez.");
            assertThat(Errors.message(busy, new I18n(Locale.ENGLISH))).startsWith("Cap RSE could not open the assessment "
                    + "“Atelier du Val · 2026”. The database is busy");

            // a store that cannot even list its organisations: named as the home page shows it, when given
            fr.caprse.application.Workspace unreadable = failing(failing(workspace, "sourceOf", StorageException.Reason.CANNOT_OPEN),
                    "organisations", StorageException.Reason.CANNOT_OPEN);
            Throwable[] failure = new Throwable[2];
            fr.caprse.application.assessment.OpenAssessment.opening(unreadable, entry, "Atelier du Val")
                    .onFailure(f -> failure[0] = f).executeWith(new fr.caprse.application.task.CurrentThreadTaskExecutor());
            assertThat(Errors.message(failure[0], new I18n(Locale.FRENCH)))
                    .startsWith("Cap RSE n’a pas pu ouvrir l’évaluation « Atelier du Val · 2026 ». Le fichier cap-rse.db ne peut pas être ouvert");
            fr.caprse.application.assessment.OpenAssessment.opening(unreadable, entry)
                    .onFailure(f -> failure[1] = f).executeWith(new fr.caprse.application.task.CurrentThreadTaskExecutor());
            assertThat(Errors.message(failure[1], new I18n(Locale.FRENCH))).as("else by its period")
                    .startsWith("Cap RSE n’a pas pu ouvrir l’évaluation « 2026 ». Le fichier cap-rse.db");
        }
    }

    @Test
    void aFailedStartSaysWhichAssessmentOfWhichOrganisationThenWhy() throws Exception {
        try (Database database = Database.open(folder.resolve("data"))) {
            fr.caprse.application.SqliteWorkspace workspace = workspace(database);
            fr.caprse.application.SourcedQuestionnaire express = express(workspace);

            Throwable failure = catchThrowable(() -> fr.caprse.application.assessment.StartAssessment.start(
                    failing(workspace, "start", StorageException.Reason.READ_ONLY), null,
                    fr.caprse.domain.assessment.Organisation.named("Atelier du Val"), "2026", express));

            assertThat(Errors.message(failure, new I18n(Locale.FRENCH))).isEqualTo("Cap RSE n’a pas pu créer l’évaluation "
                    + "« Atelier du Val · 2026 ». Le fichier cap-rse.db est en lecture seule. Vérifiez ses droits d’accès.");
            assertThat(Errors.message(failure, new I18n(Locale.ENGLISH)))
                    .startsWith("Cap RSE could not create the assessment “Atelier du Val · 2026”.");
            assertThat(workspace.organisations()).as("nothing half-written").isEmpty();
        }
    }

    private static fr.caprse.application.SqliteWorkspace workspace(Database database) {
        fr.caprse.application.QuestionnaireSource questionnaires = new fr.caprse.application.QuestionnaireSource(
                fr.caprse.application.KeptQuestionnaires.in(database));
        return new fr.caprse.application.SqliteWorkspace(database, questionnaires);
    }

    private static fr.caprse.application.SourcedQuestionnaire express(fr.caprse.application.SqliteWorkspace workspace) {
        return fr.caprse.application.QuestionnaireSource.withoutDatabase().builtIns().stream()
                .filter(q -> q.id().equals("rse-express")).findFirst().orElseThrow();
    }

    private static fr.caprse.application.Workspace.AssessmentEntry startExpress(fr.caprse.application.SqliteWorkspace workspace,
                                                                               String name, String period) {
        return workspace.start(null, fr.caprse.domain.assessment.Organisation.named(name), period, express(workspace));
    }

    /** The store as it is, except that saving an answer meets a full disk. */
    private static fr.caprse.application.Workspace failingWith(fr.caprse.application.Workspace real) {
        return failing(real, "saveAnswer", StorageException.Reason.DISK_FULL, "Cap RSE cannot save the answer: the disk is full.");
    }

    /** The store as it is, except that {@code failingMethod} meets {@code reason}. */
    private static fr.caprse.application.Workspace failing(fr.caprse.application.Workspace real, String failingMethod,
                                                           StorageException.Reason reason) {
        return failing(real, failingMethod, reason, "Cap RSE cannot " + failingMethod + ": " + reason);
    }

    /** The store as it is, except that {@code failingMethod} meets {@code reason}, told in English as {@code english}. */
    private static fr.caprse.application.Workspace failing(fr.caprse.application.Workspace real, String failingMethod,
                                                           StorageException.Reason reason, String english) {
        return (fr.caprse.application.Workspace) java.lang.reflect.Proxy.newProxyInstance(ErrorsTest.class.getClassLoader(),
                new Class<?>[] {fr.caprse.application.Workspace.class}, (proxy, method, args) -> {
                    if (method.getName().equals(failingMethod)) {
                        throw new StorageException(reason, english, null,
                                Path.of("cap-rse.db"), "disk I/O error");
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
