package fr.caprse.application.observatory;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.json.QuestionnaireResolver;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.util.List;
import java.util.Optional;

/**
 * The questionnaires a consolidation checks files against: the files given (any id and version, so an
 * observatory can consolidate old versions and its own questionnaires), then the built-in ones (their
 * exact version).
 */
public final class ObservatoryQuestionnaires {

    private ObservatoryQuestionnaires() {
    }

    public static QuestionnaireResolver resolver(List<Questionnaire> given) {
        List<Questionnaire> copy = List.copyOf(given);
        return (id, version) -> {
            for (Questionnaire q : copy) {
                if (q.id().equals(id) && q.version().equals(version)) {
                    return Optional.of(q);
                }
            }
            return BuiltInQuestionnaires.byId(id).filter(q -> q.version().equals(version));
        };
    }
}
