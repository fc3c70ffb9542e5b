package fr.caprse.excel.vsme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.scoring.Evaluation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A complete vsme-basic assessment → the template → import: the same answers. */
class VsmeRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void theFixtureAnswersEveryQuestionThatApplies() {
        Evaluation evaluation = Evaluation.of(VsmeFixtures.questionnaire(), VsmeFixtures.assessment().organisation(),
                VsmeFixtures.assessment().answers());
        for (Question question : VsmeFixtures.questionnaire().questions()) {
            if (question.type() != QuestionType.COMPUTED && evaluation.applies(question.id())) {
                assertThat(evaluation.isAnswered(question.id())).as(question.id()).isTrue();
            }
        }
    }

    @Test
    void exportThenImportGivesTheSameAnswers() throws Exception {
        Path file = folder.resolve("VSME.xlsx");
        VsmeTemplateWriter.Result written = new VsmeTemplateWriter()
                .write(VsmeFixtures.questionnaire(), VsmeFixtures.assessment(), file);
        assertThat(written.notWritten().keySet()).containsExactlyInAnyOrderElementsOf(VsmeFixtures.NOT_WRITTEN);

        VsmeTemplateReader.Result read = new VsmeTemplateReader().read(file, VsmeFixtures.questionnaire());
        assertThat(read.templateVersion()).isEqualTo("1.3.0");
        assertThat(read.organisationName()).isEqualTo("Les Fours de la Drôme");
        assertThat(read.period()).isEqualTo("2025");
        assertThat(comparable(read.answers())).isEqualTo(comparable(expected()));
    }

    static Map<String, AnswerValue> expected() {
        Map<String, AnswerValue> expected = new LinkedHashMap<>(VsmeFixtures.answers());
        expected.keySet().removeAll(VsmeFixtures.NOT_WRITTEN);
        VsmeFixtures.DERIVED_BY_THE_TEMPLATE.forEach(id -> expected.put(id, VsmeFixtures.answers().get(id)));
        // the sites and materials come back as the rows of the template's tables, one a line
        expected.put("b1-sites", VsmeFixtures.text("4 chemin du Moulin, 26400, Crest, France"));
        expected.put("b7-materials", VsmeFixtures.text("farine, 180, metric tonnes (t)"));
        return expected;
    }

    /** Numbers compared by value (2.50 equals 2.5). */
    static Map<String, Object> comparable(Map<String, AnswerValue> answers) {
        Map<String, Object> map = new java.util.TreeMap<>();
        answers.forEach((id, value) -> map.put(id, value instanceof AnswerValue.NumberValue n
                ? n.number().stripTrailingZeros().toPlainString() : value));
        return map;
    }
}
