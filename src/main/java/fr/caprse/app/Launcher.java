package fr.caprse.app;

import fr.caprse.cli.CapRseCli;
import fr.caprse.platform.LogConfigurator;

/**
 * Entry point of the jar. With no argument (or only a file to open) it starts the desktop app; with a
 * command or an option it runs the command line and never loads JavaFX. It deliberately does not
 * extend {@code javafx.application.Application}, so that {@code java -jar} works on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // before anything logs: the log file in the data folder, nothing on the console
        if (args.length == 0 || opensFile(args)) {
            LogConfigurator.install();
            DesktopLauncher.launch(args);
            return;
        }
        // a command sets logging up only if it logs something
        LogConfigurator.installOnFirstUse();
        System.exit(CapRseCli.runOnConsole(args));
    }

    /** {@code cap-rse file.rse.json}: a file manager opening an assessment with the app. */
    static boolean opensFile(String[] args) {
        return args.length == 1 && args[0].endsWith(".rse.json") && !args[0].startsWith("-");
    }
}
