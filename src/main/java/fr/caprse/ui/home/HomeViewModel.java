package fr.caprse.ui.home;

import fr.caprse.ui.common.Errors;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.scoring.Evaluation;
import fr.caprse.ui.common.AppServices;
import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.HomeRows;
import fr.caprse.application.HomeRows.OrganisationRow;
import fr.caprse.application.task.BackgroundTask;
import fr.caprse.ui.common.RecentFiles;
import fr.caprse.application.Workspace;
import fr.caprse.application.form.FormFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The home page: organisations and their assessments (period, questionnaire, completion, score), and
 * what can be done with them: open, duplicate for a new period, delete, import and export
 * {@code .rse.json} files, recent files. Disk work runs in the background with progress.
 */
public final class HomeViewModel {

    private record Loaded(List<OrganisationRow> rows, List<Path> recentFiles) {
    }

    private final AppServices services;
    private final AssessmentFiles files;
    private final RecentFiles recent;
    private final ObservableList<OrganisationRow> organisations = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final fr.caprse.ui.vsme.VsmeViewModel vsme;

    public HomeViewModel(AppServices services, AssessmentFiles files, RecentFiles recent) {
        this.services = services;
        this.files = files;
        this.recent = recent;
        this.vsme = new fr.caprse.ui.vsme.VsmeViewModel(services, files);
    }

    /** EFRAG's official VSME template: filled from a vsme-basic assessment, or imported as a new one. */
    public fr.caprse.ui.vsme.VsmeViewModel vsme() {
        return vsme;
    }

    /** Reloads the list from the store (in the background). */
    public void refresh() {
        busy.set(true);
        services.tasks().run(p -> {
            List<OrganisationRow> rows = HomeRows.read(services.workspace());
            return new Loaded(rows, recent.list());
        }, loaded -> {
            organisations.setAll(loaded.rows());
            recentFiles.setAll(loaded.recentFiles());
            busy.set(false);
        }, this::failed);
    }

    public void delete(Workspace.AssessmentEntry entry) {
        BackgroundTask.ofAction(p -> services.workspace().deleteAssessment(entry.id()))
                .inOrderOf(BackgroundTask.assessment(entry.id()))
                .onSuccess(ok -> refresh()).onFailure(this::failed).executeWith(services.tasks());
    }

    /** Starts the next period's assessment from this one (see {@link Workspace#duplicate}). */
    public void duplicate(Workspace.AssessmentEntry entry, String period, Consumer<Workspace.AssessmentEntry> opened) {
        BackgroundTask.of(p -> {
            Workspace.NewPeriod started = services.workspace().duplicate(entry, period);
            String notice = started.movedToNewVersion() ? movedNotice(started) : null;
            return new Started(started, notice);
        }).inOrderOf(BackgroundTask.assessment(entry.id())).onSuccess(done -> {
            refresh();
            if (done.notice() != null) {
                // the answers moved to a newer questionnaire: say what is new before the walk-through opens
                services.dialogs().showInfo(services.texts().get("home.duplicate.moved.title"), done.notice());
            }
            opened.accept(done.period().created());
        }).onFailure(this::failed).executeWith(services.tasks());
    }

    private record Started(Workspace.NewPeriod period, String notice) {
    }

    /** How many questions a list in a dialog names before "and N more". */
    static final int NEW_QUESTIONS_LISTED = 12;

    /**
     * What moving to a newer questionnaire version changed: versions, answers left behind, and the new
     * questions this organisation will be asked (those its profile hides, such as social-economy questions
     * for a company, are not listed).
     */
    private String movedNotice(Workspace.NewPeriod started) {
        long id = started.created().id();
        Questionnaire questionnaire = services.workspace().questionnaireOf(id);
        Assessment next = services.workspace().load(id);
        Evaluation evaluation = Evaluation.of(questionnaire, next.organisation(), next.answers());
        List<String> ids = started.newQuestions().stream().filter(evaluation::applies).toList();
        String language = services.texts().language();
        StringBuilder notice = new StringBuilder(services.texts().get("home.duplicate.moved", started.fromVersion(),
                started.toVersion(), ids.size(), started.notCarriedOver().size()));
        for (int i = 0; i < Math.min(ids.size(), NEW_QUESTIONS_LISTED); i++) {
            String questionId = ids.get(i);
            notice.append("\n• ").append(questionnaire.question(questionId).map(q -> q.text().get(language))
                    .orElse(questionId));
        }
        if (ids.size() > NEW_QUESTIONS_LISTED) {
            notice.append("\n").append(services.texts().get("home.duplicate.moved.more", ids.size() - NEW_QUESTIONS_LISTED));
        }
        return notice.toString();
    }

