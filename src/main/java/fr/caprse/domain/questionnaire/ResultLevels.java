package fr.caprse.domain.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a score (0 to 100) is named: result levels from thresholds. By default the five levels of the scoring
 * contract ({@code [0, 20) → 0 … [80, 100] → 4}, named by the application: "Non engagé" … "Exemplaire"); a
 * questionnaire may name its own (a 0–3 scale with its own words gets results in those words).
 *
 * <p>The level is read from the score snapped to nine decimals: binary noise (60 computed as
 * 59.99999999999999) never drops a score to the level below, while 79.96 stays below 80.
 */
public record ResultLevels(List<ResultLevel> levels) {

    /** One result level: scores from {@code from} (included) up to the next level's {@code from}. */
    public record ResultLevel(double from, Text label) {
        public ResultLevel {
            Objects.requireNonNull(label, "label");
            if (!(from >= 0 && from < 100)) {
                throw new IllegalArgumentException("a result level starts between 0 and 100: " + from);
            }
        }
    }

    /** The contract's five levels, named by the application (their labels are empty here). */
    public static final ResultLevels STANDARD = new ResultLevels(List.of(new ResultLevel(0, Text.EMPTY),
            new ResultLevel(20, Text.EMPTY), new ResultLevel(40, Text.EMPTY), new ResultLevel(60, Text.EMPTY),
            new ResultLevel(80, Text.EMPTY)));

    public ResultLevels {
        levels = List.copyOf(levels);
        if (levels.isEmpty() || levels.get(0).from() != 0) {
            throw new IllegalArgumentException("result levels start at 0");
        }
        for (int i = 1; i < levels.size(); i++) {
            if (!(levels.get(i).from() > levels.get(i - 1).from())) {
                throw new IllegalArgumentException("result levels must rise: " + levels.get(i).from()
                        + " after " + levels.get(i - 1).from());
            }
        }
    }

    /** Whether these are the contract's five levels, named by the application. */
    public boolean isStandard() {
        return this.equals(STANDARD);
    }

    /** The highest level (4 for the standard levels). */
    public int highest() {
        return levels.size() - 1;
    }

    /** The level of a score. */
    public int of(double score) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score is not a number");
        }
        double snapped = Math.round(score * 1e9) / 1e9;
        int level = 0;
        for (int i = 1; i < levels.size(); i++) {
            if (snapped >= levels.get(i).from()) {
                level = i;
            }
        }
        return level;
    }

    /** The questionnaire's own name of a level in {@code language}; empty for the standard levels. */
    public Optional<String> name(int level, String language) {
        if (level < 0 || level > highest() || levels.get(level).label().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(levels.get(level).label().get(language));
    }

    /** Where a level sits from 0 (lowest) to 1 (highest), for colours shared by any number of levels. */
    public double position(int level) {
        return highest() == 0 ? 1 : (double) level / highest();
    }
}
