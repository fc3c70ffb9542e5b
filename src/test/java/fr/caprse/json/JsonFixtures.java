package fr.caprse.json;

import static fr.caprse.domain.questionnaire.QuestionType.COMPUTED;
import static fr.caprse.domain.questionnaire.QuestionType.MATURITY;
import static fr.caprse.domain.questionnaire.QuestionType.MULTIPLE;
import static fr.caprse.domain.questionnaire.QuestionType.NUMBER;
import static fr.caprse.domain.questionnaire.QuestionType.PERCENT;
import static fr.caprse.domain.questionnaire.QuestionType.SINGLE;
import static fr.caprse.domain.questionnaire.QuestionType.TEXT;
import static fr.caprse.domain.questionnaire.QuestionType.YESNO;
import static fr.caprse.domain.scoring.Fixtures.expr;
import static fr.caprse.domain.scoring.Fixtures.option;
import static fr.caprse.domain.scoring.Fixtures.q;
import static fr.caprse.domain.scoring.Fixtures.theme;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Text;
import java.util.List;
import java.util.Optional;

/** A questionnaire with one question of each type, to read and write assessment files against. */
final class JsonFixtures {

    static final Questionnaire QUESTIONNAIRE = new Questionnaire("rse-rso", "1.0.0", List.of("fr", "en"),
            Text.of("RSE", "CSR"), Text.EMPTY, fr.caprse.domain.scoring.Fixtures.SCALE, List.of(
                    theme("gov",
                            q("gov-mission", MATURITY).na().build(),
                            q("gov-board", YESNO).build(),
                            q("gov-form", SINGLE).options(option("none", 0), option("charter", 1), option("statutes", 2))
                                    .build()),
                    theme("sta",
                            q("sta-map", MULTIPLE).options(option("clients", 1), option("suppliers", 1),
                                    option("local-authorities", 1)).build()),
                    theme("env",
                            q("env-energy", NUMBER).range(0.0, null).build(),
                            q("env-share", PERCENT).build(),
                            q("env-per-head", COMPUTED).formula(expr("answer.env-energy / org.employees", c -> null,
                                    "env-energy")).build()),
                    theme("con",
                            q("con-labels", MATURITY).na().build(),
                            q("con-story", TEXT).build())),
            "");

    static final QuestionnaireResolver RESOLVER = (id, version) ->
            id.equals(QUESTIONNAIRE.id()) && version.equals(QUESTIONNAIRE.version())
                    ? Optional.of(QUESTIONNAIRE) : Optional.empty();

    private JsonFixtures() {
    }
}
