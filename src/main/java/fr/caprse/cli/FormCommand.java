package fr.caprse.cli;

import fr.caprse.application.BadInputException;
import fr.caprse.application.QuestionnaireFileException;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.application.form.Campaign;
import fr.caprse.application.form.FormFiles;
import fr.caprse.application.form.OrganisationList;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.i18n.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code form QUESTIONNAIRE_ID_OR_FILE -o FORM.xlsx [--lang fr|en]}: the blank Excel form of a
 * questionnaire, which an organisation fills in with Excel or LibreOffice and sends back for
 * {@code import}; with {@code --campaign ORGS.csv -o DIR/}, one form per organisation of the list,
 * profile filled in, each with a return code, and {@code DIR/campaign.csv}.
 */
final class FormCommand implements CliCommand {

    /** The languages of the form. */
    enum Language { fr, en }

    private final CommandSpec spec = CliSpec.command(this, "form",
                    "Writes the blank Excel form of a questionnaire (a built-in id such as rse-rso, or a questionnaire "
                            + "file): an organisation fills it in with Excel or LibreOffice, without Cap RSE, and sends it "
                            + "back; import reads it into an assessment file.",
                    "With --campaign ORGS.csv, -o is a folder: one form per organisation of the list (name, id, sector, "
                            + "size, employees, legal_form, territory), profile filled in, each with a return code, and "
                            + "the list again with codes and files in DIR/campaign.csv (for aggregate --campaign).",
                    "Files are written to a temporary file first: nothing is left half-written.")
            .parameter("0", "QUESTIONNAIRE_ID_OR_FILE", String.class,
                    "A built-in questionnaire id (see the questionnaires command) or a questionnaire file (.yaml).")
            .required(new String[] {"-o", "--output"}, "FORM.xlsx|DIR", Path.class,
                    "The form to write; with --campaign, the folder of the forms.")
            .option("--lang", "fr|en", Language.class,
                    "Language of the form (default: the system's; French unless it is English).")
            .option("--period", "PERIOD", String.class, "The period proposed in the form (default: the current year).")
            .option("--campaign", "ORGS.csv", Path.class,
                    "A list of organisations (CSV with a header line): one form each, profile filled in.")
            .spec();

    private String questionnaireArgument;
    private Path output;
    private Language lang;
    private String period;
    private Path campaign;

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        questionnaireArgument = CliSpec.parameter(spec, 0);
        output = CliSpec.value(spec, "--output");
        lang = CliSpec.value(spec, "--lang");
        period = CliSpec.value(spec, "--period");
        campaign = CliSpec.value(spec, "--campaign");
        QuestionnaireSource source = QuestionnaireSource.withoutDatabase();
        Questionnaire questionnaire = questionnaire(source, questionnaireArgument);
        Locale locale = lang == null ? I18n.systemDefault() : Locale.forLanguageTag(lang.name());
        FormFiles files = new FormFiles(source);
        try {
            if (campaign != null) {
                List<Campaign.Member> members = OrganisationList.read(campaign);
                List<Campaign.Written> written = Campaign.write(files, questionnaire, members, period, locale, output);
                spec.commandLine().getErr().println(written.size() + " forms written to " + output + ", with "
                        + output.resolve(Campaign.LIST_FILE));
                return CapRseCli.OK;
            }
            OutputChecks.workbook(output, "the form");
            files.writeBlank(questionnaire, period, locale, output);
        } catch (BadInputException e) {
            throw new CliException(e.getMessage());
        }
        return CapRseCli.OK;
    }

    /** A built-in questionnaire by id (its newest version), or a questionnaire file. */
    private static Questionnaire questionnaire(QuestionnaireSource source, String argument) {
        Path file = Path.of(argument);
        if (Files.exists(file) || argument.endsWith(".yaml") || argument.endsWith(".yml")) {
            try {
                return source.load(file).questionnaire();
            } catch (QuestionnaireFileException e) {
                throw new CliException(String.join("\n", e.problems()));
            }
        }
        return source.builtIns().stream().map(SourcedQuestionnaire::questionnaire).filter(q -> q.id().equals(argument))
                .findFirst().orElseThrow(() -> new CliException(argument + ": no built-in questionnaire has this id, and "
                        + "there is no such file; built-in questionnaires: " + source.builtIns().stream()
                        .map(SourcedQuestionnaire::id).collect(Collectors.joining(", "))));
    }
}
