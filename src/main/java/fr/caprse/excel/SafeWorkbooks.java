package fr.caprse.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens workbooks that come from outside (reports sent back, forms filled in elsewhere) as untrusted
 * input: a size limit before anything is read, a look at the zip directory before anything is unpacked
 * (a part that would inflate too much is refused even when it is never read), zip-bomb limits while
 * unpacking, read-only access (the file is never written), no document type declarations, and nothing
 * that would evaluate a formula or follow an external link: callers only read stored cell values. Every
 * refusal says in plain words what is wrong with the file and what to do.
 */
public final class SafeWorkbooks {

    /** The largest workbook accepted; a report of the biggest built-in questionnaire is well under 1 MB. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The most rows read from one sheet. */
    static final int MAX_ROWS = 20_000;
    /** The most one part may unpack to, and all parts together. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    /** A part may unpack to at most this many times its packed size (when it unpacks to more than 1 MB). */
    static final long MAX_RATIO = 100;
    static final int MAX_PARTS = 1_000;

    static {
        // a part may not inflate more than 100 times (POI's default), nor beyond 100 MB, nor hold more
        // than 10 million characters of text; at most 1,000 parts
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(10_000_000L);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    /** An open workbook; closing it releases the file without writing it. */
    public static final class Opened implements AutoCloseable {
        private final OPCPackage pkg;
        public final XSSFWorkbook workbook;

        private Opened(OPCPackage pkg, XSSFWorkbook workbook) {
            this.pkg = pkg;
            this.workbook = workbook;
        }

        @Override
        public void close() {
            pkg.revert();
        }
    }

    private SafeWorkbooks() {
    }

    public static Opened open(Path file) throws ReportReadException {
        String name = name(file);
        OPCPackage pkg = openPackage(file);
        try {
            return new Opened(pkg, new XSSFWorkbook(pkg));
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw refusal(name, e);
        }
    }

    /**
     * Whether {@code file} is a workbook that defines the name {@code name} (a named range, regardless of
     * case), read from its sheet list alone, streamed: how a kind of workbook known by a name (EFRAG's VSME
     * template) is told apart without loading it. False when the file cannot be opened.
     */
    public static boolean definesName(Path file, String name) {
        try (StreamedWorkbook workbook = StreamedWorkbook.open(file)) {
            return workbook.definesName(name);
        } catch (ReportReadException | RuntimeException e) {
            return false;
        }
    }

    /** Checks {@code file} (size, kind, zip directory) and opens its package read-only. */
    static OPCPackage openPackage(Path file) throws ReportReadException {
        String name = name(file);
        check(file, name);
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            throw new WorkbookRefusal("workbook.refusal.damaged-open", e, name);
        } catch (RuntimeException e) {
            throw refusal(name, e);
        }
    }

