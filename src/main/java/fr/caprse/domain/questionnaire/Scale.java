package fr.caprse.domain.questionnaire;

import java.util.List;

/**
 * The maturity scale: levels with values 0, 1, 2 ... in order (the built-in scale has 0 to 4), and how
 * scores are named ({@link ResultLevels#STANDARD} unless the questionnaire names its own).
 */
public record Scale(List<Level> levels, ResultLevels results) {

    /** A scale whose results are named with the standard five levels. */
    public Scale(List<Level> levels) {
        this(levels, ResultLevels.STANDARD);
    }

    public Scale {
        levels = List.copyOf(levels);
        results = java.util.Objects.requireNonNullElse(results, ResultLevels.STANDARD);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a scale needs at least one level");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).value() != i) {
                throw new IllegalArgumentException("scale values must be 0, 1, 2 ... in order; found "
                        + levels.get(i).value() + " at position " + i);
            }
        }
    }

    public int highest() {
        return levels.size() - 1;
    }

    public Level level(int value) {
        return levels.get(value);
    }
}
