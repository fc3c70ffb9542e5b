package fr.caprse.excel;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An assessment in which every question a person answers has an answer (varied, deterministic), most
 * with a comment and evidence, and an action for a third of them: the largest report a questionnaire
 * gives.
 */
final class CompleteAssessment {

    private CompleteAssessment() {
    }

    static Organisation organisation() {
        return new Organisation("Coopérative des Trois Vallées", "84512345600027", "C16", OrganisationSize.MEDIUM, 64,
                "scop", "Drôme", true);
    }

    static Assessment of(Questionnaire questionnaire, String period, int seed) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Action> actions = new ArrayList<>();
        int i = seed;
        for (Question question : questionnaire.questions()) {
            i++;
            AnswerValue value = value(questionnaire, question, i);
            if (value == null) {
                continue;
            }
            boolean na = question.na() && i % 11 == 0;
            answers.put(question.id(), new Answer(question.id(), na ? null : value, na,
                    i % 3 == 0 ? null : "Point fait en comité le " + (1 + i % 28) + "/10 ; à revoir l’an prochain.",
                    i % 2 == 0 ? "Compte rendu n° " + i : null, "Claire", Instant.parse("2026-11-26T09:30:00Z"), false));
            if (i % 3 == 0) {
                actions.add(new Action(question.id(), "Action de progrès n° " + i, "Yann",
                        LocalDate.of(2027, 1 + i % 12, 15), ActionStatus.values()[i % 4]));
            }
        }
        return new Assessment(questionnaire.id(), questionnaire.version(), organisation(), period,
                Instant.parse("2026-10-01T08:00:00Z"), Instant.parse("2026-11-26T10:00:00Z"), answers, List.of(), List.of(),
                actions);
    }

    private static AnswerValue value(Questionnaire questionnaire, Question question, int i) {
        return switch (question.type()) {
            case MATURITY -> new AnswerValue.LevelValue(i % (questionnaire.scale().highest() + 1));
            case SINGLE, YESNO -> new AnswerValue.Choice(question.options().get(i % question.options().size()).id());
            case MULTIPLE -> new AnswerValue.Choices(question.options().stream()
                    .filter(o -> (o.id().hashCode() + i) % 2 == 0).map(Option::id).toList());
            case NUMBER -> new AnswerValue.NumberValue(number(question, i));
            case PERCENT -> new AnswerValue.NumberValue(BigDecimal.valueOf((i * 37L) % 101));
            case TEXT -> new AnswerValue.TextValue("Réponse rédigée pour " + question.id() + ".");
            case COMPUTED -> null;
        };
    }

    private static BigDecimal number(Question question, int i) {
        double min = question.min() == null ? 0 : question.min();
        double max = question.max() == null ? min + 1000 : question.max();
        // a whole number typed as such (scale 0), within min and max
        return BigDecimal.valueOf((long) Math.ceil(min) + (i * 7919L) % (long) Math.max(1, max - min));
    }
}
