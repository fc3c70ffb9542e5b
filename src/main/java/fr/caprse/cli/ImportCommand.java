package fr.caprse.cli;

import fr.caprse.application.BadInputException;
import fr.caprse.application.PortableFiles;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import FILE.xlsx -o ASSESSMENT.rse.json}: reads a filled form or an Excel report back (even after
 * it was opened and saved again in Excel or LibreOffice) into an assessment file.
 */
final class ImportCommand implements CliCommand {

    private final CommandSpec spec = CliSpec.command(this, "import",
                    "Reads a filled Cap RSE form (see the form command) or a Cap RSE Excel report back into an "
                            + "assessment file (.rse.json), even after the workbook was opened and saved again in Excel "
                            + "or LibreOffice.",
                    "A filled EFRAG VSME Digital Template is read by its named ranges into a vsme-basic assessment.",
                    "Every answer is checked against the questionnaire; problems are reported with their sheet, cell "
                            + "and question (every problem of a form at once), and nothing is written.")
            .parameter("0", "FILE.xlsx", Path.class, "The filled form or the report to read.")
            .required(new String[] {"-o", "--output"}, "ASSESSMENT.rse.json", Path.class, "The assessment file to write.")
            .option("--questionnaire", "FILE", Path.class, "The questionnaire file the form or report was made with "
                    + "(default: the built-in questionnaire it names).")
            .spec();

    private Path input;
    private Path output;
    private Path questionnaireFile;

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        input = CliSpec.parameter(spec, 0);
        output = CliSpec.value(spec, "--output");
        questionnaireFile = CliSpec.value(spec, "--questionnaire");
        OutputChecks.folderExists(output);
        if (VsmeCommands.isTemplate(input)) {
            return VsmeCommands.importTemplate(spec, input, output);
        }
        QuestionnaireChoice choice = new QuestionnaireChoice(questionnaireFile);
        PortableFiles.Read report = choice.readReport(input);
        choice.printWarnings(spec.commandLine().getErr());
        try {
            PortableFiles.writeAssessment(output, report);
        } catch (BadInputException e) {
            throw new CliException(e.getMessage());
        }
        return CapRseCli.OK;
    }
}
