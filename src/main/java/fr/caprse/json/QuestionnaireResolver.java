package fr.caprse.json;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.Optional;

/**
 * Finds the questionnaire an assessment file names ({@code "questionnaire": {"id", "version"}}), so that
 * its answers can be checked against it: the built-in one, a file the user gave, one kept in the
 * database. Empty when it is not available here.
 */
@FunctionalInterface
public interface QuestionnaireResolver {

    Optional<Questionnaire> resolve(String id, String version);
}
