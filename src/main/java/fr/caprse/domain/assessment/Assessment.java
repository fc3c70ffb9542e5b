package fr.caprse.domain.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One organisation's assessment for one period on one questionnaire version. {@code answers} is keyed
 * by question id. Immutable: the {@code with...} methods return a new assessment.
 */
public record Assessment(String questionnaireId, String questionnaireVersion, Organisation organisation,
                         String period, Instant created, Instant modified, Map<String, Answer> answers,
                         List<Participant> participants, List<Vote> votes, List<Action> actions) {

    public Assessment {
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(period, "period");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(answers, Map.of())));
        for (Map.Entry<String, Answer> entry : answers.entrySet()) {
            if (!entry.getKey().equals(entry.getValue().questionId())) {
                throw new IllegalArgumentException("answer keyed " + entry.getKey() + " is for " + entry.getValue().questionId());
            }
        }
        participants = List.copyOf(Objects.requireNonNullElse(participants, List.of()));
        votes = List.copyOf(Objects.requireNonNullElse(votes, List.of()));
        actions = List.copyOf(Objects.requireNonNullElse(actions, List.of()));
    }

    public static Assessment start(String questionnaireId, String questionnaireVersion, Organisation organisation,
                                   String period, Instant now) {
        return new Assessment(questionnaireId, questionnaireVersion, organisation, period, now, now, Map.of(),
                List.of(), List.of(), List.of());
    }

    public Assessment withAnswer(Answer answer, Instant now) {
        Map<String, Answer> copy = new LinkedHashMap<>(answers);
        copy.put(answer.questionId(), answer);
        return new Assessment(questionnaireId, questionnaireVersion, organisation, period, created, now, copy,
                participants, votes, actions);
    }

    public Assessment withOrganisation(Organisation newOrganisation, Instant now) {
        return new Assessment(questionnaireId, questionnaireVersion, newOrganisation, period, created, now, answers,
                participants, votes, actions);
    }

    public Assessment withActions(List<Action> newActions, Instant now) {
        return new Assessment(questionnaireId, questionnaireVersion, organisation, period, created, now, answers,
                participants, votes, new ArrayList<>(newActions));
    }
}
