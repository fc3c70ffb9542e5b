package fr.caprse.cli;

import fr.caprse.application.BadInputException;
import fr.caprse.application.PortableFiles;
import fr.caprse.application.vsme.VsmeExchange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** The VSME side of {@code export --format vsme} and {@code import}: EFRAG's VSME Digital Template. */
final class VsmeCommands {

    private VsmeCommands() {
    }

    static boolean isTemplate(Path file) {
        return VsmeExchange.isTemplate(file);
    }

    static int export(CommandSpec spec, Path assessmentFile, PortableFiles.Read read, Path output) {
        if (!VsmeExchange.canExport(read.assessment())) {
            throw new CliException(assessmentFile + ": answered on " + read.assessment().questionnaireId()
                    + "; the VSME template is filled from a vsme-basic assessment");
        }
        VsmeExchange.Exported exported;
        try {
            exported = new VsmeExchange().export(read.assessment(), read.questionnaire().questionnaire(), output);
        } catch (BadInputException e) {
            throw new CliException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Map.Entry<String, String> entry : exported.notWritten().entrySet()) {
            err.println(assessmentFile + ": question " + entry.getKey() + " is not written: " + entry.getValue());
        }
        err.flush();
        return CapRseCli.OK;
    }

    static int importTemplate(CommandSpec spec, Path input, Path output) {
        VsmeExchange.Imported imported;
        try {
            imported = new VsmeExchange().importToFile(input, output);
        } catch (BadInputException e) {
            throw new CliException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : imported.warnings()) {
            err.println(input + ": " + warning);
        }
        for (VsmeExchange.NotCarried notCarried : imported.notCarried()) {
            err.println(input + ": not carried: " + notCarried.name()
                    + (notCarried.cell().isEmpty() ? "" : " (" + notCarried.cell() + ")") + ": " + notCarried.reason());
        }
        err.flush();
        return CapRseCli.OK;
    }
}
