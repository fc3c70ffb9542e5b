package fr.caprse.application.authoring;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Bands;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.excel.ReportInput;
import fr.caprse.excel.ReportWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Locale;

/**
 * A sample report of a questionnaire, before any client answers it: an example organisation answers every
 * question with varied example values (every level of the scale, options, yes and no, figures inside the
 * bands), so an author sees in the real report how each theme, chart and recommendation comes out.
 */
public final class QuestionnairePreview {

    private QuestionnairePreview() {
    }

    /** The example organisation: small enough to be an SME, a cooperative so that member questions show too. */
    public static Organisation exampleOrganisation(String language) {
        return new Organisation(language.equals("en") ? "Example organisation" : "Organisation exemple", null,
                "88.99", OrganisationSize.SMALL, 25, "scop", null, Boolean.TRUE);
    }

    /** An assessment of {@code questionnaire} by the example organisation, every question answered. */
    public static Assessment exampleAssessment(Questionnaire questionnaire, String language, Instant now) {
        Assessment assessment = Assessment.start(questionnaire.id(), questionnaire.version(),
                exampleOrganisation(language), String.valueOf(Year.now().getValue()), now);
        List<Question> questions = questionnaire.questions();
        for (int i = 0; i < questions.size(); i++) {
            AnswerValue value = example(questions.get(i), i, questionnaire.scale().highest(), language);
            if (value != null) {
                assessment = assessment.withAnswer(Answer.of(questions.get(i).id(), value), now);
            }
        }
        return assessment;
    }

    /** Writes the sample report of {@code questionnaire} in {@code language} to {@code target}, whole or not at all. */
    public static void write(Questionnaire questionnaire, String language, Path target) throws IOException {
        Assessment example = exampleAssessment(questionnaire, language, Instant.now());
        new ReportWriter().write(ReportInput.scored(questionnaire, example), Locale.forLanguageTag(language), target);
    }

    /** The i-th question's example answer: values spread so the report shows every kind of result. */
    static AnswerValue example(Question question, int i, int highestLevel, String language) {
        return switch (question.type()) {
            case MATURITY -> new AnswerValue.LevelValue(i % (highestLevel + 1));
            case SINGLE -> new AnswerValue.Choice(question.options().get(i % question.options().size()).id());
            case MULTIPLE -> {
                List<Option> options = question.options();
                yield new AnswerValue.Choices(options.subList(0, Math.max(1, (options.size() + 1) / 2)).stream()
                        .map(Option::id).toList());
            }
            case YESNO -> new AnswerValue.Choice(i % 3 == 2 ? "no" : "yes");
            case NUMBER, PERCENT -> new AnswerValue.NumberValue(BigDecimal.valueOf(figure(question, i)));
            case TEXT -> new AnswerValue.TextValue(language.equals("en") ? "An example answer." : "Une réponse d’exemple.");
            case COMPUTED -> null;
        };
    }

    /** A figure inside the question's bounds, in one of its bands when it has some. */
    private static double figure(Question question, int i) {
        double min = question.min() != null ? question.min() : 0;
        double max = question.max() != null ? question.max() : question.type() == fr.caprse.domain.questionnaire.QuestionType.PERCENT ? 100 : min + 100;
        Bands bands = question.bands();
        double value;
        if (bands != null && !bands.bands().isEmpty()) {
            Bands.Band band = bands.bands().get(i % bands.bands().size());
            value = band.bound();
        } else {
            value = min + (max - min) * ((i * 37) % 100) / 100.0;
        }
        return Math.max(min, Math.min(max, Math.round(value * 10) / 10.0));
    }
}
