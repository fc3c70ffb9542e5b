package fr.caprse.domain.benchmark;

import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.ThemeScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "You against organisations like yours": an assessment's theme scores on the quartile bands of the
 * group of a benchmark pack its organisation belongs to (or of all organisations when the pack has no
 * such group).
 *
 * @param sameGroup whether the bands are those of the organisation's own group (false: all organisations)
 */
public record BenchmarkComparison(String packTitle, String groupLabel, boolean sameGroup, int organisations,
                                  int minGroup, List<Row> themes, Row overall) {

    /** One theme: your score (null when not scored) and the group's band (null when the pack has none). */
    public record Row(String themeId, Theme theme, Double score, Band band) {
        /** 1 below the first quartile … 4 above the third; 0 when there is nothing to compare. */
        public int quarter() {
            return score == null || band == null ? 0 : band.quarter(score);
        }
    }

    public BenchmarkComparison {
        themes = List.copyOf(themes);
    }

    /** The comparison, or empty when the pack is of another questionnaire. */
    public static Optional<BenchmarkComparison> of(BenchmarkPack pack, Questionnaire questionnaire,
                                                   Organisation organisation, AssessmentScore score) {
        Objects.requireNonNull(pack, "pack");
        if (!pack.questionnaireId().equals(questionnaire.id())) {
            return Optional.empty();
        }
        BenchmarkPack.Group group = pack.groupFor(organisation);
        List<Row> rows = new ArrayList<>();
        for (Theme theme : questionnaire.themes()) {
            Double value = score.theme(theme.id()).map(ThemeScore::score).orElse(null);
            rows.add(new Row(theme.id(), theme, value, group.theme(theme.id()).orElse(null)));
        }
        Row overall = new Row("overall", null, score.overall(), group.overall());
        return Optional.of(new BenchmarkComparison(pack.title(), group.label(), group != pack.all(),
                group.organisations(), pack.minGroup(), rows, overall));
    }
}
