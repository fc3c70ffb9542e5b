package fr.caprse.domain.scoring;

import java.util.Comparator;
import java.util.List;

/**
 * Which themes a result page or a report names as strengths and as areas to work on: a strength scores
 * {@value #STRENGTH_FROM} or more (deployed or exemplary), an area to work on less than
 * {@value #WEAKNESS_BELOW} (not engaged or emerging), at most {@value #SHOWN} of each, the most
 * marked first. A theme that is not scored (nothing answered, nothing applicable) is neither.
 */
public final class Highlights {

    /** The lowest score of a strength: the start of level 3. */
    public static final double STRENGTH_FROM = 60;
    /** The score an area to work on stays under: the start of level 2. */
    public static final double WEAKNESS_BELOW = 40;
    /** How many of each are named. */
    public static final int SHOWN = 3;

    private Highlights() {
    }

    public static boolean isStrength(Double score) {
        return score != null && score >= STRENGTH_FROM;
    }

    public static boolean isWeakness(Double score) {
        return score != null && score < WEAKNESS_BELOW;
    }

    /** The strengths among {@code themes}, the best first. */
    public static List<ThemeScore> strengths(List<ThemeScore> themes) {
        return themes.stream().filter(t -> isStrength(t.score()))
                .sorted(Comparator.comparing(ThemeScore::score).reversed()).limit(SHOWN).toList();
    }

    /** The areas to work on among {@code themes}, the weakest first. */
    public static List<ThemeScore> weaknesses(List<ThemeScore> themes) {
        return themes.stream().filter(t -> isWeakness(t.score()))
                .sorted(Comparator.comparing(ThemeScore::score)).limit(SHOWN).toList();
    }
}
