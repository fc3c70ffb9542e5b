package fr.caprse.cli;

import fr.caprse.application.authoring.QuestionnaireTemplate;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code init FILE [--lang fr|en]}: writes a commented, bilingual starting questionnaire that validates as it
 * is: two themes, one question of each type, a condition and a computed value.
 */
public final class InitCommand implements CliCommand {

    private final CommandSpec spec = CliSpec.command(this, "init",
                    "Writes a starting questionnaire to adapt: two themes, one question of each type, a condition",
                    "and a computed value, in French and English, every key commented. It validates as it is.")
            .parameter("0", "FILE", Path.class, "the questionnaire file to write (never replaced)")
            .option("--lang", "fr|en", String.class, "fr",
                    "the language of the comments (default: ${DEFAULT-VALUE}); the texts are in both")
            .spec();

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Path file = CliSpec.parameter(spec, 0);
        String language = CliSpec.value(spec, "--lang");
        if (!QuestionnaireTemplate.LANGUAGES.contains(language)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--lang: '" + language + "' is not a language of the template; use fr or en");
        }
        try {
            QuestionnaireTemplate.write(file, language);
        } catch (FileAlreadyExistsException e) {
            throw new CliException(file + ": already exists; choose another name (init never replaces a file)");
        } catch (IOException e) {
            throw new CliException(file + ": cannot be written: " + e.getMessage());
        }
        spec.commandLine().getErr().println(file + ": written; check it after each change with: cap-rse validate " + file);
        return CapRseCli.OK;
    }
}
