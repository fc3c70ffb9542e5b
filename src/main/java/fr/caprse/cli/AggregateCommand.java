package fr.caprse.cli;

import fr.caprse.application.QuestionnaireFileException;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.form.FilledFormInputs;
import fr.caprse.application.observatory.Aggregation;
import fr.caprse.application.observatory.AggregationException;
import fr.caprse.application.observatory.AggregationListener;
import fr.caprse.application.observatory.AggregationRequest;
import fr.caprse.application.observatory.AggregationSummary;
import fr.caprse.application.observatory.InputReaders;
import fr.caprse.application.observatory.ObservatoryQuestionnaires;
import fr.caprse.application.observatory.VsmeTemplateInputs;
import fr.caprse.domain.benchmark.Grouping;
import fr.caprse.i18n.I18n;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aggregate INPUT... -o CONSOLIDATED.xlsx}: consolidates many reports, filled forms and
 * assessment files into one workbook with benchmarks (docs/observatory.md). Exit 0 when at least one
 * file was consolidated (rejected files are listed), 1 when none was.
 */
final class AggregateCommand implements CliCommand {

    private final CommandSpec spec = CliSpec.command(this, "aggregate",
                    "Consolidates many Cap RSE reports, filled forms and assessment files (.rse.json) into one "
                            + "workbook: one row per assessment, the answers in long format, benchmarks per theme (overall "
                            + "and by group) with charts, the rejected files with their reasons, and the duplicates set aside.",
                    "Folders are searched recursively. A file that cannot be read is rejected with its reason and the "
                            + "run goes on; exit code 0 when at least one file was consolidated, 1 when none was.")
            .parameters("INPUT", Path.class, "Files and folders to consolidate.")
            .required(new String[] {"-o", "--output"}, "CONSOLIDATED.xlsx", Path.class, "The consolidated workbook to write.")
            .option("--by", "GROUP", String.class,
                    "Benchmarks per group too: sector (NACE section), size, territory, legal_form or ess.")
            .option("--long", "ANSWERS.csv", Path.class, "Also write the answers in long format as UTF-8 CSV (RFC 4180).")
            .option("--benchmarks", "PACK", Path.class,
                    "Also write an anonymous benchmark pack (cap-rse/benchmarks@1) to hand back to organisations.")
            .option("--campaign", "ORGS.csv", Path.class,
                    "The organisations asked (CSV with a name column, optionally id): who has answered and who has not.")
            .option("--min-group", "N", int.class, "5",
                    "Groups of fewer organisations are left out of the pack (default: ${DEFAULT-VALUE}).")
            .repeatable("--questionnaire", "FILE", Path.class, "A questionnaire file (another version, or your own) the "
                    + "inputs may have been answered on; may be given several times.")
            .option("--only", "QUESTIONNAIRE_ID", String.class,
                    "Consolidate this questionnaire (default: the one most files were answered on).")
            .option("--title", "TEXT", String.class, "A title for the benchmark pack.")
            .option("--lang", "fr|en", String.class, "fr", "Language of theme titles, answer labels, the benchmarks "
                    + "sheet and the reasons files are rejected (default: ${DEFAULT-VALUE}).")
            .spec();

    private List<Path> inputs;
    private Path output;
    private String by;
    private Path longCsv;
    private Path benchmarks;
    private Path campaign;
    private int minGroup;
    private List<Path> questionnaireFiles;
    private String only;
    private String title;
    private String language;

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        inputs = CliSpec.parameter(spec, 0);
        output = CliSpec.value(spec, "--output");
        by = CliSpec.value(spec, "--by");
        longCsv = CliSpec.value(spec, "--long");
        benchmarks = CliSpec.value(spec, "--benchmarks");
        campaign = CliSpec.value(spec, "--campaign");
        minGroup = CliSpec.value(spec, "--min-group");
        questionnaireFiles = CliSpec.value(spec, "--questionnaire", List.of());
        only = CliSpec.value(spec, "--only");
        title = CliSpec.value(spec, "--title");
        language = CliSpec.value(spec, "--lang");
        Grouping grouping = null;
        if (by != null) {
            grouping = Grouping.fromCode(by.toLowerCase(Locale.ROOT)).orElseThrow(() -> new CliException(
                    "--by " + by + ": expected sector, size, territory, legal_form or ess", CapRseCli.USAGE));
        }
        if (minGroup < 1) {
            throw new CliException("--min-group must be at least 1", CapRseCli.USAGE);
        }
        OutputChecks.language(language);
        QuestionnaireSource source = QuestionnaireSource.withoutDatabase();
        for (Path file : questionnaireFiles) {
            try {
                source.open(file);
            } catch (QuestionnaireFileException e) {
                throw new CliException(String.join("\n", e.problems()));
            }
        }
        AggregationRequest request = new AggregationRequest(inputs, output, grouping, longCsv, benchmarks, campaign,
                minGroup, only, language, title);
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        I18n texts = new I18n(Locale.forLanguageTag(language));
        AggregationListener progress = terminal ? (read, total, rejected) -> {
            err.print("\r" + texts.get("observatory.progress", Integer.toString(read), Integer.toString(total),
                    Integer.toString(rejected)));
            err.flush();
        } : AggregationListener.NONE;
        AggregationSummary summary;
        try {
            var questionnaires = ObservatoryQuestionnaires.resolver(source);
            summary = new Aggregation(new InputReaders(questionnaires, List.of(new VsmeTemplateInputs(),
                    new FilledFormInputs(questionnaires))))
                    .run(request, progress, () -> false);
        } catch (AggregationException e) {
            throw new CliException(e.getMessage());
        }
        if (terminal) {
            err.println();
        }
        print(summary, err);
        return summary.consolidated() > 0 ? CapRseCli.OK : CapRseCli.BAD_INPUT;
    }

    private void print(AggregationSummary summary, PrintWriter err) {
        I18n texts = new I18n(Locale.forLanguageTag(language));
        err.println(texts.get("observatory.summary", Integer.toString(summary.filesFound()),
                Integer.toString(summary.consolidated()), summary.questionnaireId() == null
                        || summary.questionnaireId().isEmpty() ? ""
                        : texts.get("observatory.summary.questionnaire", summary.questionnaireId()),
                Integer.toString(summary.rejected().size()), Integer.toString(summary.duplicates().size()),
                String.format(Locale.ROOT, "%.1f s", summary.elapsed().toMillis() / 1000.0)));
        for (AggregationSummary.Rejection rejection : summary.rejected()) {
            err.println(texts.get("observatory.summary.rejected", rejection.reason()));
        }
        for (AggregationSummary.Duplicate d : summary.duplicates()) {
            err.println(texts.get("observatory.summary.duplicate", d.organisation(), d.period(), d.droppedSource(),
                    d.keptSource()));
        }
        for (String group : summary.groupsLeftOut()) {
            err.println(texts.get("observatory.summary.left-out", group));
        }
        if (summary.packProblem() != null) {
            err.println(texts.get("observatory.summary.warning", summary.packProblem()));
        }
        if (summary.consolidated() == 0) {
            err.println(texts.get("observatory.summary.nothing"));
        }
    }
}
