package fr.caprse.ui.vsme;

import fr.caprse.ui.common.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.KeptQuestionnaires;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SqliteWorkspace;
import fr.caprse.application.Workspace;
import fr.caprse.application.task.CurrentThreadTaskExecutor;
import fr.caprse.i18n.I18n;
import fr.caprse.storage.Database;
import fr.caprse.ui.common.AppServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook the app's "Import a VSME template…" cannot use is refused in the user's language, saying which of
 * the four ways it failed (not a workbook, not the template, a version not read, values that cannot be read,
 * each with its cell), and nothing is stored; the template is offered only on vsme-basic assessments.
 */
class VsmeViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private SqliteWorkspace workspace;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<I18n> i18n = new SimpleObjectProperty<>(I18n.display(Locale.FRENCH));
    private VsmeViewModel model;
    private final List<Workspace.AssessmentEntry> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        QuestionnaireSource questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
        workspace = new SqliteWorkspace(database, questionnaires);
        AppServices services = new AppServices(workspace, new CurrentThreadTaskExecutor(), dialogs,
                Clock.fixed(VsmeTestFiles.NOW, ZoneOffset.UTC), i18n, questionnaires);
        model = new VsmeViewModel(services, new AssessmentFiles(database, workspace, questionnaires));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String refused(Path file) {
        dialogs.errors.clear();
        model.importTemplate(file, opened::add);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(opened).isEmpty();
        assertThat(workspace.organisations()).as("nothing stored").isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        return dialogs.errors.get(0).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void aDamagedFileIsRefusedAsNoWorkbook() throws Exception {
        String message = refused(VsmeTestFiles.corrupt(folder));
        assertThat(message).startsWith("Ce classeur ne peut pas être importé\n« abime.xlsx » ne s’ouvre pas comme un "
                + "classeur Excel (.xlsx) : fichier abîmé, protégé par un mot de passe, trop gros ou d’un autre format. "
                + "Rien n’a été importé. Détail :\n• ");
    }

    @Test
    void aWorkbookOfItsOwnIsRefusedAsNotTheTemplate() throws Exception {
        String message = refused(VsmeTestFiles.budget(folder));
        assertThat(message).isEqualTo("Ce classeur ne peut pas être importé\n« budget.xlsx » n’est pas le modèle VSME "
                + "officiel de l’EFRAG (VSME Digital Template) : il ne donne pas sa version de modèle. Créez le modèle "
                + "depuis une évaluation VSME (menu Plus…, « Modèle VSME officiel… ») ou téléchargez-le sur le site de "
                + "l’EFRAG, remplissez-le, puis importez-le. Rien n’a été importé.");
    }

    @Test
    void aSecondVersionOfTheTemplateIsRefusedWithItsVersion() throws Exception {
        String message = refused(VsmeTestFiles.template(folder, "2.0.0", "vsme-2.xlsx"));
        assertThat(message).startsWith("Ce classeur ne peut pas être importé\n« vsme-2.xlsx » est un modèle VSME d’une "
                + "version que Cap RSE ne lit pas : il lit les versions 1.x (il est fait pour la 1.3.0).");
        assertThat(message).endsWith("Détail :\n• Introduction!C1: template version 2.0.0; Cap RSE reads versions 1.x "
                + "of the VSME Digital Template (made for 1.3.0)");
    }

    @Test
    void aTemplateWhoseNamesWereDeletedListsEachWithItsCount() throws Exception {
        String message = refused(VsmeTestFiles.template(folder, "1.3.0", "sans-noms.xlsx"));
        java.util.regex.Matcher count = java.util.regex.Pattern
                .compile("« sans-noms\\.xlsx » : (\\d+) valeurs du modèle ne peuvent pas être lues\\. Rien n’a été "
                        + "importé ; corrigez dans le classeur ces cellules, nommées comme dans le modèle, puis "
                        + "importez-le de nouveau :\n").matcher(message);
        assertThat(count.find()).as(message).isTrue();
        int problems = Integer.parseInt(count.group(1));
        assertThat(problems).isGreaterThan(15);
        List<String> lines = message.lines().filter(l -> l.startsWith("• ")).toList();
        assertThat(lines).hasSize(16).endsWith("• …");
        assertThat(lines).anyMatch(l -> l.matches("• question b[0-9]+-.*: the named range .* is missing; the template "
                + "was altered: use an unaltered copy of the template"));
    }

    @Test
    void theRefusalFollowsTheLanguage() throws Exception {
        i18n.set(I18n.display(Locale.ENGLISH));
        assertThat(refused(VsmeTestFiles.budget(folder))).isEqualTo("This workbook cannot be imported\n“budget.xlsx” is "
                + "not EFRAG’s official VSME template (VSME Digital Template): it does not state a template version. "
                + "Create the template from a VSME assessment (More… menu, “Official VSME template…”) or download it "
                + "from EFRAG’s site, fill it in, then import it. Nothing was imported.");
    }

    @Test
    void aTemplateReadIntoAnAssessmentChangesNothingUntilConfirmedThenReplacesInOneGo() throws Exception {
        long organisation = database.organisations().create(VsmeTestFiles.assessment().organisation()).id();
        Path template = exported(organisation);

        // the same organisation's assessment for 2025, started by hand: a provisional turnover with a comment,
        // one figure already the same, and a legal form the template has no place for
        var questionnaire = VsmeTestFiles.questionnaire();
        fr.caprse.domain.assessment.Assessment draft = fr.caprse.domain.assessment.Assessment.start("vsme-basic",
                questionnaire.version(), VsmeTestFiles.assessment().organisation(), "2025", VsmeTestFiles.NOW);
        draft = draft.withAnswer(fr.caprse.domain.assessment.Answer.of("b1-turnover-eur",
                new fr.caprse.domain.assessment.AnswerValue.NumberValue(new java.math.BigDecimal("999")))
                .withComment("chiffre provisoire"), VsmeTestFiles.NOW);
        draft = draft.withAnswer(fr.caprse.domain.assessment.Answer.of("b11-convictions",
                new fr.caprse.domain.assessment.AnswerValue.NumberValue(java.math.BigDecimal.ONE)), VsmeTestFiles.NOW);
        draft = draft.withAnswer(fr.caprse.domain.assessment.Answer.of("b1-legal-form",
                new fr.caprse.domain.assessment.AnswerValue.TextValue("SCOP SA")), VsmeTestFiles.NOW);
        long target = database.assessments().insert(organisation, draft, vsmeFile).id();
        var before = database.assessments().load(target).orElseThrow().answers();
        int[] saved = new int[1];

        dialogs.confirmAnswer = false;
        model.importInto(entry(target), "Les Fours de la Drôme", template, () -> saved[0]++);
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.confirmations).hasSize(1);
        String asked = dialogs.confirmations.get(0).replace('\u00a0', ' ').replace('\u202f', ' ');
        var read = new fr.caprse.application.vsme.VsmeExchange().read(template, questionnaire);
        int added = read.assessment().answers().size() - 2;
        assertThat(asked).isEqualTo("Reprendre un modèle VSME rempli dans cette évaluation\n« fours.xlsx » est lu. "
                + "Enregistrer ses réponses dans l’évaluation « Les Fours de la Drôme · 2025 » ? Une réponse différente "
                + "est remplacée (commentaires et preuves gardés), " + added + " sont nouvelles, une est déjà la même. "
                + "Les réponses que le modèle ne contient pas ne changent pas.");
        assertThat(database.assessments().load(target).orElseThrow().answers()).as("declined: nothing changed")
                .isEqualTo(before);
        assertThat(saved[0]).isZero();

        dialogs.confirmAnswer = true;
        model.importInto(entry(target), "Les Fours de la Drôme", template, () -> saved[0]++);
        assertThat(dialogs.errors).isEmpty();
        assertThat(saved[0]).isEqualTo(1);
        var after = database.assessments().load(target).orElseThrow().answers();
        assertThat(after.get("b1-turnover-eur").value())
                .isEqualTo(new fr.caprse.domain.assessment.AnswerValue.NumberValue(new java.math.BigDecimal("3200000")));
        assertThat(after.get("b1-turnover-eur").comment()).isEqualTo("chiffre provisoire");
        assertThat(after.get("b1-legal-form").value()).isEqualTo(new fr.caprse.domain.assessment.AnswerValue.TextValue("SCOP SA"));
        read.assessment().answers().forEach((id, answer) ->
                assertThat(after.get(id).value()).as(id).isEqualTo(answer.value()));
        assertThat(after).hasSize(read.assessment().answers().size() + 1);
        assertThat(workspace.organisations()).as("no new organisation").hasSize(1);
        assertThat(database.assessments().list()).as("no new assessment").hasSize(2);
    }

    @Test
    void aTemplateOfAnotherOrganisationAndYearIsSaidSoBeforeReadingIt() throws Exception {
        Path template = exported(database.organisations().create(VsmeTestFiles.assessment().organisation()).id());
        long other = database.organisations().create(fr.caprse.domain.assessment.Organisation.named("Boulangerie Martin")).id();
        long target = database.assessments().create(other, "2026", VsmeTestFiles.questionnaire(), vsmeFile).id();
        dialogs.confirmAnswer = false;
        model.importInto(new Workspace.AssessmentEntry(target, other, "2026", "vsme-basic",
                VsmeTestFiles.questionnaire().version(), VsmeTestFiles.NOW), "Boulangerie Martin", template, () -> { });
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(dialogs.confirmations.get(0).replace('\u00a0', ' ').replace('\u202f', ' '))
                .endsWith("\n\nAttention : ce modèle est rempli au nom de « Les Fours de la Drôme ».\n\n"
                        + "Attention : ce modèle porte sur l’exercice 2025.");
        assertThat(database.assessments().load(target).orElseThrow().answers()).isEmpty();
    }

    private final byte[] vsmeFile = fr.caprse.yaml.BuiltInQuestionnaires.content("vsme-basic");

    /** The bakery's assessment stored under {@code organisation} and filled into the template from the app. */
    private Path exported(long organisation) {
        long source = database.assessments().insert(organisation, VsmeTestFiles.assessment(), vsmeFile).id();
        Path template = folder.resolve("fours.xlsx");
        model.export(entry(source), template);
        assertThat(dialogs.errors).isEmpty();
        return template;
    }

    private Workspace.AssessmentEntry entry(long id) {
        var summary = database.assessments().summary(id).orElseThrow();
        return new Workspace.AssessmentEntry(id, summary.organisationId(), summary.period(), "vsme-basic",
                VsmeTestFiles.questionnaire().version(), VsmeTestFiles.NOW);
    }

    @Test
    void theTemplateIsOfferedOnlyOnVsmeBasicAssessments() {
        java.time.Instant now = VsmeTestFiles.NOW;
        assertThat(VsmeViewModel.offeredFor(new Workspace.AssessmentEntry(1, 1, "2025", "vsme-basic", "1.1.0", now))).isTrue();
        assertThat(VsmeViewModel.offeredFor(new Workspace.AssessmentEntry(1, 1, "2025", "vsme-basic", "1.0.0", now))).isTrue();
        assertThat(VsmeViewModel.offeredFor(new Workspace.AssessmentEntry(2, 1, "2025", "rse-rso", "1.1.0", now))).isFalse();
        assertThat(VsmeViewModel.offeredFor(new Workspace.AssessmentEntry(3, 1, "2025", "rse-express", "1.1.0", now))).isFalse();
    }
}
