package fr.caprse.cli;

import fr.caprse.application.BadInputException;
import fr.caprse.application.PortableFiles;
import fr.caprse.application.observatory.BenchmarkPackStore;
import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.i18n.I18n;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export ASSESSMENT.rse.json -o REPORT.xlsx [--lang fr|en] [--previous PREVIOUS.rse.json]
 * [--benchmarks PACK]}: the Excel report of an assessment, the same file the app's Export button writes
 * (with a benchmark pack, its "Repères" sheet as when the pack was imported in the app).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the Excel report of an assessment file (.rse.json): summary with charts, answers, "
                + "recommendations, action plan, and the data sheets that import reads back.",
                "The report is written to a temporary file first: REPORT.xlsx is never left half-written."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ASSESSMENT.rse.json", description = "The assessment file to report on.")
    Path assessmentFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "REPORT.xlsx", description = "The report to write.")
    Path output;

    /** The languages of the report. */
    enum Language { fr, en }

    @Option(names = "--lang", paramLabel = "fr|en",
            description = "Language of the report's sheets (default: the system's; French unless it is English).")
    Language lang;

    /** What to write: Cap RSE's report, or EFRAG's VSME Digital Template filled in. */
    enum Format { report, vsme }

    @Option(names = "--format", paramLabel = "report|vsme", defaultValue = "report",
            description = "report (default): Cap RSE's Excel report; vsme: EFRAG's official VSME Digital Template "
                    + "filled with a vsme-basic assessment.")
    Format format;

    @Option(names = "--previous", paramLabel = "PREVIOUS.rse.json",
            description = "The organisation's previous assessment, to compare with (same questionnaire).")
    Path previousFile;

    @Option(names = "--questionnaire", paramLabel = "FILE",
            description = "The questionnaire file the assessment was answered on (default: the built-in "
                    + "questionnaire the assessment names).")
    Path questionnaireFile;

    @Option(names = "--benchmarks", paramLabel = "PACK",
            description = "A benchmark pack (cap-rse/benchmarks@1, made by aggregate --benchmarks): the report gets its "
                    + "\"you against organisations like yours\" sheet, as the app's report does when a pack was imported.")
    Path benchmarksFile;

    @Override
    public Integer call() {
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
