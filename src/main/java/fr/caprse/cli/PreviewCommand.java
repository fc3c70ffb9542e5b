package fr.caprse.cli;

import fr.caprse.application.QuestionnaireFileException;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.authoring.QuestionnairePreview;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code preview FILE [--lang fr|en] -o PREVIEW.xlsx}: the report a questionnaire gives, with example answers,
 * so that its author sees themes, charts and recommendations before a client answers it.
 */
public final class PreviewCommand implements CliCommand {

    private final CommandSpec spec = CliSpec.command(this, "preview",
                    "Writes a sample Excel report of a questionnaire file, answered with example values, so you see",
                    "what your questionnaire gives before a client answers it.")
            .parameter("0", "FILE", Path.class, "the questionnaire file (YAML)")
            .required(new String[] {"-o", "--output"}, "PREVIEW.xlsx", Path.class, "the report to write")
            .option("--lang", "fr|en", String.class, "fr", "the language of the report (default: ${DEFAULT-VALUE})")
            .spec();

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Path file = CliSpec.parameter(spec, 0);
        Path output = CliSpec.value(spec, "--output");
        String language = CliSpec.value(spec, "--lang");
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
