package fr.caprse.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.KeptQuestionnaires;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.application.SqliteWorkspace;
import fr.caprse.application.task.CurrentThreadTaskExecutor;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.i18n.I18n;
import fr.caprse.storage.Database;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.DialogService;
import fr.caprse.ui.common.RecentFiles;
import fr.caprse.application.Workspace;
import fr.caprse.ui.home.HomeViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page's work on a real SQLite store, synchronously: export an assessment to a file and import
 * it back, start next year's assessment from this one, write the Excel report, delete with history kept
 * apart. Errors reach the dialog service with a message, never an exception.
 */
class HomeWorkflowTest {

    @TempDir
    Path folder;

    private Database database;
    private final List<String> errors = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private HomeViewModel home;
    private SqliteWorkspace workspace;
    private SourcedQuestionnaire rso;
    private QuestionnaireSource questionnaires;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
        workspace = new SqliteWorkspace(database, questionnaires);
        rso = questionnaires.builtIns().stream().filter(e -> e.id().equals("rse-rso")).findFirst().orElseThrow();
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String title, String message) {
                errors.add(title + ": " + message);
            }

            @Override
            public void showInfo(String title, String message) {
                notices.add(message);
            }

            @Override
            public boolean confirm(String title, String message, String confirmLabel) {
                return true;
            }

            @Override
            public Optional<String> askText(String title, String message, String initial) {
                return Optional.empty();
            }

            @Override
            public void notify(String message) {
                notices.add(message);
            }

            @Override
            public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
                return Optional.empty();
            }
        };
        AppServices services = new AppServices(workspace, new CurrentThreadTaskExecutor(), dialogs,
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC),
                new SimpleObjectProperty<>(new I18n(Locale.FRENCH)), questionnaires);
        home = new HomeViewModel(services, new AssessmentFiles(database, workspace, questionnaires),
                new RecentFiles(folder.resolve("recent.txt")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Workspace.AssessmentEntry started() {
        Organisation organisation = new Organisation("Atelier du Val", null, "C25", OrganisationSize.SMALL, 12, "scop",
                "Drôme", true);
        Workspace.AssessmentEntry entry = workspace.start(null, organisation, "2025", rso);
        workspace.saveAnswer(entry.id(), Answer.of("gov-purpose", new AnswerValue.LevelValue(3)).withComment("=HYPERLINK(\"http://x\",\"y\")"));
        workspace.saveAnswer(entry.id(), Answer.notApplicable("gov-board-diversity"));
        return entry;
    }

    @Test
    void anExportedAssessmentImportsBackIntoTheSameAnswers() {
        Workspace.AssessmentEntry entry = started();
        Path file = folder.resolve("atelier-2025.rse.json");
        home.exportFile(entry, file);
        assertThat(errors).isEmpty();
        assertThat(file).exists();
        workspace.deleteAssessment(entry.id());

        List<Workspace.AssessmentEntry> opened = new ArrayList<>();
        home.importFile(file, opened::add);
        assertThat(errors).isEmpty();
        assertThat(opened).singleElement().satisfies(e -> assertThat(e.period()).isEqualTo("2025"));
        var answers = workspace.load(opened.get(0).id()).answers();
        assertThat(answers.get("gov-purpose").value()).isEqualTo(new AnswerValue.LevelValue(3));
        assertThat(answers.get("gov-purpose").comment()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        assertThat(answers.get("gov-board-diversity").na()).isTrue();
        assertThat(home.recentFiles()).contains(file.toAbsolutePath().normalize());
    }

    @Test
    void importingAPeriodThatIsAlreadyThereKeepsBothAndSaysSo() {
        Workspace.AssessmentEntry entry = started();
        Path file = folder.resolve("atelier-2025.rse.json");
        home.exportFile(entry, file);
        notices.clear();
        home.importFile(file, e -> { });
        assertThat(errors).isEmpty();
        assertThat(workspace.assessments(entry.organisationId())).hasSize(2);
        assertThat(workspace.organisations()).hasSize(1);
        assertThat(notices).singleElement().asString().contains("2025").contains("atelier-2025.rse.json");
    }

    @Test
    void aBrokenFileIsRefusedWithAMessageAndNothingIsImported() throws Exception {
        Path file = folder.resolve("broken.rse.json");
        Files.writeString(file, "{\"format\": \"cap-rse/assessment@1\", \"questionnaire\": {\"id\": \"rse-rso\"");
        home.importFile(file, e -> { });
        assertThat(errors).singleElement().asString().contains("broken.rse.json");
        assertThat(workspace.organisations()).isEmpty();
    }

    @Test
    void nextYearStartsFromThisYearsAnswersWithoutTheFlags() {
        Workspace.AssessmentEntry entry = started();
        workspace.saveAnswer(entry.id(), Answer.of("gov-strategy", new AnswerValue.LevelValue(2)).withFlagged(true));
        List<Workspace.AssessmentEntry> opened = new ArrayList<>();
        home.duplicate(entry, "2026", opened::add);
        assertThat(errors).isEmpty();
        Workspace.AssessmentEntry next = opened.get(0);
        assertThat(next.period()).isEqualTo("2026");
        var answers = workspace.load(next.id()).answers();
        assertThat(answers.get("gov-purpose").value()).isEqualTo(new AnswerValue.LevelValue(3));
        assertThat(answers.get("gov-strategy").flagged()).isFalse();
        assertThat(workspace.previous(next)).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(entry.id()));
    }

    @Test
    void aNewPeriodFromAnAssessmentOnAnOlderVersionMovesToTheNewestAndNamesTheNewQuestionsThatConcernIt() {
        var v1 = questionnaires.find("rse-rso", "1.0.0").orElseThrow();
        Organisation company = new Organisation("Menuiserie Dupont", null, "C16", OrganisationSize.SMALL, 12, "company",
                "Drôme", false);
        Workspace.AssessmentEntry entry = workspace.start(null, company, "2025", v1);
        workspace.saveAnswer(entry.id(), Answer.of("gov-purpose", new AnswerValue.LevelValue(3)));
        List<Workspace.AssessmentEntry> opened = new ArrayList<>();
        notices.clear();

        home.duplicate(entry, "2026", opened::add);

        assertThat(errors).isEmpty();
        Workspace.AssessmentEntry next = opened.get(0);
        assertThat(next.questionnaireVersion()).isEqualTo(rso.version());
        assertThat(workspace.load(next.id()).answers().get("gov-purpose").value()).isEqualTo(new AnswerValue.LevelValue(3));
        assertThat(notices).singleElement().asString()
                .startsWith("La nouvelle période passe de la version 1.0.0 à la version " + rso.version())
                .contains("• Avez-vous choisi vos enjeux RSE prioritaires")
                // a company is not asked the social-economy questions: they are not announced to it
                .doesNotContain("guide des bonnes pratiques de l’ESS");
        assertThat(entry.questionnaireVersion()).isEqualTo("1.0.0");
    }

    @Test
    void theExcelReportIsWrittenFromTheAppLikeTheCommandLineDoes() throws Exception {
        Workspace.AssessmentEntry entry = started();
        Path report = folder.resolve("rapport.xlsx");
        home.exportReport(entry, report);
        assertThat(errors).isEmpty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report))) {
            assertThat(workbook.getSheet("data")).isNotNull();
            assertThat(workbook.getSheetAt(0).getDrawingPatriarch().getCharts()).hasSize(2);
        }
    }

    @Test
    void deletingAnAssessmentKeepsTheOthers() {
        Workspace.AssessmentEntry first = started();
        home.duplicate(first, "2026", e -> { });
        home.delete(first);
        assertThat(errors).isEmpty();
        assertThat(workspace.assessments(first.organisationId())).extracting(Workspace.AssessmentEntry::period)
                .containsExactly("2026");
    }

    @Test
    void fillInWithExcelCarriesTheProfileAndAnswersAndTheFilledFormImportsBack() throws Exception {
        Workspace.AssessmentEntry entry = started();
        Path form = folder.resolve("atelier-formulaire.xlsx");
        home.exportForm(entry, form);
        assertThat(errors).isEmpty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(form))) {
            fr.caprse.excel.FilledForms.Filler filler = new fr.caprse.excel.FilledForms.Filler(workbook);
            assertThat(filler.cell("profile:name", 2).getStringCellValue()).isEqualTo("Atelier du Val");
            assertThat(filler.cell("gov-purpose", 2).getStringCellValue()).startsWith("3 – ");
            assertThat(filler.cell("gov-board-diversity", 2).getStringCellValue()).isEqualTo("Non applicable");
            filler.type("gov-strategy", "2");
            filler.save(form);
        }
        List<Workspace.AssessmentEntry> opened = new ArrayList<>();
        home.importForm(form, opened::add);
        assertThat(errors).isEmpty();
        var answers = workspace.load(opened.get(0).id()).answers();
        assertThat(answers.get("gov-purpose").value()).isEqualTo(new AnswerValue.LevelValue(3));
        assertThat(answers.get("gov-purpose").comment()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        assertThat(answers.get("gov-board-diversity").na()).isTrue();
        assertThat(answers.get("gov-strategy").value()).isEqualTo(new AnswerValue.LevelValue(2));
        assertThat(workspace.load(opened.get(0).id()).organisation()).isEqualTo(workspace.load(entry.id()).organisation());
        assertThat(workspace.assessments(entry.organisationId())).hasSize(2);
    }

    @Test
    void aFilledFormWithAProblemIsRefusedWholeNamingTheCell() throws Exception {
        Workspace.AssessmentEntry entry = started();
        Path form = folder.resolve("atelier-formulaire.xlsx");
        home.exportForm(entry, form);
        int row;
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(form))) {
            fr.caprse.excel.FilledForms.Filler filler = new fr.caprse.excel.FilledForms.Filler(workbook);
            filler.type("gov-strategy", "beaucoup");
            row = filler.row("gov-strategy") + 1;
            filler.save(form);
        }
        home.importForm(form, e -> { });
        assertThat(errors).singleElement().asString().contains("Questionnaire!C" + row).contains("gov-strategy")
                .contains("\"beaucoup\"");
        assertThat(workspace.assessments(entry.organisationId())).hasSize(1);
    }
}
