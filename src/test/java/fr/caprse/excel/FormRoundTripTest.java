package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Evaluation;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in questionnaire: blank form → filled with POI (every question type, N/A, conditional
 * questions, labels in both languages, numbers as text) → read back → the same answers, and the same
 * score as the same answers given directly.
 */
class FormRoundTripTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    static Stream<Arguments> questionnaires() {
        return BuiltInQuestionnaires.all().stream().flatMap(q -> Stream.of(Arguments.of(q.id(), Locale.FRENCH),
                Arguments.of(q.id(), Locale.ENGLISH)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("questionnaires")
    void aFilledFormReadsBackIntoTheSameAnswersAndScore(String id, Locale language) throws Exception {
        Questionnaire questionnaire = BuiltInQuestionnaires.byId(id).orElseThrow();
        Path file = folder.resolve(id + "-" + language + ".xlsx");
        FilledForms.Expected expected;
        try (XSSFWorkbook workbook = new FormWriter(CLOCK).build(FormInput.blank(questionnaire), language)) {
            FilledForms.Filler filler = new FilledForms.Filler(workbook);
            expected = FilledForms.fillEverything(filler, questionnaire, language);
            filler.save(file);
        }
        ImportedWorkbook imported = new WorkbookReader((qid, version) -> Optional.of(questionnaire)).read(file);

        assertThat(imported.kind()).isEqualTo(ImportedWorkbook.Kind.FORM);
        assertThat(imported.sameQuestionnaireContent()).isTrue();
        assertThat(imported.assessment().organisation()).isEqualTo(expected.organisation());
        assertThat(imported.assessment().period()).isEqualTo("2026");
        assertThat(imported.assessment().answers()).containsExactlyInAnyOrderEntriesOf(expected.answers());
        assertThat(Scorer.score(questionnaire, imported.assessment().organisation(), imported.assessment().answers()))
                .isEqualTo(Scorer.score(questionnaire, expected.organisation(), expected.answers()));
        coversEveryCase(questionnaire, expected);
    }

    /** The filling reached what the round trip must show: N/A, and conditional questions both ways. */
    static void coversEveryCase(Questionnaire questionnaire, FilledForms.Expected expected) {
        Evaluation evaluation = Evaluation.of(questionnaire, expected.organisation(), expected.answers());
        assertThat(expected.answers().values()).anyMatch(Answer::na);
        if (questionnaire.questions().stream().anyMatch(q -> q.appliesWhen() != null)) {
            assertThat(questionnaire.questions().stream().filter(q -> q.appliesWhen() != null).map(Question::id))
                    .as("conditional questions that apply").anyMatch(evaluation::applies);
        }
        // the filling answers "no" to the first yes/no question another depends on: those questions drop out
        if (questionnaire.questions().stream().anyMatch(q -> q.appliesWhen() != null && !q.appliesWhen().answerIds().isEmpty())) {
            assertThat(questionnaire.questions().stream().filter(q -> q.appliesWhen() != null).map(Question::id))
                    .as("conditional questions that do not apply").anyMatch(q -> !evaluation.applies(q));
        }
    }
}
