package fr.caprse.cli;

import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code questionnaires}: the built-in questionnaires as a table (id, version, size, title). */
public final class QuestionnairesCommand implements CliCommand {

    /** The languages a title can be shown in. */
    enum Language { fr, en }

    private final CommandSpec spec = CliSpec.command(this, "questionnaires",
                    "Lists the built-in questionnaires: id, version, themes, questions, scored questions, title.")
            .option("--lang", "fr|en", Language.class, "en",
                    "language of the titles: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
            .spec();

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Language language = CliSpec.value(spec, "--lang");
        PrintWriter out = spec.commandLine().getOut();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "VERSION", "THEMES", "QUESTIONS", "SCORED", "TITLE"});
        QuestionnaireSource source = QuestionnaireSource.withoutDatabase();
        for (Questionnaire q : source.builtIns().stream().map(SourcedQuestionnaire::questionnaire).toList()) {
            rows.add(new String[] {q.id(), q.version(), Integer.toString(q.themes().size()),
                    Integer.toString(q.questions().size()), Long.toString(q.scoredQuestionCount()),
                    q.title().get(language.name())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i >= 2 && i <= 4;
                String cell = number ? pad(row[i], widths[i], true) : i == row.length - 1 ? row[i] : pad(row[i], widths[i], false);
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            out.println(line.toString().stripTrailing());
        }
        for (String problem : source.builtInProblems()) {
            spec.commandLine().getErr().println("built-in questionnaire left out: " + problem);
        }
        if (rows.size() == 1) {
            spec.commandLine().getErr().println("no built-in questionnaire found");
        }
        out.flush();
        return CapRseCli.OK;
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
