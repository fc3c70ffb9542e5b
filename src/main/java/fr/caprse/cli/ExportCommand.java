package fr.caprse.cli;

import fr.caprse.application.BadInputException;
import fr.caprse.application.PortableFiles;
import fr.caprse.application.observatory.BenchmarkPackStore;
import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.i18n.I18n;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export ASSESSMENT.rse.json -o REPORT.xlsx [--lang fr|en] [--previous PREVIOUS.rse.json]
 * [--benchmarks PACK]}: the Excel report of an assessment, the same file the app's Export button writes
 * (with a benchmark pack, its "Repères" sheet as when the pack was imported in the app).
 */
final class ExportCommand implements CliCommand {

    /** The languages of the report. */
    enum Language { fr, en }

    /** What to write: Cap RSE's report, or EFRAG's VSME Digital Template filled in. */
    enum Format { report, vsme }

    private final CommandSpec spec = CliSpec.command(this, "export",
                    "Writes the Excel report of an assessment file (.rse.json): summary with charts, answers, "
                            + "recommendations, action plan, and the data sheets that import reads back.",
                    "The report is written to a temporary file first: REPORT.xlsx is never left half-written.")
            .parameter("0", "ASSESSMENT.rse.json", Path.class, "The assessment file to report on.")
            .required(new String[] {"-o", "--output"}, "REPORT.xlsx", Path.class, "The report to write.")
            .option("--lang", "fr|en", Language.class,
                    "Language of the report's sheets (default: the system's; French unless it is English).")
            .option("--format", "report|vsme", Format.class, "report",
                    "report (default): Cap RSE's Excel report; vsme: EFRAG's official VSME Digital Template "
                            + "filled with a vsme-basic assessment.")
            .option("--previous", "PREVIOUS.rse.json", Path.class,
                    "The organisation's previous assessment, to compare with (same questionnaire).")
            .option("--questionnaire", "FILE", Path.class, "The questionnaire file the assessment was answered on "
                    + "(default: the built-in questionnaire the assessment names).")
            .option("--benchmarks", "PACK", Path.class, "A benchmark pack (cap-rse/benchmarks@1, made by aggregate "
                    + "--benchmarks): the report gets its \"you against organisations like yours\" sheet, as the app's "
                    + "report does when a pack was imported.")
            .spec();

    private Path assessmentFile;
    private Path output;
    private Language lang;
    private Format format;
    private Path previousFile;
    private Path questionnaireFile;
    private Path benchmarksFile;

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        assessmentFile = CliSpec.parameter(spec, 0);
        output = CliSpec.value(spec, "--output");
        lang = CliSpec.value(spec, "--lang");
        format = CliSpec.value(spec, "--format");
        previousFile = CliSpec.value(spec, "--previous");
        questionnaireFile = CliSpec.value(spec, "--questionnaire");
        benchmarksFile = CliSpec.value(spec, "--benchmarks");
        OutputChecks.workbook(output, "the report");
        QuestionnaireChoice choice = new QuestionnaireChoice(questionnaireFile);
        PortableFiles.Read current = choice.readAssessment(assessmentFile);
        if (format == Format.vsme) {
            return VsmeCommands.export(spec, assessmentFile, current, output);
        }
        PortableFiles.Read previous = null;
        if (previousFile != null) {
            previous = choice.readAssessment(previousFile);
            if (!previous.assessment().questionnaireId().equals(current.assessment().questionnaireId())) {
                throw new CliException(previousFile + ": answered on questionnaire " + previous.assessment().questionnaireId()
                        + ", not " + current.assessment().questionnaireId() + " like " + assessmentFile
                        + ": they cannot be compared");
            }
        }
        BenchmarkPack pack = null;
        if (benchmarksFile != null) {
            try {
                pack = BenchmarkPackStore.read(benchmarksFile);
            } catch (BadInputException e) {
                throw new CliException(e.getMessage());
            }
        }
        choice.printWarnings(spec.commandLine().getErr());
        Locale locale = lang == null ? I18n.systemDefault() : Locale.forLanguageTag(lang.name());
        try {
            PortableFiles.writeReport(output, locale, current, previous, pack);
        } catch (BadInputException e) {
            throw new CliException(e.getMessage().startsWith(output.toString()) ? e.getMessage()
                    : assessmentFile + ": " + e.getMessage());
        }
        return CapRseCli.OK;
    }
}
