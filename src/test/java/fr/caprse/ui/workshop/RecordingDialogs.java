package fr.caprse.ui.workshop;

import fr.caprse.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service that records what it was asked to show and opens the file it was given. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    Path fileToOpen;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
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
        return Optional.empty();
    }
}
