package fr.caprse.cli;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.excel.FormInput;
import fr.caprse.excel.FormWriter;
import fr.caprse.i18n.I18n;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code form QUESTIONNAIRE_ID_OR_FILE -o FORM.xlsx [--lang fr|en]}: the blank Excel form of a
 * questionnaire, which an organisation fills in with Excel or LibreOffice and sends back for
 * {@code import}.
 */
@Command(name = "form", mixinStandardHelpOptions = true,
        description = {"Writes the blank Excel form of a questionnaire (a built-in id such as rse-rso, or a questionnaire "
                + "file): an organisation fills it in with Excel or LibreOffice, without Cap RSE, and sends it back; "
                + "import reads it into an assessment file.",
                "The form is written to a temporary file first: FORM.xlsx is never left half-written."})
final class FormCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUESTIONNAIRE_ID_OR_FILE",
            description = "A built-in questionnaire id (see the questionnaires command) or a questionnaire file (.yaml).")
    String questionnaireArgument;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FORM.xlsx", description = "The form to write.")
    Path output;

    /** The languages of the form. */
    enum Language { fr, en }

    @Option(names = "--lang", paramLabel = "fr|en",
            description = "Language of the form (default: the system's; French unless it is English).")
    Language lang;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "The period proposed in the form (default: the current year).")
    String period;

    @Override
    public Integer call() {
        Questionnaire questionnaire = questionnaire(questionnaireArgument);
        Locale locale = lang == null ? I18n.systemDefault() : Locale.forLanguageTag(lang.name());
        requireXlsx(output);
        try {
            new FormWriter().write(new FormInput(questionnaire, null, period, null, null), locale, output);
        } catch (IOException e) {
            throw new CliException(output + ": cannot be written: " + e.getMessage());
        }
        return CapRseCli.OK;
    }

    static void requireXlsx(Path output) {
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new CliException(output + ": the form is an Excel workbook; name it with .xlsx");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new CliException(output + ": folder " + folder + " does not exist");
        }
    }

    /** A built-in questionnaire by id, or a questionnaire file. */
    static Questionnaire questionnaire(String argument) {
        Path file = Path.of(argument);
        if (Files.exists(file) || argument.endsWith(".yaml") || argument.endsWith(".yml")) {
            return ScoreCommand.loadQuestionnaire(file);
        }
        return BuiltInQuestionnaires.byId(argument).orElseThrow(() -> new CliException(argument
                + ": no built-in questionnaire has this id, and there is no such file; built-in questionnaires: "
                + BuiltInQuestionnaires.all().stream().map(Questionnaire::id).collect(Collectors.joining(", "))));
    }
}
