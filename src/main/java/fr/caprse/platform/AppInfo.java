package fr.caprse.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name and version of the application, read from the build-time resource {@code build.properties}. */
public final class AppInfo {

    private static final Properties BUILD = load();

    private AppInfo() {
    }

    public static String name() {
        return "Cap RSE";
    }

    public static String version() {
        return BUILD.getProperty("version", "dev");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read build.properties", e);
        }
        return properties;
    }
}
