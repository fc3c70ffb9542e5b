import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files older than Java 6 (class file version 50) of the image's jars as Java 6
 * class files, with the stack map frames that the JVM's fast verifier reads; the code itself is
 * unchanged (ASM reads each class and writes it back with its frames computed).
 *
 * <p>Why: picocli, which parses the command line, ships Java 5 class files. The class-data-sharing
 * archive of {@code packaging/build.sh} keeps such classes but cannot verify them when it is written,
 * so the JVM verified about 120 picocli classes at each start of a command, with the old verifier
 * that infers types: 13 ms of a cold {@code cap-rse score}. As Java 6 class files they are verified
 * once, when the archive is written, and mapped verified at each start.
 *
 * <p>A class that ASM cannot give frames to (old subroutine instructions, JSR/RET, which Java 6 class
 * files may not hold) is left as it is. Jars with no old class are not touched; a signed jar would be
 * left as it is. {@code packaging/test-shrunk-jars.sh} loads and verifies every class of the image's
 * jars and runs the command line's tests on them.
 *
 * <p>Run with the JDK's source launcher and ASM on the class path:
 * {@code java -cp asm.jar packaging/tools/ModernClassFiles.java FOLDER}: every {@code *.jar} of FOLDER.
 */
public final class ModernClassFiles {

    private static final int JAVA_6 = 50;

    private ModernClassFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -cp asm.jar ModernClassFiles.java FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        List<Path> jars = new ArrayList<>();
        try (var listing = Files.newDirectoryStream(folder, "*.jar")) {
            listing.forEach(jars::add);
        }
        jars.sort(null);
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).toUri().toURL();
        }
        // the jars' own classes, for the common superclass of two types where frames merge
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            for (Path jar : jars) {
                rewrite(jar, loader);
            }
        }
    }

    private static void rewrite(Path jar, ClassLoader loader) throws IOException {
        int old = 0;
        int upgraded = 0;
        Path temporary = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().anyMatch(e -> e.getName().startsWith("META-INF/") && e.getName().endsWith(".SF"))) {
                return; // signed: its signature would no longer match
            }
            if (zip.stream().noneMatch(e -> e.getName().endsWith(".class") && isOld(zip, e))) {
                return;
            }
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
                out.setLevel(Deflater.BEST_COMPRESSION);
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    byte[] bytes;
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    if (entry.getName().endsWith(".class") && major(bytes) < JAVA_6) {
                        old++;
                        byte[] modern = withFrames(bytes, loader, entry.getName());
                        if (modern != null) {
                            bytes = modern;
                            upgraded++;
                        }
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(jar.getFileName() + ": " + upgraded + " of " + old + " Java 5 or older classes now Java 6 with stack map frames");
    }

    private static boolean isOld(ZipFile zip, ZipEntry entry) {
        try (InputStream in = zip.getInputStream(entry)) {
            return major(in.readNBytes(8)) < JAVA_6;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int major(byte[] classFile) {
        return classFile.length < 8 ? Integer.MAX_VALUE : ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** The class as a Java 6 class file with frames, or null when ASM cannot compute them. */
    private static byte[] withFrames(byte[] classFile, ClassLoader loader, String name) {
        try {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                @Override
                protected ClassLoader getClassLoader() {
                    return loader;
                }
            };
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visit(int version, int access, String className, String signature, String superName,
                                  String[] interfaces) {
                    super.visit(Opcodes.V1_6, access, className, signature, superName, interfaces);
                }
            }, ClassReader.SKIP_FRAMES);
            return writer.toByteArray();
        } catch (RuntimeException e) {
            System.out.println("  " + name + " kept as it is: " + e.getMessage());
            return null;
        }
    }
}
