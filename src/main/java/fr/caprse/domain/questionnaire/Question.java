package fr.caprse.domain.questionnaire;

import fr.caprse.domain.expression.Expression;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a questionnaire. Optional parts are {@code null} when absent ({@code appliesWhen},
 * {@code maxPoints}, {@code min}, {@code max}, {@code bands}, {@code formula}); lists are empty and texts
 * ({@code help}, {@code recommendation}, {@code unit}) {@link Text#EMPTY} when absent. The {@code unit} is
 * translated like any other text ("km par an" / "km per year"); a unit written the same in every language
 * ({@code kWh}) holds that one string for each. {@code levels} holds the question's own level descriptions for a {@code maturity}
 * question (empty: the scale's descriptions apply).
 */
public record Question(
        String id,
        QuestionType type,
        Text text,
        Text help,
        double weight,
        boolean na,
        boolean required,
        Expression appliesWhen,
        List<Option> options,
        Double maxPoints,
        Text unit,
        Double min,
        Double max,
        Bands bands,
        Expression formula,
        List<String> references,
        Text recommendation,
        List<Level> levels) {

    /** The fixed options of a {@code yesno} question. */
    public static final List<Option> YES_NO = List.of(
            new Option("yes", Text.of("Oui", "Yes"), 1),
            new Option("no", Text.of("Non", "No"), 0));

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        text = Objects.requireNonNullElse(text, Text.EMPTY);
        help = Objects.requireNonNullElse(help, Text.EMPTY);
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be a number >= 0: " + weight);
        }
        options = type == QuestionType.YESNO ? YES_NO : List.copyOf(Objects.requireNonNullElse(options, List.of()));
        references = List.copyOf(Objects.requireNonNullElse(references, List.of()));
        recommendation = Objects.requireNonNullElse(recommendation, Text.EMPTY);
        unit = Objects.requireNonNullElse(unit, Text.EMPTY);
        levels = List.copyOf(Objects.requireNonNullElse(levels, List.of()));
    }

    /** Whether the question gives a unit (kWh, km per year) to show after its value. */
    public boolean hasUnit() {
        return !unit.isEmpty();
    }

    /** The unit in {@code language} (else French, else any), or the empty string when there is none. */
    public String unit(String language) {
        return unit.get(language);
    }

    public Optional<Expression> appliesWhenExpression() {
        return Optional.ofNullable(appliesWhen);
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** The description of maturity level {@code value}: the question's own, else the scale's. */
    public Text levelDescription(Scale scale, int value) {
        return levels.stream().filter(l -> l.value() == value).map(Level::description).findFirst()
                .orElse(scale.level(value).description());
    }

    /**
     * Whether this type can earn points at all: maturity, single, multiple, yesno, and number/percent
     * with bands. Text, computed and band-less numbers never do.
     */
    public boolean hasScoringRule() {
        return switch (type) {
            case MATURITY, SINGLE, MULTIPLE, YESNO -> true;
            case NUMBER, PERCENT -> bands != null;
            case TEXT, COMPUTED -> false;
        };
    }

    /** The highest points the question can earn (scale's highest level for maturity). */
    public double highestPoints(Scale scale) {
        return switch (type) {
            case MATURITY -> scale.highest();
            case SINGLE, YESNO -> options.stream().mapToDouble(Option::points).max().orElse(0);
            case MULTIPLE -> maxPoints != null ? maxPoints : options.stream().mapToDouble(Option::points).sum();
            case NUMBER, PERCENT -> bands == null ? 0 : bands.highestPoints();
            case TEXT, COMPUTED -> 0;
        };
    }

    /** Scored: weight above 0, a scoring rule, and something to earn. */
    public boolean isScored(Scale scale) {
        return weight > 0 && hasScoringRule() && highestPoints(scale) > 0;
    }
}
