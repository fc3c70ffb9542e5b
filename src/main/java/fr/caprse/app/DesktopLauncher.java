package fr.caprse.app;

import javafx.application.Application;

/** Starts JavaFX; kept apart from {@link Launcher} so that the command line never loads a JavaFX class. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(CapRseApp.class, args);
    }
}
