package fr.caprse.ui.common;

import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.Workspace;
import fr.caprse.application.task.TaskExecutor;
import fr.caprse.i18n.I18n;
import java.time.Clock;
import javafx.beans.property.ObjectProperty;

/**
 * What every page needs, wired once by the application (and by tests with synchronous parts): the
 * store, background work (callbacks on the FX thread; the work on one assessment in the order it was
 * asked), dialogs, the clock, the current language, and where questionnaires come from.
 */
public record AppServices(Workspace workspace, TaskExecutor tasks, DialogService dialogs,
                          Clock clock, ObjectProperty<I18n> i18n, QuestionnaireSource questionnaires) {

    public I18n texts() {
        return i18n.get();
    }

    /** True while a questionnaire file is being tried: answers live in memory and are never saved. */
    public boolean trial() {
        return workspace instanceof fr.caprse.application.authoring.TrialWorkspace;
    }
}
