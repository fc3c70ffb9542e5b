package fr.caprse.ui.common;

import fr.caprse.i18n.I18n;
import java.time.Clock;
import javafx.beans.property.ObjectProperty;

/**
 * What every page needs, wired once by the application (and by tests with in-memory or synchronous
 * parts): the store, background work, answer saving (one ordered thread), dialogs, the clock, the
 * current language, and the catalogue of questionnaires.
 */
public record AppServices(Workspace workspace, TaskRunner tasks, TaskRunner saves, DialogService dialogs,
                          Clock clock, ObjectProperty<I18n> i18n, QuestionnaireCatalog catalog) {

    public I18n texts() {
        return i18n.get();
    }
}
