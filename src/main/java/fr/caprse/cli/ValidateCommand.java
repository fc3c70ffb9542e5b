package fr.caprse.cli;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.application.QuestionnaireSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code validate FILE...}: checks questionnaire files against the format. Each problem goes to stdout
 * as {@code FILE:LINE:COLUMN: message} (the form editors and CI logs link to), then one summary line
 * per file to stderr. Exit 0 when every file is valid, 1 when any has a problem.
 */
public final class ValidateCommand implements CliCommand {

    private final CommandSpec spec = CliSpec.command(this, "validate",
                    "Checks questionnaire files (YAML) and lists every problem as FILE:LINE:COLUMN: message.",
                    "Exit code 0 when all files are valid, 1 when any has a problem.")
            .parameters("FILE", Path.class, "questionnaire files to check")
            .spec();

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        List<Path> files = CliSpec.parameter(spec, 0);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QuestionnaireSource source = QuestionnaireSource.withoutDatabase();
        int invalid = 0;
        for (Path file : files) {
            QuestionnaireSource.Checked result = source.check(file);
            for (var problem : result.problems()) {
                out.println(problem);
            }
            for (var warning : result.warnings()) {
                out.println(warning);
            }
            if (result.ok()) {
                Questionnaire q = result.questionnaire();
                int warnings = result.warnings().size();
                err.println(file + ": valid (" + q.id() + " " + q.version() + ", " + q.themes().size() + " themes, "
                        + q.questions().size() + " questions, " + q.scoredQuestionCount() + " scored)"
                        + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings")));
            } else {
                invalid++;
                int count = result.problems().size();
                err.println(file + ": " + count + (count == 1 ? " problem" : " problems"));
            }
        }
        out.flush();
        if (files.size() > 1) {
            err.println((files.size() - invalid) + " of " + files.size() + " files valid");
        }
        err.flush();
        return invalid == 0 ? CapRseCli.OK : CapRseCli.BAD_INPUT;
    }
}
