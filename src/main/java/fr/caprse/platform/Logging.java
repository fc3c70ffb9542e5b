package fr.caprse.platform;

/**
 * Prepares logging before the first logger is created: fixes the log folder ({@code caprse.log.dir},
 * {@link AppDirs#logDir()}: {@code logs} in the user data folder) for {@link LogConfigurator}, which
 * writes there, never on the console.
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
