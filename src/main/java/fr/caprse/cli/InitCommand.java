package fr.caprse.cli;

import fr.caprse.application.authoring.QuestionnaireTemplate;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code init FILE [--lang fr|en]}: writes a commented, bilingual starting questionnaire that validates as it
 * is: two themes, one question of each type, a condition and a computed value.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a starting questionnaire to adapt: two themes, one question of each type, a condition",
                "and a computed value, in French and English, every key commented. It validates as it is."})
public final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the questionnaire file to write (never replaced)")
    Path file;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            description = "the language of the comments (default: ${DEFAULT-VALUE}); the texts are in both")
    String language;

    @Override
    public Integer call() {
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
