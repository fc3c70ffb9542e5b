package fr.caprse.ui.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.QuestionnaireSource;
import fr.caprse.i18n.I18n;
import fr.caprse.platform.Said;
import fr.caprse.ui.common.Errors;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire validator's messages as the app shows them (« Essayer un fichier de questionnaire… »):
 * in French on a French screen, and in English word for word what {@code validate} prints.
 */
class ValidatorMessagesTest {

    private static final I18n FRENCH = new I18n(Locale.FRENCH);
    private static final I18n ENGLISH = new I18n(Locale.ENGLISH);

    /** Every problem and warning of the broken test files, as checked. */
    private static List<Said> allProblems() throws IOException, URISyntaxException {
        Path folder = Path.of(ValidatorMessagesTest.class.getResource("/questionnaires/broken/").toURI());
        List<Said> said = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                QuestionnaireSource.Checked checked = QuestionnaireSource.withoutDatabase().check(file);
                said.addAll(checked.problems());
                said.addAll(checked.warnings());
            }
        }
        return said;
    }

    @Test
    void inEnglishTheAppSaysWhatValidatePrintsWordForWord() throws Exception {
        List<Said> problems = allProblems();

        assertThat(problems).hasSizeGreaterThan(50);
        for (Said problem : problems) {
            // the same words, its quotes typographic (‘’) where they name something, straight in code to copy
            assertThat(Errors.say(problem, ENGLISH).replace('‘', '\'').replace('’', '\'')).as("the English bundle's words "
                    + "for %s", problem).isEqualTo(problem.toString());
        }
    }

    @Test
    void inFrenchTheCommonProblemsAreSaidInFrench() throws Exception {
        assertThat(french("yaml-indentation.yaml")).endsWith(":8:3: cette ligne n’est pas indentée comme les précédentes "
                + "(le bloc qui commence à la ligne 2) : les clés d’un même niveau commencent à la même colonne");
        assertThat(french("yaml-unclosed-quote.yaml")).endsWith(":6:7: ce texte entre guillemets n’est jamais fermé : "
                + "ajoutez le guillemet fermant à sa fin");
        assertThat(french("unknown-key-typo.yaml")).endsWith(":16:9: question 'q1' : clé inconnue « wieght » "
                + "(vouliez-vous dire « weight » ?) ; clés possibles : id, type, text, help, weight, na, required, "
                + "applies_when, options, max_points, unit, min, max, bands, formula, references, recommendation, levels");
        assertThat(french("condition-yesno-in-french.yaml")).endsWith(":18:37: question « q2 » : applies_when : 'oui' "
                + "ne peut jamais correspondre : answer.q1 est une question oui/non, dont les valeurs sont « yes » et « no » "
                + "quelle que soit la langue ; écrivez 'yes'");
        assertThat(french("duplicate-question-id.yaml")).endsWith(":20:13: question 'q1' : l’identifiant « q1 » est déjà "
                + "celui de la question de la ligne 14 ; chaque question du fichier doit avoir le sien");
        assertThat(french("missing-translation.yaml")).endsWith(":16:15: question 'q1' : text n’a pas de traduction "
                + "« en » (langues : fr, en)");
    }

    @Test
    void aMessageWithoutTranslationStaysAsValidateSaysIt() {
        Said english = Said.english("question 'q1': something the validator says in English only");

        assertThat(Errors.say(english, FRENCH)).isEqualTo("question 'q1': something the validator says in English only");
    }

    private static String french(String name) throws URISyntaxException {
        Path file = Path.of(ValidatorMessagesTest.class.getResource("/questionnaires/broken/" + name).toURI());
        List<Said> problems = QuestionnaireSource.withoutDatabase().check(file).problems();
        assertThat(problems).as(name).isNotEmpty();
        return Errors.say(problems.get(0), FRENCH);
    }
}
