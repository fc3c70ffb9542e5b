package fr.caprse.application.observatory;

import fr.caprse.domain.benchmark.Grouping;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to consolidate and where: the files and folders (searched recursively), the workbook to write,
 * and the optional group, long CSV, benchmark pack, campaign list, smallest group handed back, the
 * questionnaire to keep (null: the one most files were answered on), the language of labels, and a
 * title for the pack.
 */
public record AggregationRequest(List<Path> inputs, Path output, Grouping by, Path longCsv, Path benchmarks,
                                 Path campaign, int minGroup, String questionnaireId, String language, String title) {

    public static final int DEFAULT_MIN_GROUP = 5;

    public AggregationRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        if (minGroup < 1) {
            throw new IllegalArgumentException("the smallest group must be at least 1: " + minGroup);
        }
        language = language == null ? "fr" : language;
        title = title == null ? "" : title;
    }

    public static AggregationRequest of(List<Path> inputs, Path output) {
        return new AggregationRequest(inputs, output, null, null, null, null, DEFAULT_MIN_GROUP, null, "fr", null);
    }

    public AggregationRequest withBy(Grouping grouping) {
        return new AggregationRequest(inputs, output, grouping, longCsv, benchmarks, campaign, minGroup, questionnaireId,
                language, title);
    }

    public AggregationRequest withLongCsv(Path file) {
        return new AggregationRequest(inputs, output, by, file, benchmarks, campaign, minGroup, questionnaireId, language,
                title);
    }

    public AggregationRequest withBenchmarks(Path file) {
        return new AggregationRequest(inputs, output, by, longCsv, file, campaign, minGroup, questionnaireId, language,
                title);
    }

    public AggregationRequest withCampaign(Path file) {
        return new AggregationRequest(inputs, output, by, longCsv, benchmarks, file, minGroup, questionnaireId, language,
                title);
    }

    public AggregationRequest withMinGroup(int value) {
        return new AggregationRequest(inputs, output, by, longCsv, benchmarks, campaign, value, questionnaireId, language,
                title);
    }

    public AggregationRequest withQuestionnaire(String id) {
        return new AggregationRequest(inputs, output, by, longCsv, benchmarks, campaign, minGroup, id, language, title);
    }

    public AggregationRequest withLanguage(String value) {
        return new AggregationRequest(inputs, output, by, longCsv, benchmarks, campaign, minGroup, questionnaireId, value,
                title);
    }
}
