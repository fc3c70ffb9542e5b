package fr.caprse.ui.vsme;

import fr.caprse.application.AssessmentFiles;
import fr.caprse.application.Workspace;
import fr.caprse.application.task.BackgroundTask;
import fr.caprse.application.vsme.VsmeExchange;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.AppServices;
import fr.caprse.ui.common.Errors;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * EFRAG's official VSME template from the app ("Modèle VSME officiel…"): fill it from a vsme-basic
 * assessment, and import a filled one as a new assessment. Both run in the background with their progress
 * and what they are doing; what was left out (answers the template has no place for, datapoints with no
 * question) is said afterwards, and a workbook that cannot be read is refused in the user's language with
 * each problem and its cell, nothing imported.
 */
public final class VsmeViewModel {

    private record Written(VsmeExchange.Exported exported, Questionnaire questionnaire) {
    }

    /** How many questions or datapoints a dialog names before "and N more". */
    static final int LISTED = 12;

    private final AppServices services;
    private final AssessmentFiles files;
    private final VsmeExchange exchange;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");

    public VsmeViewModel(AppServices services, AssessmentFiles files) {
        this(services, files, new VsmeExchange(services.clock()));
    }

    VsmeViewModel(AppServices services, AssessmentFiles files, VsmeExchange exchange) {
        this.services = services;
        this.files = files;
        this.exchange = exchange;
    }

    /** Whether the template is offered for this assessment: only a vsme-basic one can fill it. */
    public static boolean offeredFor(Workspace.AssessmentEntry entry) {
        return VsmeExchange.QUESTIONNAIRE_ID.equals(entry.questionnaireId());
    }

    /** Fills a copy of the template from {@code entry} into {@code file}, after the work already asked on it. */
    public void export(Workspace.AssessmentEntry entry, Path file) {
        start("vsme.exporting");
        BackgroundTask.of(p -> new Written(exchange.export(services.workspace(), entry.id(), file, p::update),
                        services.workspace().questionnaireOf(entry.id())))
                .inOrderOf(BackgroundTask.assessment(entry.id()))
                .onProgress(progress::set)
                .onSuccess(written -> {
                    stop();
                    services.dialogs().showInfo(texts().get("vsme.exported.title"),
                            exportedMessage(written.exported(), written.questionnaire()));
                })
                .onFailure(failure -> {
                    stop();
                    services.dialogs().showError(texts().get("vsme.export.failed.title"),
                            texts().get("error.generic.message", Errors.message(failure, texts())));
                })
                .executeWith(services.tasks());
    }

    /**
     * Reads a filled template into a new assessment of the organisation it names (the one of that name, else
     * a new one), then hands it to {@code opened}; nothing is stored when the template cannot be read.
     */
    public void importTemplate(Path file, Consumer<Workspace.AssessmentEntry> opened) {
        start("vsme.importing");
        BackgroundTask.of(p -> exchange.importInto(files, services.questionnaires(), file, p::update))
                .onProgress(progress::set)
                .onSuccess(stored -> {
                    stop();
                    services.dialogs().showInfo(texts().get("vsme.imported.title"), importedMessage(file, stored));
                    opened.accept(stored.stored().entry());
                })
                .onFailure(failure -> {
                    stop();
                    services.dialogs().showError(texts().get("vsme.error.title"), Errors.message(failure, texts()));
                })
                .executeWith(services.tasks());
    }

    /**
     * Reads a filled template into {@code entry} (a vsme-basic assessment): first read in the background, then
     * the user confirms what will change (how many answers replaced, how many new; a template of another
     * organisation or year said so), then saved in one transaction after the work already asked on the
     * assessment; {@code saved} runs after. Nothing changes when the user declines or the template cannot be read.
     */
    public void importInto(Workspace.AssessmentEntry entry, String organisationName, Path file, Runnable saved) {
        start("vsme.importing");
        BackgroundTask.of(p -> exchange.readInto(services.workspace(), entry.id(), file, p::update))
                .inOrderOf(BackgroundTask.assessment(entry.id()))
                .onProgress(progress::set)
                .onSuccess(update -> {
                    stop();
                    if (update.answers().isEmpty()) {
                        services.dialogs().showInfo(texts().get("vsme.into.title"),
                                texts().get("vsme.into.nothing", file.getFileName(), update.unchanged()));
                        return;
                    }
                    if (services.dialogs().confirm(texts().get("vsme.into.title"),
                            intoMessage(entry, organisationName, file, update), texts().get("vsme.into.confirm"))) {
                        save(entry, file, update, saved);
                    }
                })
                .onFailure(failure -> {
                    stop();
                    services.dialogs().showError(texts().get("vsme.error.title"), Errors.message(failure, texts()));
                })
                .executeWith(services.tasks());
    }

