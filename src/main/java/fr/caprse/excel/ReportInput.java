package fr.caprse.excel;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.Evaluation;
import fr.caprse.domain.scoring.Scorer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a report shows: the questionnaire, the assessment answered on it, its score (from the scoring
 * engine), the values of the {@code computed} questions (question id → number; may be empty), and
 * optionally the previous assessment of the same organisation to compare with.
 */
public record ReportInput(Questionnaire questionnaire, Assessment assessment, AssessmentScore score,
                          Map<String, Double> computedValues, Previous previous) {

    /** The previous assessment's period (e.g. "2025") and its score. */
    public record Previous(String period, AssessmentScore score) {
        public Previous {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(score, "score");
        }
    }

    public ReportInput {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(score, "score");
        computedValues = Map.copyOf(Objects.requireNonNullElse(computedValues, Map.of()));
        if (!assessment.questionnaireId().equals(questionnaire.id())) {
            throw new IllegalArgumentException("the assessment was answered on questionnaire "
                    + assessment.questionnaireId() + ", not " + questionnaire.id());
        }
    }

    public static ReportInput of(Questionnaire questionnaire, Assessment assessment, AssessmentScore score) {
        return new ReportInput(questionnaire, assessment, score, Map.of(), null);
    }

    /**
     * Scores {@code assessment} on {@code questionnaire} with the scoring engine and keeps the values of
     * the computed questions: what the CLI's {@code export} and the app's Export button both report.
     */
    public static ReportInput scored(Questionnaire questionnaire, Assessment assessment) {
        Evaluation evaluation = Evaluation.of(questionnaire, assessment.organisation(), assessment.answers());
        Map<String, Double> computed = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            if (question.type() == QuestionType.COMPUTED && evaluation.value(question.id()) instanceof Number number
                    && Double.isFinite(number.doubleValue())) {
                computed.put(question.id(), number.doubleValue());
            }
        }
        return new ReportInput(questionnaire, assessment, Scorer.score(evaluation), computed, null);
    }

    /** The previous assessment of the same organisation, scored on its own questionnaire. */
    public static Previous previous(Questionnaire questionnaire, Assessment previousAssessment) {
        return new Previous(previousAssessment.period(),
                Scorer.score(questionnaire, previousAssessment.organisation(), previousAssessment.answers()));
    }

    public ReportInput withPrevious(Previous newPrevious) {
        return new ReportInput(questionnaire, assessment, score, computedValues, newPrevious);
    }

    public ReportInput withComputedValues(Map<String, Double> values) {
        return new ReportInput(questionnaire, assessment, score, values, previous);
    }
}
