package fr.caprse.cli;

import fr.caprse.application.vsme.VsmeExchange;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.excel.vsme.VsmeReadException;
import fr.caprse.excel.vsme.VsmeTemplateReader;
import java.io.IOException;
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

    static int export(CommandSpec spec, Path assessmentFile, Assessment assessment, Questionnaire questionnaire,
                      Path output) {
        if (!VsmeExchange.canExport(assessment)) {
            throw new CliException(assessmentFile + ": answered on " + assessment.questionnaireId()
                    + "; the VSME template is filled from a vsme-basic assessment");
        }
        VsmeExchange.Exported exported;
        try {
            exported = new VsmeExchange().export(assessment, questionnaire, output);
        } catch (IOException e) {
            throw new CliException(output + ": cannot be written: " + e.getMessage());
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
        } catch (VsmeReadException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException(output + ": cannot be written: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : imported.warnings()) {
            err.println(input + ": " + warning);
        }
        for (VsmeTemplateReader.NotCarried notCarried : imported.notCarried()) {
            err.println(input + ": not carried: " + notCarried.name()
                    + (notCarried.cell().isEmpty() ? "" : " (" + notCarried.cell() + ")") + ": " + notCarried.reason());
        }
        err.flush();
        return CapRseCli.OK;
    }
}
