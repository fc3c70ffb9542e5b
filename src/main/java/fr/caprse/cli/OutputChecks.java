package fr.caprse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The checks every command makes on what it is asked to write and in which language, before any work, in
 * the same words whichever the command: the output's folder exists, a workbook is named .xlsx, the
 * language is fr or en.
 */
final class OutputChecks {

    private OutputChecks() {
    }

    /** The folder {@code output} goes into exists. */
    static void folderExists(Path output) {
        Path folder = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new CliException(output + ": folder " + folder + " does not exist");
        }
    }

    /** {@code output} is named .xlsx and its folder exists; {@code what} names the workbook ("the report"). */
    static void workbook(Path output, String what) {
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new CliException(output + ": " + what + " is an Excel workbook; name it with .xlsx");
        }
        folderExists(output);
    }

    /** {@code language} as given to {@code --lang}, which must be fr or en (a usage error otherwise). */
    static String language(String language) {
        if (!"fr".equals(language) && !"en".equals(language)) {
            throw new CliException("--lang " + language + ": expected fr or en", CapRseCli.USAGE);
        }
        return language;
    }
}
