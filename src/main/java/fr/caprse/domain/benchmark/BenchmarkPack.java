package fr.caprse.domain.benchmark;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Anonymous benchmarks an observatory hands back to the organisations it consolidated
 * ({@code cap-rse/benchmarks@1}, docs/observatory.md): per theme and overall, the quartiles of all
 * organisations and of each group of at least {@code minGroup} organisations. Smaller groups are left
 * out, so that no one's score can be read back from a pack.
 *
 * @param by       what the groups are (null when the pack has only all organisations)
 * @param all      every organisation consolidated
 * @param groups   the groups that were large enough, by group key ({@link Grouping#groupOf})
 */
public record BenchmarkPack(String questionnaireId, List<String> questionnaireVersions, String title,
                            Instant generated, int minGroup, Grouping by, Group all, Map<String, Group> groups) {

    public static final String FORMAT = "cap-rse/benchmarks@1";

    /** One set of organisations: how many, and the band of each theme (by theme id) and of the overall score. */
    public record Group(String label, int organisations, Band overall, Map<String, Band> themes) {
        public Group {
            Objects.requireNonNull(label, "label");
            themes = Map.copyOf(themes);
        }

        public Optional<Band> theme(String themeId) {
            return Optional.ofNullable(themes.get(themeId));
        }
    }

    public BenchmarkPack {
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        questionnaireVersions = List.copyOf(questionnaireVersions);
        title = Objects.requireNonNullElse(title, "");
        if (minGroup < 1) {
            throw new IllegalArgumentException("minGroup must be >= 1: " + minGroup);
        }
        Objects.requireNonNull(all, "all");
        groups = Map.copyOf(groups);
    }

    /**
     * The set of organisations like {@code organisation}: its group when the pack has it, else all
     * organisations.
     */
    public Group groupFor(fr.caprse.domain.assessment.Organisation organisation) {
        if (by == null) {
            return all;
        }
        return by.groupOf(organisation).map(groups::get).orElse(all);
    }
}
