package fr.caprse.app;

import fr.caprse.platform.AppDirs;
import javafx.application.Application;

/** Starts JavaFX; kept apart from {@link Launcher} so that the command line never loads a JavaFX class. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        EarlyDatabase.start(AppDirs.dataDir());
        Application.launch(CapRseApp.class, args);
    }
}
