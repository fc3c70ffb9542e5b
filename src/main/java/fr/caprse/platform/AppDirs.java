package fr.caprse.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Cap RSE keeps the user's data (database, backups, logs), following each system's convention:
 * {@code $XDG_DATA_HOME/cap-rse} (default {@code ~/.local/share/cap-rse}) on Linux,
 * {@code %APPDATA%\Cap RSE} on Windows, {@code ~/Library/Application Support/Cap RSE} on macOS.
 * The system property {@value #DATA_DIR_PROPERTY} overrides it (tests, portable installs).
 */
public final class AppDirs {

    public static final String DATA_DIR_PROPERTY = "caprse.data.dir";
    public static final String LOG_DIR_PROPERTY = "caprse.log.dir";

    private AppDirs() {
    }

    /** The data folder for this machine and user. It is not created here. */
    public static Path dataDir() {
        return dataDir(System.getProperty(DATA_DIR_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /** The folder for log files: {@value #LOG_DIR_PROPERTY} when set, else {@code logs} in the data folder. */
    public static Path logDir() {
        String override = System.getProperty(LOG_DIR_PROPERTY);
        return override != null && !override.isBlank() ? Path.of(override) : dataDir().resolve("logs");
    }

    static Path dataDir(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Cap RSE");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Cap RSE");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("cap-rse");
    }
}
