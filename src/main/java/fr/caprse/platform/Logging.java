package fr.caprse.platform;

/**
 * Prepares logging before the first logger is created: Logback reads {@code caprse.log.dir} from
 * {@code logback.xml}, so the log file lands in the user data folder, never on the console.
 */
public final class Logging {

    private Logging() {
    }

    public static void prepare() {
        if (System.getProperty(AppDirs.LOG_DIR_PROPERTY) == null) {
            System.setProperty(AppDirs.LOG_DIR_PROPERTY, AppDirs.logDir().toString());
        }
    }
}
