package fr.caprse.domain.period;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a new period keeps from the previous one when it moves to another version of the questionnaire:
 * the answers whose question still exists and whose answer still fits it ({@code carried}, review flags
 * cleared: a flag belongs to the period it was raised in), the answers left behind ({@code notCarriedOver}:
 * the question is gone, or asks differently — another type, an option removed, a level or a number out
 * of range, N/A no longer allowed), and the questions the new version asks that the previous one did not
 * ({@code newQuestions}, in questionnaire order; computed questions are not asked, so not listed).
 *
 * <p>Question ids are stable across versions where the meaning is the same; a question whose meaning
 * changed gets a new id, so it is listed as new and its old answer is not carried over.
 */
public record CarryOver(Map<String, Answer> carried, List<String> notCarriedOver, List<String> newQuestions) {

    public CarryOver {
        carried = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(carried));
        notCarriedOver = List.copyOf(notCarriedOver);
        newQuestions = List.copyOf(newQuestions);
    }

    /**
     * Plans the move of {@code answers}, given on {@code previous}, to {@code next}. With the same
     * questionnaire on both sides every fitting answer is kept and nothing is new.
     */
    public static CarryOver plan(Questionnaire previous, Map<String, Answer> answers, Questionnaire next) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        Map<String, Answer> carried = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        for (Answer answer : answers.values()) {
            if (fits(answer, next)) {
                carried.put(answer.questionId(), answer.withFlagged(false));
            } else {
                dropped.add(answer.questionId());
            }
        }
        Set<String> asked = previous.index().keySet();
        List<String> added = new ArrayList<>();
        for (Question question : next.questions()) {
            if (question.type().isAnswered() && !asked.contains(question.id())) {
                added.add(question.id());
            }
        }
        return new CarryOver(carried, dropped, added);
    }

    /**
     * Whether a previous answer is still a valid answer to the question of {@code questionnaire}: the
     * question exists and is asked (not computed); an N/A is allowed there; a value fits it. An answer
     * with only a comment or evidence (no value) fits any asked question.
     */
    public static boolean fits(Answer answer, Questionnaire questionnaire) {
        Question question = questionnaire.question(answer.questionId()).orElse(null);
        if (question == null || !question.type().isAnswered()) {
            return false;
        }
        if (answer.na()) {
            return question.na();
        }
        return answer.value() == null || Evaluation.fittingValue(questionnaire, question, answer.value()) != null;
    }
}
