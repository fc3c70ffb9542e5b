package fr.caprse.cli;

import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code questionnaires}: the built-in questionnaires as a table (id, version, size, title). */
@Command(name = "questionnaires", mixinStandardHelpOptions = true,
        description = "Lists the built-in questionnaires: id, version, themes, questions, scored questions, title.")
public final class QuestionnairesCommand implements Callable<Integer> {

    /** The languages a title can be shown in. */
    enum Language { fr, en }

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "en",
            description = "language of the titles: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Language language;

    @Override
    public Integer call() {
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
