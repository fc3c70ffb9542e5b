import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Loads, links and verifies (without running anything) every class of every jar of a folder, with more
 * jars on the class path if given, and prints the name of each class that cannot be loaded or whose
 * members' types cannot, sorted: a class file {@code JarShrink} damaged, or a class whose superclass,
 * interface or member type it left out.
 * {@code packaging/test-shrunk-jars.sh} compares the list for the shrunk jars with the list for
 * Maven's: classes of optional parts (Batik, Bouncy Castle...) fail in both, nothing else may.
 *
 * <p>Run with the JDK's source launcher: {@code java packaging/tools/LoadEveryClass.java FOLDER [JAR...]}.
 */
public final class LoadEveryClass {

    public static void main(String[] args) throws Exception {
        List<Path> jars = new ArrayList<>();
        try (var listing = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            listing.forEach(jars::add);
        }
        List<URL> path = new ArrayList<>();
        for (Path jar : jars) {
            path.add(jar.toUri().toURL());
        }
        for (int i = 1; i < args.length; i++) {
            path.add(Path.of(args[i]).toUri().toURL());
        }
        TreeSet<String> failed = new TreeSet<>();
        int loaded = 0;
        try (URLClassLoader loader = new URLClassLoader(path.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            for (Path jar : jars) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : Collections.list(zip.entries())) {
                        String name = entry.getName();
                        if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")
                                || name.endsWith("package-info.class")) {
                            continue;
                        }
                        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                        try {
                            Class<?> type = Class.forName(className, false, loader);
                            // links the class (HotSpot verifies it) and loads the types of its members
                            type.getDeclaredMethods();
                            type.getDeclaredFields();
                            type.getDeclaredConstructors();
                            loaded++;
                        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                            failed.add(className);
                        }
                    }
                }
            }
        }
        failed.forEach(System.out::println);
        System.err.println("LoadEveryClass: " + loaded + " classes loaded, " + failed.size() + " not, from " + args[0]);
    }
}
