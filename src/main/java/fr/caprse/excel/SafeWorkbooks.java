package fr.caprse.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens workbooks that come from outside (reports sent back, forms filled in elsewhere) as untrusted
 * input: a size limit before anything is read, zip-bomb limits while unpacking, read-only access (the
 * file is never written), and nothing that would evaluate a formula or follow an external link: callers
 * only read stored cell values.
 */
public final class SafeWorkbooks {

    /** The largest workbook accepted; a report of the biggest built-in questionnaire is well under 1 MB. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The most rows read from one sheet. */
    static final int MAX_ROWS = 20_000;

    static {
        // a part may not inflate more than 100 times (POI's default), nor beyond 100 MB, nor hold more
        // than 10 million characters of text; at most 1,000 parts
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10_000_000L);
        ZipSecureFile.setMaxFileCount(1_000);
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
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ReportReadException(name + ": no such file");
        } catch (IOException e) {
            throw new ReportReadException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (size > MAX_FILE_BYTES) {
            throw new ReportReadException(name + ": the file is " + (size / (1024 * 1024)) + " MB; a workbook of at most "
                    + (MAX_FILE_BYTES / (1024 * 1024)) + " MB is accepted");
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new ReportReadException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (magic == FileMagic.OLE2) {
            throw new ReportReadException(name + ": this is an old-format (.xls) or password-protected workbook; "
                    + "open it in Excel or LibreOffice and save it as an unprotected .xlsx");
        }
        if (magic != FileMagic.OOXML) {
            throw new ReportReadException(name + ": not an Excel workbook (.xlsx)");
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            throw new ReportReadException(name + ": not a readable Excel workbook (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new ReportReadException(name + ": refused (" + e.getMessage() + ")", e);
        }
        try {
            return new Opened(pkg, new XSSFWorkbook(pkg));
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw new ReportReadException(name + ": not a readable Excel workbook (" + e.getMessage() + ")", e);
        }
    }
}
