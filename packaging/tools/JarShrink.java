import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Takes out of some library jars the classes that nothing in the application can reach, keeping
 * every other entry as it is (kept classes lose only their debuggers' tables, below).
 * {@code packaging/build.sh} runs it on the image's jars before jpackage, because most of Apache POI,
 * XMLBeans and the Commons libraries they use serve formats and features Cap RSE never touches
 * (Word, PowerPoint and Visio documents, statistics beyond the spreadsheet functions, archive formats
 * other than zip), and ControlsFX and AtlantaFX bring controls and themes the app does not show.
 *
 * <p>What counts as reachable, from the roots (every class of every jar that is not shrunk, the
 * application's included), following each reached class's constant pool:
 * <ul>
 *   <li>every class named there: superclass, interfaces, classes used, and the classes named in field,
 *       method and generic signatures and annotations ({@code Lname;});</li>
 *   <li>every string there that is the name of a class, with dots or slashes: a class loaded by name
 *       from a literal ({@code Class.forName("org.apache.xmlbeans.impl.store.Locale")}) stays;</li>
 *   <li>the implementations listed in {@code META-INF/services/S} of any jar, once the service
 *       {@code S} itself is reachable (or is the JDK's); a service file loses the lines of
 *       implementations left out, and goes if none is left;</li>
 *   <li>XMLBeans' generated implementation of each reached schema type ({@code p.CTFoo} →
 *       {@code p.impl.CTFooImpl}, {@code p.A$B} → {@code p.impl.AImpl$BImpl}), which XMLBeans loads by
 *       a name computed from its schema files. A schema type whose classes are left out is read by
 *       XMLBeans as plain XML, exactly as Apache POI's own "lite" schema jar already does for the types
 *       its tests never load (the schema files themselves are all kept).</li>
 * </ul>
 * Resources are all kept but the stylesheets of a shrunk jar ({@code .css}, and JavaFX's binary
 * {@code .bss} form, which it loads in place of the {@code .css} of the same name): one is kept when
 * a reached class names it or its file name (ControlsFX's controls name theirs relative to their
 * class); AtlantaFX's themes other than the app's are left out with their classes.
 *
 * <p>A class loaded by a name built at run time from other strings is not seen: the jars shrunk are
 * chosen for not doing that, and {@code packaging/test-shrunk-jars.sh} loads, links and verifies every
 * class left and runs the workbook tests (reports, forms, VSME template, damaged and hostile
 * workbooks) and the windows' tests that use ControlsFX and AtlantaFX on the shrunk jars.
 *
 * <p>Every jar of the folder, shrunk or not, also loses the local variable tables of its classes
 * ({@code LocalVariableTable}, {@code LocalVariableTypeTable}: the names of local variables, read only
 * by debuggers; the JVM ignores them) and is compressed at the highest level; line numbers stay, so
 * that stack traces in the log still say where, except in jars of generated code (named
 * {@code GROUP:ARTIFACT:generated}: XMLBeans' classes of the OOXML schemas, whose lines point into
 * sources nobody has; their frames keep class and method names). A signed jar would be left as it is.
 *
 * <p>Run with the JDK's source launcher: {@code java packaging/tools/JarShrink.java FOLDER GROUP:ARTIFACT[:generated]...}:
 * every {@code *.jar} of FOLDER is read; those of the artifacts named ({@code ARTIFACT-VERSION.jar})
 * are rewritten in place (through a temporary file) without their unreachable classes, and deleted if
 * none is left; the others are rewritten without the local variable tables only.
 */
public final class JarShrink {

    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([A-Za-z_$][\\w$/]*)[;<]");
    private static final String SERVICES = "META-INF/services/";
    private static final String VERSIONS = "META-INF/versions/";
    private static final String GENERATED = ":generated";

    /** class name (with slashes) → the class file's bytes, every version of it (multi-release jars). */
    private final Map<String, List<byte[]>> classes = new HashMap<>();
    /** class name → the jar it comes from. */
    private final Map<String, Path> owner = new HashMap<>();
    /** service name (with slashes) → implementations named in services files. */
    private final Map<String, Set<String>> services = new HashMap<>();
    private final Set<Path> shrunk = new HashSet<>();
    /** Shrunk jars of generated code, whose classes lose their line numbers too. */
    private final Set<Path> generated = new HashSet<>();
    private final Set<String> reached = new HashSet<>();
    /** The stylesheets the reached classes name, by file name without extension ("primer-light"). */
    private final Set<String> stylesheets = new HashSet<>();
    private final Deque<String> queue = new ArrayDeque<>();

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java JarShrink.java FOLDER GROUP:ARTIFACT[:generated]...");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        List<Path> jars = new ArrayList<>();
        try (var listing = Files.newDirectoryStream(folder, "*.jar")) {
            listing.forEach(jars::add);
        }
        jars.sort(null);
        JarShrink shrink = new JarShrink();
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            boolean shrinks = false;
            for (int i = 1; i < args.length; i++) {
                if (isArtifact(name, artifact(args[i]))) {
                    shrinks = true;
                    if (args[i].endsWith(GENERATED)) {
                        shrink.generated.add(jar);
                    }
                }
            }
            if (shrinks) {
                shrink.shrunk.add(jar);
            }
            shrink.read(jar);
        }
        for (int i = 1; i < args.length; i++) {
            String artifact = artifact(args[i]);
            if (jars.stream().noneMatch(jar -> isArtifact(jar.getFileName().toString(), artifact))) {
                System.err.println("JarShrink: no jar of " + artifact + " in " + folder);
                System.exit(1);
            }
        }
        shrink.run();
        long before = 0;
        long after = 0;
        for (Path jar : jars) {
            long size = Files.size(jar);
            String report = shrink.write(jar);
            before += size;
            after += Files.exists(jar) ? Files.size(jar) : 0;
            System.out.println(report);
        }
        System.out.printf("jars: %d KB -> %d KB%n", before / 1024, after / 1024);
    }

    private static boolean isStylesheet(String entry) {
        return entry.endsWith(".css") || entry.endsWith(".bss");
    }

    /** {@code /atlantafx/base/theme/primer-light.css} → {@code primer-light}. */
    private static String stylesheetName(String path) {
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".css".length());
    }

    /** {@code group:artifact:generated} → {@code group:artifact}. */
    private static String artifact(String argument) {
        return argument.endsWith(GENERATED) ? argument.substring(0, argument.length() - GENERATED.length()) : argument;
    }

    /** {@code poi-5.5.1.jar} is of {@code poi} or {@code org.apache.poi:poi}; {@code poi-ooxml-5.5.1.jar} is not. */
    static boolean isArtifact(String jarName, String artifact) {
        String id = artifact.substring(artifact.indexOf(':') + 1) + "-";
        return jarName.startsWith(id) && jarName.length() > id.length() && Character.isDigit(jarName.charAt(id.length()));
    }

    private void read(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(SERVICES) && !entry.isDirectory() && name.length() > SERVICES.length()) {
                    String service = name.substring(SERVICES.length()).replace('.', '/');
                    for (String line : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        String implementation = line.replaceAll("#.*", "").trim();
                        if (!implementation.isEmpty()) {
                            services.computeIfAbsent(service, s -> new HashSet<>()).add(implementation.replace('.', '/'));
                        }
                    }
                }
                String className = className(name);
                if (className == null) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                classes.computeIfAbsent(className, c -> new ArrayList<>()).add(bytes);
                owner.putIfAbsent(className, jar);
            }
        }
    }

    /** The class an entry holds ({@code a/B.class}, {@code META-INF/versions/11/a/B.class}), or null. */
    private static String className(String entry) {
        if (!entry.endsWith(".class") || entry.endsWith("module-info.class") || entry.endsWith("package-info.class")) {
            return null;
        }
        String name = entry.substring(0, entry.length() - ".class".length());
        if (name.startsWith(VERSIONS)) {
            int slash = name.indexOf('/', VERSIONS.length());
            name = slash < 0 ? null : name.substring(slash + 1);
        } else if (name.startsWith("META-INF/")) {
            return null;
        }
        return name;
    }

    private void run() throws IOException {
        for (Map.Entry<String, Path> entry : owner.entrySet()) {
            if (!shrunk.contains(entry.getValue())) {
                reach(entry.getKey());
            }
        }
        boolean more = true;
        while (more) {
            while (!queue.isEmpty()) {
                String name = queue.pop();
                for (byte[] bytes : classes.get(name)) {
                    for (String used : namesIn(bytes)) {
                        reach(used);
                    }
                }
                reach(xmlBeansImplementation(name));
            }
            // implementations of the services that became reachable
            more = false;
            for (Map.Entry<String, Set<String>> service : services.entrySet()) {
                if (reached.contains(service.getKey()) || !classes.containsKey(service.getKey())) {
                    for (String implementation : service.getValue()) {
                        more |= reach(implementation);
                    }
                }
            }
        }
    }

    private boolean reach(String name) {
        if (name != null && classes.containsKey(name) && reached.add(name)) {
            queue.push(name);
            return true;
        }
        return false;
    }

    /** {@code p/CTFoo} → {@code p/impl/CTFooImpl}; {@code p/A$B} → {@code p/impl/AImpl$BImpl}. */
    private static String xmlBeansImplementation(String name) {
        int slash = name.lastIndexOf('/');
        if (slash < 0 || name.contains("/impl/")) {
            return null;
        }
        StringBuilder implementation = new StringBuilder(name.substring(0, slash)).append("/impl/");
        String[] nested = name.substring(slash + 1).split("\\$");
        for (int i = 0; i < nested.length; i++) {
            implementation.append(i == 0 ? "" : "$").append(nested[i]).append("Impl");
        }
        return implementation.toString();
    }

    /** Every class name a class file's constant pool mentions (over-approximated, never under). */
    private Set<String> namesIn(byte[] bytes) throws IOException {
        Set<String> names = new HashSet<>();
        constantPool(bytes, (text, index) -> {
            names.add(text);
            if (text.endsWith(".css") || text.endsWith(".bss")) {
                stylesheets.add(stylesheetName(text));
            }
            if (text.indexOf('.') > 0) {
                names.add(text.replace('.', '/'));
            }
            if (text.indexOf('L') >= 0) {
                Matcher m = DESCRIPTOR_CLASS.matcher(text);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        });
        names.removeIf(name -> !classes.containsKey(name));
        return names;
    }

    /**
     * Walks a class file's constant pool, handing each text entry ({@code CONSTANT_Utf8}) and its index
     * to {@code texts}; returns the offset of what follows the pool.
     */
    static int constantPool(byte[] bytes, ObjIntConsumer<String> texts) throws IOException {
        ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.accept(in.readUTF(), i);
                case 3, 4 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 15 -> in.skipNBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return bytes.length - stream.available();
    }

    /** Rewrites {@code jar} without its unreached classes (or deletes it if nothing is left); says what went. */
    private String write(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".shrinking");
        boolean shrinks = shrunk.contains(jar);
        int kept = 0;
        int left = 0;
        long stripped = 0;
        boolean resources = false;
        boolean signed;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            signed = zip.stream().anyMatch(entry -> entry.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
        }
        try (ZipFile zip = new ZipFile(jar.toFile());
             OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(9);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                String className = className(name);
                if (className != null) {
                    if (shrinks && !reached.contains(className)) {
                        left++;
                        continue;
                    }
                    kept++;
                    if (!signed) {
                        byte[] lean = withoutDebugTables(bytes, generated.contains(jar));
                        stripped += bytes.length - lean.length;
                        bytes = lean;
                    }
                } else if (shrinks && isStylesheet(name) && !stylesheets.contains(stylesheetName(name))) {
                    continue;
                } else if (shrinks && name.startsWith(SERVICES) && !entry.isDirectory()) {
                    bytes = keptServiceLines(bytes);
                    if (bytes == null) {
                        continue;
                    }
                } else if (!name.startsWith("META-INF/") && !entry.isDirectory()) {
                    resources = true;
                }
                ZipEntry copied = new ZipEntry(name);
                copied.setTime(entry.getTime());
                out.putNextEntry(copied);
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (kept == 0 && !resources) {
            // nothing reachable, nothing but the jar's own META-INF: the jar goes
            Files.delete(copy);
            Files.delete(jar);
            return String.format("%s: left out whole (%d classes)", jar.getFileName(), left);
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
        return String.format("%s: %s%s", jar.getFileName(),
                shrinks ? String.format("kept %d classes, left out %d; ", kept, left) : "",
                signed ? "signed: classes left as they are" : String.format("%s: %d KB",
                        generated.contains(jar) ? "local variable and line number tables" : "local variable tables", stripped / 1024));
    }

    /**
     * The class file without the {@code LocalVariableTable} and {@code LocalVariableTypeTable}
     * attributes of its methods' code, and without their {@code LineNumberTable} too if
     * {@code lineNumbers}; everything else byte for byte (the constant pool keeps their names). The
     * same bytes when there is none.
     */
    static byte[] withoutDebugTables(byte[] bytes, boolean lineNumbers) throws IOException {
        Set<Integer> tables = new HashSet<>();
        int[] code = {-1};
        int end = constantPool(bytes, (text, index) -> {
            if (text.equals("LocalVariableTable") || text.equals("LocalVariableTypeTable")
                    || lineNumbers && text.equals("LineNumberTable")) {
                tables.add(index);
            } else if (text.equals("Code")) {
                code[0] = index;
            }
        });
        if (tables.isEmpty()) {
            return bytes;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        in.position(end + 6);                                             // access, this class, superclass
        int interfaces = in.getShort() & 0xFFFF;
        in.position(in.position() + 2 * interfaces);
        out.write(bytes, 0, in.position());
        for (int members = 0; members < 2; members++) {                   // the fields, then the methods
            int memberCount = in.getShort() & 0xFFFF;
            writeShort(out, memberCount);
            for (int m = 0; m < memberCount; m++) {
                out.write(bytes, in.position(), 6);                      // access, name, descriptor
                in.position(in.position() + 6);
                copyAttributes(in, out, code[0], tables);
            }
        }
        copyAttributes(in, out, code[0], tables);                         // the class's own
        if (in.hasRemaining()) {
            throw new IOException("bytes after the class file's end");
        }
        return out.toByteArray();
    }

    /** Copies an attribute list, leaving the tables out of every Code attribute. */
    private static void copyAttributes(ByteBuffer in, ByteArrayOutputStream out, int code,
            Set<Integer> tables) throws IOException {
        int attributes = in.getShort() & 0xFFFF;
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        int keptCount = 0;
        for (int a = 0; a < attributes; a++) {
            int start = in.position();
            int name = in.getShort() & 0xFFFF;
            int length = in.getInt();
            int end = in.position() + length;
            if (tables.contains(name)) {
                in.position(end);
                continue;
            }
            keptCount++;
            if (name != code) {
                kept.write(in.array(), start, 6 + length);
                in.position(end);
                continue;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(length);
            int codeLength = in.getInt(in.position() + 4);
            int exceptions = in.getShort(in.position() + 8 + codeLength) & 0xFFFF;
            int fixed = 8 + codeLength + 2 + 8 * exceptions;             // max stack, max locals, code, exception table
            body.write(in.array(), in.position(), fixed);
            in.position(in.position() + fixed);
            copyAttributes(in, body, code, tables);
            if (in.position() != end) {
                throw new IOException("a Code attribute longer than its content");
            }
            writeShort(kept, name);
            writeInt(kept, body.size());
            body.writeTo(kept);
        }
        writeShort(out, keptCount);
        kept.writeTo(out);
    }

    private static void writeShort(OutputStream out, int value) throws IOException {
        out.write(value >>> 8);
        out.write(value);
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        writeShort(out, value >>> 16);
        writeShort(out, value);
    }

    /** The service file without the implementations left out; null when none is left. */
    private byte[] keptServiceLines(byte[] bytes) {
        StringBuilder kept = new StringBuilder();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String implementation = line.replaceAll("#.*", "").trim();
            if (!implementation.isEmpty() && reached.contains(implementation.replace('.', '/'))) {
                kept.append(implementation).append('\n');
            }
        }
        return kept.length() == 0 ? null : kept.toString().getBytes(StandardCharsets.UTF_8);
    }
}