    public void importFile(Path file, Consumer<Workspace.AssessmentEntry> opened) {
        importWith(file, () -> files.importFile(file), opened);
    }

    /**
     * Imports a filled Excel form (or a report) as a new assessment of its organisation, in one
     * transaction, then opens it; a form with problems is refused whole, its problems listed.
     */
    public void importForm(Path file, Consumer<Workspace.AssessmentEntry> opened) {
        importWith(file, () -> new FormFiles(services.questionnaires()).importInto(files, file), opened);
    }

    /** Writes the Excel form of an assessment, its profile and answers carried over ("Fill in with Excel…"). */
    public void exportForm(Workspace.AssessmentEntry entry, Path file) {
        busy.set(true);
        java.util.Locale locale = services.texts().locale();
        BackgroundTask.ofAction(p -> new FormFiles(services.questionnaires()).writeFor(services.workspace(), entry, locale, file))
                .inOrderOf(BackgroundTask.assessment(entry.id())).onProgress(progress::set).onSuccess(ok -> {
                    busy.set(false);
                    services.dialogs().notify(services.texts().get("home.form-written", file.getFileName()));
                }).onFailure(this::failed).executeWith(services.tasks());
    }

    /** How an import is done: from a {@code .rse.json} file or from a workbook. */
    @FunctionalInterface
    private interface Importer {
        AssessmentFiles.Imported run() throws Exception;
    }

    private void importWith(Path file, Importer importer, Consumer<Workspace.AssessmentEntry> opened) {
        busy.set(true);
        progress.set(-1);
        BackgroundTask.of(p -> {
            AssessmentFiles.Imported imported = importer.run();
            recent.add(file);
            p.update(1.0);
            return imported;
        }).onProgress(progress::set).onSuccess(imported -> {
            Workspace.AssessmentEntry entry = imported.entry();
            busy.set(false);
            refresh();
            if (imported.alreadyThere() > 0) {
                // nothing is ever replaced by an import: say so, and let the user delete the one too many
                services.dialogs().showInfo(services.texts().get("home.imported.twice.title"),
                        services.texts().get("home.imported.twice", file.getFileName(), entry.period()));
            } else {
                services.dialogs().notify(services.texts().get("home.imported", file.getFileName()));
            }
            opened.accept(entry);
        }).onFailure(failure -> {
            busy.set(false);
            services.dialogs().showError(services.texts().get("error.import.title"),
                    services.texts().get("error.import.message", file.getFileName(), Errors.message(failure, services.texts())));
        }).executeWith(services.tasks());
    }

    public void exportFile(Workspace.AssessmentEntry entry, Path file) {
        busy.set(true);
        BackgroundTask.ofAction(p -> {
            files.export(entry.id(), file);
            recent.add(file);
        }).inOrderOf(BackgroundTask.assessment(entry.id())).onProgress(progress::set).onSuccess(ok -> {
            busy.set(false);
            refresh();
            services.dialogs().notify(services.texts().get("home.exported", file.getFileName()));
        }).onFailure(this::failed).executeWith(services.tasks());
    }

    /** Writes the Excel report of an assessment, with the previous assessment for comparison. */
    public void exportReport(Workspace.AssessmentEntry entry, Path file) {
        busy.set(true);
        java.util.Locale locale = services.texts().locale();
        BackgroundTask.ofAction(p -> files.writeReport(entry, locale, file))
                .inOrderOf(BackgroundTask.assessment(entry.id())).onProgress(progress::set).onSuccess(ok -> {
                    busy.set(false);
                    services.dialogs().notify(services.texts().get("home.report-written", file.getFileName()));
                }).onFailure(this::failed).executeWith(services.tasks());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        services.dialogs().showError(services.texts().get("error.generic.title"),
                services.texts().get("error.generic.message", Errors.message(failure, services.texts())));
    }

    public ObservableList<OrganisationRow> organisations() {
        return organisations;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }
}
