package fr.caprse.application.observatory;

import java.time.Duration;
import java.util.List;

/**
 * What a consolidation did: files found, assessments consolidated, files rejected (with their reasons),
 * duplicates set aside, the questionnaire kept, the pack's groups left out as too small (and why no pack
 * was written, when none could be: null otherwise), and how long it took.
 */
public record AggregationSummary(int filesFound, int consolidated, List<Rejection> rejected, List<Duplicate> duplicates,
                                 String questionnaireId, List<String> groupsLeftOut, String packProblem,
                                 Duration elapsed) {

    /** A file not consolidated, and why. */
    public record Rejection(String source, String reason) {
    }

    /** An assessment set aside because a newer one of the same organisation and period was kept. */
    public record Duplicate(String organisation, String period, String droppedSource, String keptSource,
                            String droppedModified, String keptModified) {
    }

    public AggregationSummary {
        rejected = List.copyOf(rejected);
        duplicates = List.copyOf(duplicates);
        groupsLeftOut = List.copyOf(groupsLeftOut);
    }
}
