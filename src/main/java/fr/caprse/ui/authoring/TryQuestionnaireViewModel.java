package fr.caprse.ui.authoring;

import fr.caprse.application.authoring.QuestionnairePreview;
import fr.caprse.application.authoring.QuestionnaireTrial;
import fr.caprse.application.authoring.TrialWorkspace;
import fr.caprse.application.task.BackgroundTask;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.platform.Said;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.Errors;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * "Try a questionnaire file…": the file read in the background and checked as {@code validate} checks it;
 * its problems (line and column, one a line) while it does not load, or the questionnaire with its
 * warnings; then a throw-away assessment on it and its sample report. Reading again picks up the author's
 * corrections without leaving the page.
 */
public final class TryQuestionnaireViewModel {

    private final AppServices services;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<QuestionnaireTrial.Reading> reading = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** What the file's reading said, kept as said so that it reads in the language of the moment. */
    private List<Said> problems = List.of();
    private List<Said> warnings = List.of();
    private TrialWorkspace trial;

    public TryQuestionnaireViewModel(AppServices services) {
        this.services = services;
    }

    /** Reads {@code path} (in the background); what was read before stays shown until it is done. */
    public void read(Path path) {
        file.set(path);
        busy.set(true);
        BackgroundTask.of(p -> QuestionnaireTrial.read(services.questionnaires(), path))
                .onSuccess(read -> {
                    busy.set(false);
                    if (!path.equals(file.get())) {
                        return; // another file was chosen meanwhile
                    }
                    trial = null;
                    // the lists first: a page showing the reading reads them when it changes
                    problems = read.problems();
                    warnings = read.warnings();
                    reading.set(read);
                })
                .onFailure(this::failed)
                .executeWith(services.tasks());
    }

    /** Reads the same file again, after the author corrected it. */
    public void reread() {
        if (file.get() != null) {
            read(file.get());
        }
    }

    /**
     * The throw-away assessment of the questionnaire read (the same one until the file is read again, so
     * that leaving the walk-through for this page and coming back keeps the answers).
     */
    public TrialWorkspace trial() {
        QuestionnaireTrial.Reading read = reading.get();
        if (read == null || !read.ok()) {
            throw new IllegalStateException("no questionnaire loaded");
        }
        if (trial == null) {
            trial = QuestionnaireTrial.start(read, services.texts().language(), services.clock());
        }
        return trial;
    }

    /** Forgets the trial's answers: the next walk-through starts afresh. */
    public void endTrial() {
        trial = null;
    }

    /** Writes the sample report (every question answered by the example organisation) to {@code target}. */
    public void writePreview(Path target) {
        Questionnaire questionnaire = questionnaire();
        if (questionnaire == null) {
            throw new IllegalStateException("no questionnaire loaded");
        }
        String language = services.texts().language();
        busy.set(true);
        BackgroundTask.ofAction(p -> QuestionnairePreview.write(questionnaire, language, target))
                .onSuccess(ok -> done(target, "trial.preview-written"))
                .onFailure(this::failed)
                .executeWith(services.tasks());
    }

    /** Writes the report of the trial as answered so far. */
    public void writeTrialReport(Path target) {
        Locale locale = services.texts().locale();
        TrialWorkspace current = trial();
        busy.set(true);
        // after the answers still being saved into the trial
        BackgroundTask.ofAction(p -> current.writeReport(locale, target))
                .inOrderOf(BackgroundTask.assessment(TrialWorkspace.TRIAL_ID))
                .onSuccess(ok -> done(target, "trial.report-written"))
                .onFailure(this::failed)
                .executeWith(services.tasks());
    }

    private void done(Path target, String key) {
        busy.set(false);
        services.dialogs().notify(services.texts().get(key, target.getFileName()));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        services.dialogs().showError(services.texts().get("error.generic.title"),
                services.texts().get("error.generic.message", Errors.message(failure, services.texts())));
    }

    /** {@code /home/me/drafts/mine.yaml:12:5: …} reads {@code mine.yaml:12:5: …}: the page names the folder once. */
    static List<String> shortNames(List<String> messages, Path file) {
        String full = file.toString();
        String name = file.getFileName() == null ? full : file.getFileName().toString();
        return messages.stream().map(m -> m.startsWith(full + ":") ? name + m.substring(full.length()) : m).toList();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QuestionnaireTrial.Reading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The questionnaire read, or null while the file does not load. */
    public Questionnaire questionnaire() {
        QuestionnaireTrial.Reading read = reading.get();
        return read == null || !read.ok() ? null : read.questionnaire().questionnaire();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * The problems that keep the file from loading, {@code NAME:LINE:COLUMN: message}, in file order, in the
     * user's language where the validator's message has a translation.
     */
    public List<String> problems() {
        return said(problems);
    }

    /** What loads but is probably not what the author meant, as the problems are. */
    public List<String> warnings() {
        return said(warnings);
    }

    private List<String> said(List<Said> messages) {
        Path path = file.get();
        List<String> texts = messages.stream().map(m -> Errors.say(m, services.texts())).toList();
        return path == null ? texts : shortNames(texts, path);
    }
}
