package fr.caprse.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The dialog service of the UI tests: records what it was asked to show ({@code title + "\n" + message}
 * for errors, information and confirmations, the message for notifications), confirms unless told not to,
 * and answers the file choosers with the files the test gives (none when not given).
 */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final List<String> notices = new CopyOnWriteArrayList<>();
    public final List<String> saveTitles = new CopyOnWriteArrayList<>();
    public final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    public volatile Path fileToOpen;
    /** What the several-files chooser and the folder chooser answer. */
    public volatile List<Path> filesToOpen = List.of();
    public volatile Path folder;
    public volatile Path fileToSave;
    /** What each confirmation asked ({@code title + "\n" + message}), and what the user answers. */
    public final List<String> confirmations = new CopyOnWriteArrayList<>();
    public volatile boolean confirmAnswer = true;
    /** What each question with a line to type asked, and what the user types (null: keeps what is offered). */
    public final List<String> questions = new CopyOnWriteArrayList<>();
    public volatile String typed;

    @Override
    public void showError(String title, String message) {
        errors.add(title + "\n" + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + "\n" + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title + "\n" + message);
        return confirmAnswer;
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    /** Records the question ({@code title + "\n" + message}) and answers with {@link #typed}, else what was offered. */
    @Override
    public Optional<String> askText(String title, String message, String initial) {
        questions.add(title + "\n" + message);
        return Optional.ofNullable(typed == null ? initial : typed);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileFilter> filters) {
        return filesToOpen;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
        saveTitles.add(title);
        suggestedNames.add(initialName);
        return Optional.ofNullable(fileToSave);
    }
}
