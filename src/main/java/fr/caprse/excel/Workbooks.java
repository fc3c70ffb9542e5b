package fr.caprse.excel;

import fr.caprse.platform.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every workbook we write goes through: built whole in memory (closed if building fails, the failure
 * passed on), then written to a stream, or to a file through a temporary file renamed at the end so that
 * the file is either the complete new workbook or left as it was.
 */
final class Workbooks {

    private Workbooks() {
    }

    /** A new workbook filled by {@code filling}; when filling fails, the workbook is closed and the failure thrown. */
    static XSSFWorkbook build(Consumer<XSSFWorkbook> filling) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        try {
            filling.accept(workbook);
            return workbook;
        } catch (RuntimeException e) {
            try {
                workbook.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Writes the workbook {@code built} gives to {@code out} (not closed), then closes the workbook. */
    static void write(Supplier<XSSFWorkbook> built, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = built.get()) {
            workbook.write(out);
        }
    }

    /** Writes the workbook {@code built} gives to {@code target}, whole or not at all. */
    static void write(Supplier<XSSFWorkbook> built, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(built, out));
    }
}
