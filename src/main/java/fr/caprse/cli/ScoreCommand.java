package fr.caprse.cli;

import fr.caprse.application.PortableFiles;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.ScoreRounding;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.domain.scoring.ThemeScore;
import fr.caprse.i18n.I18n;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code score ASSESSMENT.rse.json [--questionnaire FILE] [--json]}: scores one assessment file with the
 * questionnaire it names (the built-in one unless a file is given) and prints a table, or one line of
 * JSON with unrounded numbers.
 */
final class ScoreCommand implements CliCommand {

    private static final String NOT_SCORED = "score.not-scored";

    /** The languages of the table. */
    enum Language { fr, en }

    private final CommandSpec spec = CliSpec.command(this, "score",
                    "Scores one assessment file (.rse.json): each theme's score, maturity level and answered "
                            + "questions, the overall score and the completion rate.",
                    "Scores are shown rounded half-up to one decimal; --json gives them unrounded.")
            .parameter("0", "ASSESSMENT.rse.json", Path.class, "The assessment file to score.")
            .option("--questionnaire", "FILE", Path.class, "The questionnaire file the assessment was answered on "
                    + "(default: the built-in questionnaire the assessment names).")
            .flag("--json", "Print one line of JSON with unrounded numbers instead of a table.")
            .option("--lang", "fr|en", Language.class,
                    "Language of theme titles and level labels in the table (default: the system's).")
            .spec();

    private Language lang;

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Path assessmentFile = CliSpec.parameter(spec, 0);
        Path questionnaireFile = CliSpec.value(spec, "--questionnaire");
        boolean json = CliSpec.value(spec, "--json", false);
        lang = CliSpec.value(spec, "--lang");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QuestionnaireChoice choice = new QuestionnaireChoice(questionnaireFile);
        PortableFiles.Read read = choice.readAssessment(assessmentFile);
        choice.printWarnings(err);
        Assessment assessment = read.assessment();
        Questionnaire questionnaire = read.questionnaire().questionnaire();
        AssessmentScore score = Scorer.score(questionnaire, assessment.organisation(), assessment.answers());
        if (json) {
            out.println(PortableFiles.scoreJson(score));
        } else {
            printTable(out, assessment, questionnaire, score);
        }
        return CapRseCli.OK;
    }

    private void printTable(PrintWriter out, Assessment assessment, Questionnaire questionnaire, AssessmentScore score) {
        I18n i18n = new I18n(lang == null ? I18n.systemDefault() : Locale.forLanguageTag(lang.name()));
        String language = i18n.language();
        out.println(assessment.organisation().name() + " · " + questionnaire.id() + " " + questionnaire.version()
                + " · " + assessment.period());
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {i18n.get("cli.score.theme"), "", i18n.get("cli.score.score"), i18n.get("cli.score.level"),
                i18n.get("cli.score.answered")});
        for (ThemeScore theme : score.themes()) {
            String title = questionnaire.theme(theme.themeId()).map(Theme::title).map(t -> t.get(language)).orElse("");
            rows.add(new String[] {theme.themeId(), shorten(title, 40),
                    theme.isScored() ? oneDecimal(theme.score(), language) : "-",
                    theme.isScored() ? i18n.levelName(questionnaire.scale().results(), theme.level()) : i18n.get(NOT_SCORED),
                    theme.answered() + "/" + theme.applicable()});
        }
        int answered = score.themes().stream().mapToInt(ThemeScore::answered).sum();
        int applicable = score.themes().stream().mapToInt(ThemeScore::applicable).sum();
        rows.add(new String[] {i18n.get("cli.score.overall"), "",
                score.overall() == null ? "-" : oneDecimal(score.overall(), language),
                score.overall() == null ? i18n.get(NOT_SCORED) : i18n.levelName(questionnaire.scale().results(), score.level()),
                answered + "/" + applicable});
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (r == rows.size() - 1) {
                out.println("-".repeat(widths[0] + widths[1] + widths[2] + widths[3] + widths[4] + 8));
            }
            out.println((pad(row[0], widths[0]) + "  " + pad(row[1], widths[1]) + "  " + padLeft(row[2], widths[2]) + "  "
                    + pad(row[3], widths[3]) + "  " + row[4]).stripTrailing());
        }
        out.println(score.completion() == null ? i18n.get("cli.score.completion.none")
                // the counts as text: a question count never needs digit grouping, and a number argument
                // would set up the locale's number formats (5 ms of a cold command) for nothing
                : i18n.get("cli.score.completion", oneDecimal(100 * score.completion(), language),
                        Integer.toString(answered), Integer.toString(applicable)));
    }

    /** One decimal, with the decimal separator of the table's language (12,5 in French). */
    private static String oneDecimal(double value, String language) {
        String text = ScoreRounding.oneDecimal(value).toPlainString();
        return language.equals("fr") ? text.replace('.', ',') : text;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}
