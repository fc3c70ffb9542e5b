package fr.caprse.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog and notification the UI shows goes through here, so that view models stay testable
 * (tests inject a recording implementation) and no stack trace ever reaches a user.
 */
public interface DialogService {

    /** An error the user can act on: a title, what happened and what to do. */
    void showError(String title, String message);

    void showInfo(String title, String message);

    /** A question with OK / Cancel; true when the user confirmed. */
    boolean confirm(String title, String message, String confirmLabel);

    /** A short notification in a corner of the window that fades away. */
    void notify(String message);

    Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters);

    Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters);

    /** A file type for the file choosers: a description and patterns such as {@code *.rse.json}. */
    record FileFilter(String description, List<String> patterns) {
    }
}
