import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar leaving out the entries under one folder, keeping every other entry as it is (order,
 * times, manifest). {@code packaging/build.sh} uses it to take the SQLite native libraries of every
 * system out of sqlite-jdbc's jar: the image ships only its own system's library, next to the jars.
 *
 * <p>Run with the JDK's source launcher: {@code java packaging/tools/JarWithout.java IN.jar OUT.jar FOLDER/}.
 */
public final class JarWithout {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java JarWithout.java IN.jar OUT.jar FOLDER/");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String folder = args[2];
        int left = 0;
        try (ZipFile zip = new ZipFile(in.toFile());
             ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith(folder)) {
                    left++;
                    continue;
                }
                ZipEntry kept = new ZipEntry(entry.getName());
                kept.setTime(entry.getTime());
                copy.putNextEntry(kept);
                try (InputStream data = zip.getInputStream(entry)) {
                    data.transferTo(copy);
                }
                copy.closeEntry();
            }
        }
        System.out.println(in.getFileName() + ": left out " + left + " entries under " + folder);
    }
}
