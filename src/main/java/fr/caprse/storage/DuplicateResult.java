package fr.caprse.storage;

import java.util.List;

/**
 * A new assessment started from a previous one: the new assessment; the questions whose previous
 * answer was not carried over because the questionnaire it now uses no longer asks them, or asks them
 * differently (another type, an option that is gone, a level or number out of range, N/A no longer
 * allowed); and the questions that questionnaire asks which the previous one did not.
 */
public record DuplicateResult(AssessmentSummary created, List<String> notCarriedOver, List<String> newQuestions) {
    public DuplicateResult {
        notCarriedOver = List.copyOf(notCarriedOver);
        newQuestions = List.copyOf(newQuestions);
    }
}
