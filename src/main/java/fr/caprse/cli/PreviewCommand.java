package fr.caprse.cli;

import fr.caprse.application.QuestionnaireFileException;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.authoring.QuestionnairePreview;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code preview FILE [--lang fr|en] -o PREVIEW.xlsx}: the report a questionnaire gives, with example answers,
 * so that its author sees themes, charts and recommendations before a client answers it.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Writes a sample Excel report of a questionnaire file, answered with example values, so you see",
                "what your questionnaire gives before a client answers it."})
public final class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the questionnaire file (YAML)")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PREVIEW.xlsx", description = "the report to write")
    Path output;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            description = "the language of the report (default: ${DEFAULT-VALUE})")
    String language;

    @Override
    public Integer call() {
        OutputChecks.language(language);
        OutputChecks.workbook(output, "the preview");
        Questionnaire questionnaire;
        try {
            questionnaire = QuestionnaireSource.withoutDatabase().load(file).questionnaire();
        } catch (QuestionnaireFileException e) {
            e.problems().forEach(problem -> spec.commandLine().getOut().println(problem));
            spec.commandLine().getOut().flush();
            throw new CliException(file + ": the questionnaire has problems (listed above); fix them, then preview again");
        }
        try {
            QuestionnairePreview.write(questionnaire, language, output);
        } catch (IOException e) {
            throw new CliException(output + ": cannot be written: " + e.getMessage());
        }
        spec.commandLine().getErr().println(output + ": written (" + questionnaire.id() + " " + questionnaire.version()
                + ", example answers)");
        return CapRseCli.OK;
    }
}