    private void save(Workspace.AssessmentEntry entry, Path file, VsmeExchange.Update update, Runnable saved) {
        start("vsme.saving");
        BackgroundTask.ofAction(p -> exchange.apply(services.workspace(), update))
                .inOrderOf(BackgroundTask.assessment(entry.id()))
                .onSuccess(ok -> {
                    stop();
                    services.dialogs().notify(texts().get("vsme.into.saved", update.answers().size(), file.getFileName()));
                    saved.run();
                })
                .onFailure(failure -> {
                    stop();
                    services.dialogs().showError(texts().get("error.save.title"),
                            texts().get("error.generic.message", Errors.message(failure, texts())));
                })
                .executeWith(services.tasks());
    }

    private String intoMessage(Workspace.AssessmentEntry entry, String organisationName, Path file,
                               VsmeExchange.Update update) {
        VsmeExchange.Imported read = update.read();
        StringBuilder message = new StringBuilder(texts().get("vsme.into.confirm.message", file.getFileName(),
                organisationName, entry.period(), update.changed(), update.added(), update.unchanged()));
        String templateName = read.assessment().organisation().name();
        if (!templateName.equalsIgnoreCase(organisationName.strip())) {
            message.append("\n\n").append(texts().get("vsme.into.other-organisation", templateName));
        }
        if (!read.periodMissing() && !read.assessment().period().equals(entry.period())) {
            message.append("\n\n").append(texts().get("vsme.into.other-period", read.assessment().period()));
        }
        return message.toString();
    }

    private String exportedMessage(VsmeExchange.Exported exported, Questionnaire questionnaire) {
        StringBuilder message = new StringBuilder(texts().get("vsme.exported", exported.file().getFileName(),
                exported.written().size()));
        Map<String, String> notWritten = exported.notWritten();
        if (!notWritten.isEmpty()) {
            message.append("\n\n").append(texts().get("vsme.exported.not-written", notWritten.size()));
            List<String> texts = notWritten.keySet().stream()
                    .map(id -> questionnaire.question(id).map(q -> q.text().get(texts().language())).orElse(id)).toList();
            list(message, texts);
        }
        return message.toString();
    }

    private String importedMessage(Path file, VsmeExchange.Stored stored) {
        VsmeExchange.Imported read = stored.read();
        Workspace.AssessmentEntry entry = stored.stored().entry();
        StringBuilder message = new StringBuilder(texts().get("vsme.imported", file.getFileName(),
                read.templateVersion(), read.assessment().answers().size(), read.assessment().organisation().name(),
                entry.period()));
        if (stored.periodGuessed()) {
            message.append("\n\n").append(texts().get("vsme.imported.period-missing", entry.period()));
        }
        if (stored.stored().alreadyThere() > 0) {
            message.append("\n\n").append(texts().get("vsme.imported.twice", entry.period()));
        }
        if (!read.notCarried().isEmpty()) {
            message.append("\n\n").append(texts().get("vsme.imported.not-carried", read.notCarried().size()));
        }
        if (!read.notices().isEmpty()) {
            message.append("\n\n").append(texts().get("vsme.imported.check"));
            list(message, read.notices().stream().map(notice -> fr.caprse.ui.common.Errors.say(notice, texts())).toList());
        }
        return message.toString();
    }

    private void list(StringBuilder message, List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), LISTED); i++) {
            message.append("\n• ").append(lines.get(i));
        }
        if (lines.size() > LISTED) {
            message.append("\n").append(texts().get("vsme.more", lines.size() - LISTED));
        }
    }

    private void start(String statusKey) {
        status.set(texts().get(statusKey));
        progress.set(-1);
        busy.set(true);
    }

    private void stop() {
        busy.set(false);
        status.set("");
    }

    private I18n texts() {
        return services.texts();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What is being done ("Filling in the official VSME template…"), empty when nothing is. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
