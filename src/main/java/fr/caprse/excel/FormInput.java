package fr.caprse.excel;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.Map;
import java.util.Objects;

/**
 * What a blank form is made from: the questionnaire, and optionally the profile already known, the
 * period, answers already given (carried into the cells) and a campaign's return code.
 * {@code organisation}, {@code period} and {@code returnCode} may be null.
 */
public record FormInput(Questionnaire questionnaire, Organisation organisation, String period,
                        Map<String, Answer> answers, String returnCode) {

    public FormInput {
        Objects.requireNonNull(questionnaire, "questionnaire");
        answers = Map.copyOf(Objects.requireNonNullElse(answers, Map.of()));
        period = period == null || period.isBlank() ? null : period.strip();
        returnCode = returnCode == null || returnCode.isBlank() ? null : returnCode.strip();
    }

    /** A form with nothing filled in. */
    public static FormInput blank(Questionnaire questionnaire) {
        return new FormInput(questionnaire, null, null, Map.of(), null);
    }

    /** A form carrying an assessment's profile, period and answers (the app's "Fill in with Excel…"). */
    public static FormInput of(Questionnaire questionnaire, Assessment assessment) {
        return new FormInput(questionnaire, assessment.organisation(), assessment.period(), assessment.answers(), null);
    }

    /** A campaign's form: the organisation's profile and its return code. */
    public static FormInput forCampaign(Questionnaire questionnaire, Organisation organisation, String period,
                                        String returnCode) {
        return new FormInput(questionnaire, organisation, period, Map.of(), returnCode);
    }
}