    /**
     * Checks {@code file} as {@link #openPackage} does (size, kind, zip directory) and opens it as a plain
     * zip for a streamed reader, which must read its parts through {@link #limited} so that the unpacking
     * limits hold for what is actually inflated too, not only for what the directory says.
     */
    static ZipFile openZip(Path file) throws ReportReadException {
        String name = name(file);
        checkFile(file, name);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw damagedZip(name, e);
        } catch (IOException e) {
            throw new WorkbookRefusal("workbook.refusal.unreadable", e, name, String.valueOf(e.getMessage()));
        }
        try {
            checkZipDirectory(zip, name);
            return zip;
        } catch (ReportReadException | RuntimeException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // the refusal matters, not the closing
            }
            throw e;
        }
    }

    /**
     * The part {@code entry} of {@code zip} as it unpacks, refused (with {@link Refused}, carrying the
     * refusal in words) as soon as it inflates beyond {@link #MAX_ENTRY_BYTES}, or beyond {@link #MAX_RATIO}
     * times its packed size once past 1 MB, whatever its directory entry claimed.
     */
    static InputStream limited(ZipFile zip, ZipEntry entry, String name) throws IOException {
        long packed = Math.max(1, entry.getCompressedSize());
        return new java.io.FilterInputStream(zip.getInputStream(entry)) {
            private long unpacked;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) {
                unpacked += n;
                if (unpacked > MAX_ENTRY_BYTES) {
                    throw new Refused(new WorkbookRefusal("workbook.refusal.bomb.part-more", name, entry.getName(),
                            Long.toString(MAX_ENTRY_BYTES / (1024 * 1024))));
                }
                if (unpacked > 1024 * 1024 && unpacked / packed > MAX_RATIO) {
                    throw new Refused(new WorkbookRefusal("workbook.refusal.bomb.part-more-ratio", name, entry.getName(),
                            Long.toString(MAX_RATIO)));
                }
            }
        };
    }

    /** A refusal raised while a part is being unpacked, deep inside a parser; its cause says why in words. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ReportReadException reason;

        Refused(ReportReadException reason) {
            super(reason.getMessage(), reason);
            this.reason = reason;
        }
    }

    private static void check(Path file, String name) throws ReportReadException {
        checkFile(file, name);
        checkZipDirectory(file, name);
    }

    private static void checkFile(Path file, String name) throws ReportReadException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new WorkbookRefusal("workbook.refusal.no-file", name);
        } catch (IOException e) {
            throw new WorkbookRefusal("workbook.refusal.unreadable", e, name, String.valueOf(e.getMessage()));
        }
        if (size == 0) {
            throw new WorkbookRefusal("workbook.refusal.empty", name);
        }
        if (size > MAX_FILE_BYTES) {
            throw new WorkbookRefusal("workbook.refusal.too-big", name, Long.toString(size / (1024 * 1024)),
                    Long.toString(MAX_FILE_BYTES / (1024 * 1024)));
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new WorkbookRefusal("workbook.refusal.unreadable", e, name, String.valueOf(e.getMessage()));
        }
        if (magic == FileMagic.OLE2) {
            if (encrypted(file)) {
                throw new WorkbookRefusal("workbook.refusal.password", name);
            }
            throw new WorkbookRefusal("workbook.refusal.xls", name);
        }
        if (magic != FileMagic.OOXML) {
            throw notAWorkbook(name, magic);
        }
    }

    private static WorkbookRefusal notAWorkbook(String name, FileMagic magic) {
        return switch (magic) {
            case PDF -> new WorkbookRefusal("workbook.refusal.not-xlsx.pdf", name);
            case HTML, XML -> new WorkbookRefusal("workbook.refusal.not-xlsx.web", name);
            case RTF, WORD2 -> new WorkbookRefusal("workbook.refusal.not-xlsx.text", name);
            default -> notAWorkbook(name);
        };
    }

    /** A file that is not an Excel workbook at all. */
    static WorkbookRefusal notAWorkbook(String name) {
        return new WorkbookRefusal("workbook.refusal.not-xlsx", name);
    }

    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads the zip directory (not the parts): too many parts, or a part that says it unpacks to far more
     * than it weighs, is refused before anything is unpacked, even a part no reader would open.
     */
    private static void checkZipDirectory(Path file, String name) throws ReportReadException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            checkZipDirectory(zip, name);
        } catch (ZipException e) {
            throw damagedZip(name, e);
        } catch (IOException e) {
            throw new WorkbookRefusal("workbook.refusal.unreadable", e, name, String.valueOf(e.getMessage()));
        }
    }

    private static ReportReadException damagedZip(String name, Throwable e) {
        return new WorkbookRefusal("workbook.refusal.cut-short", e, name);
    }

    private static void checkZipDirectory(ZipFile zip, String name) throws ReportReadException {
        try {
            int count = 0;
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_PARTS) {
                    throw new WorkbookRefusal("workbook.refusal.bomb.parts", name, Integer.toString(MAX_PARTS));
                }
                long unpacked = entry.getSize();
                long packed = entry.getCompressedSize();
                if (unpacked > MAX_ENTRY_BYTES) {
                    throw new WorkbookRefusal("workbook.refusal.bomb.part-size", name, entry.getName(),
                            Long.toString(unpacked / (1024 * 1024)));
                }
                if (unpacked > 1024 * 1024 && packed > 0 && unpacked / packed > MAX_RATIO) {
                    throw new WorkbookRefusal("workbook.refusal.bomb.part-ratio", name, entry.getName(),
                            Long.toString(unpacked / packed));
                }
                total += Math.max(0, unpacked);
                if (total > MAX_TOTAL_BYTES) {
                    throw tooMuchInAll(name);
                }
            }
        } catch (IllegalStateException | java.util.zip.ZipError e) {
            throw damagedZip(name, e);
        }
    }

    /** A refusal for parts that, together, unpack to more than {@link #MAX_TOTAL_BYTES}. */
    static WorkbookRefusal tooMuchInAll(String name) {
        return new WorkbookRefusal("workbook.refusal.bomb.total", name, Long.toString(MAX_TOTAL_BYTES / (1024 * 1024)));
    }

    /** A refusal for a document type declaration inside the workbook. */
    static WorkbookRefusal entityRefusal(String name) {
        return new WorkbookRefusal("workbook.refusal.entities", name);
    }

    /** What went wrong while unpacking or parsing {@code name}, in words, whatever the library said. */
    static ReportReadException refusal(String name, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refused refused) {
                return refused.reason;
            }
        }
        String message = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("max entry size") || lower.contains("inflate ratio")
                || lower.contains("max text size") || lower.contains("maxfilecount") || lower.contains("max file count")) {
            return new WorkbookRefusal("workbook.refusal.bomb.some-part", e, name);
        }
        if (lower.contains("doctype") || lower.contains("entity") || lower.contains("dtd")) {
            return entityRefusal(name);
        }
        if (e instanceof ReportReadException r) {
            return r;
        }
        return new WorkbookRefusal("workbook.refusal.damaged", e, name);
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
