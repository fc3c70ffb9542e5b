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

    /**
     * A line of text to type ({@code initial} offered, to be edited), trimmed; empty when the user cancels
     * or leaves it blank.
     */
    Optional<String> askText(String title, String message, String initial);

    /** A short notification in a corner of the window that fades away. */
    void notify(String message);

    Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters);

    Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters);

    /** Several files to open at once (none when the user cancels); where only one can be chosen, that one. */
    default List<Path> chooseFilesToOpen(String title, List<FileFilter> filters) {
        return chooseFileToOpen(title, filters).map(List::of).orElse(List.of());
    }

    /** A folder (empty when the user cancels, or where no folder can be chosen). */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    /** A file type for the file choosers: a description and patterns such as {@code *.rse.json}. */
    record FileFilter(String description, List<String> patterns) {
    }
}
