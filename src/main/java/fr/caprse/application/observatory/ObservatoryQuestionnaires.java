package fr.caprse.application.observatory;

import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.json.QuestionnaireResolver;

/**
 * The questionnaires a consolidation checks files against: the application's questionnaire source
 * (files the user gave or opened, every built-in version including archived ones, and in the app the
 * ones kept in the database), by exact id and version.
 */
public final class ObservatoryQuestionnaires {

    private ObservatoryQuestionnaires() {
    }

    public static QuestionnaireResolver resolver(QuestionnaireSource source) {
        return (id, version) -> source.find(id, version).map(SourcedQuestionnaire::questionnaire);
    }
}
