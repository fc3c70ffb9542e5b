package fr.caprse.cli;

import fr.caprse.application.BadInputException;
import fr.caprse.application.PortableFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE.xlsx -o ASSESSMENT.rse.json}: reads a filled form or an Excel report back (even after
 * it was opened and saved again in Excel or LibreOffice) into an assessment file.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a filled Cap RSE form (see the form command) or a Cap RSE Excel report back into an "
                + "assessment file (.rse.json), even after the workbook was opened and saved again in Excel or LibreOffice.",
                "A filled EFRAG VSME Digital Template is read by its named ranges into a vsme-basic assessment.",
                "Every answer is checked against the questionnaire; problems are reported with their sheet, cell and "
                        + "question (every problem of a form at once), and nothing is written."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "The filled form or the report to read.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "ASSESSMENT.rse.json",
            description = "The assessment file to write.")
    Path output;

    @Option(names = "--questionnaire", paramLabel = "FILE",
            description = "The questionnaire file the form or report was made with (default: the built-in "
                    + "questionnaire it names).")
    Path questionnaireFile;

    @Override
    public Integer call() {
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
