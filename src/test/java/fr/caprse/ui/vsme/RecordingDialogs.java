package fr.caprse.ui.vsme;

import fr.caprse.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A dialog service that records what it was asked to show and answers the file choosers with the files given. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<String> infos = new CopyOnWriteArrayList<>();
    final List<String> saveTitles = new CopyOnWriteArrayList<>();
    final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    volatile Path fileToOpen;
    volatile Path fileToSave;

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
        return true;
    }

    @Override
    public void notify(String message) {
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
        saveTitles.add(title);
        suggestedNames.add(initialName);
        return Optional.ofNullable(fileToSave);
    }
}
