package fr.caprse.json;

import static fr.caprse.json.JsonFixtures.QUESTIONNAIRE;
import static fr.caprse.json.JsonFixtures.RESOLVER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing then reading gives back the same assessment, and writing what was read gives the same bytes.
 * Generated assessments hold what a saved file can hold exactly: instants to the second, numbers with a
 * scale of 0 or more, votes in the writer's order (question, then participant list).
 */
class AssessmentJsonProperties {

    @Property(tries = 200)
    void readingWhatWasWrittenGivesTheSameAssessment(@ForAll("assessments") Assessment assessment)
            throws AssessmentFileException {
        byte[] written = AssessmentJson.write(assessment, QUESTIONNAIRE);
        Assessment back = AssessmentJson.read(written, "a.rse.json", RESOLVER);
        assertThat(back).isEqualTo(assessment);
        assertThat(AssessmentJson.write(back, QUESTIONNAIRE)).isEqualTo(written);
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        Arbitrary<Organisation> organisation = Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                text().injectNull(0.5), text().injectNull(0.5),
                Arbitraries.of(OrganisationSize.class).injectNull(0.3),
                Arbitraries.integers().between(0, 5000).injectNull(0.3),
                Arbitraries.of(LegalForm.CODES).injectNull(0.3),
                text().injectNull(0.5),
                Arbitraries.of(true, false).injectNull(0.3)).as(Organisation::new);
        List<Arbitrary<Optional<Answer>>> answers = new ArrayList<>();
        for (Question question : QUESTIONNAIRE.questions()) {
            if (question.type().isAnswered()) {
                answers.add(answer(question));
            }
        }
        Arbitrary<Map<String, Answer>> answerMap = Combinators.combine(answers).as(list -> {
            Map<String, Answer> map = new LinkedHashMap<>();
            list.forEach(a -> a.ifPresent(answer -> map.put(answer.questionId(), answer)));
            return map;
        });
        Arbitrary<List<Participant>> participants = Arbitraries.integers().between(0, 3).flatMap(n -> {
            List<Arbitrary<Participant>> list = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                String id = "p" + i;
                list.add(Combinators.combine(nonBlank(), text().injectNull(0.5)).as((name, role) ->
                        new Participant(id, name, role)));
            }
            return Combinators.combine(list).as(List::copyOf);
        });
        Arbitrary<Action> action = Combinators.combine(
                Arbitraries.of(QUESTIONNAIRE.index().keySet()).injectNull(0.3), nonBlank(), text().injectNull(0.5),
                Arbitraries.integers().between(0, 2000).map(d -> LocalDate.of(2026, 1, 1).plusDays(d)).injectNull(0.3),
                Arbitraries.of(ActionStatus.class)).as(Action::new);
        return Combinators.combine(organisation, nonBlank(), instant().injectNull(0.2), instant().injectNull(0.2),
                answerMap, participants, action.list().ofMaxSize(3), Arbitraries.integers().between(0, 4).list().ofSize(3))
                .as((org, period, created, modified, map, people, actions, levels) -> {
                    List<Vote> votes = new ArrayList<>();
                    for (String questionId : List.of("gov-mission", "con-labels")) {
                        for (int i = 0; i < people.size(); i++) {
                            votes.add(new Vote(questionId, people.get(i).id(), levels.get(i)));
                        }
                    }
                    return new Assessment("rse-rso", "1.0.0", org, period, created, modified, map, people, votes,
                            actions);
                });
    }

    private static Arbitrary<Optional<Answer>> answer(Question question) {
        String id = question.id();
        Arbitrary<AnswerValue> value = switch (question.type()) {
            case MATURITY -> Arbitraries.integers().between(0, 4).map(AnswerValue.LevelValue::new);
            case SINGLE, YESNO -> Arbitraries.of(question.options()).map(o -> new AnswerValue.Choice(o.id()));
            case MULTIPLE -> Arbitraries.subsetOf(question.options().stream().map(Option::id).toList())
                    .map(set -> new AnswerValue.Choices(question.options().stream().map(Option::id)
                            .filter(set::contains).toList()));
            case NUMBER -> number(1_000_000_000L);
            case PERCENT -> number(100);
            case TEXT -> text().map(AnswerValue.TextValue::new);
            case COMPUTED -> throw new IllegalArgumentException(id);
        };
        Arbitrary<Answer> withValue = Combinators.combine(value, text().injectNull(0.6), text().injectNull(0.8),
                text().injectNull(0.7), instant().injectNull(0.6), Arbitraries.of(true, false))
                .as((v, comment, evidence, author, at, flagged) -> new Answer(id, v, false, comment, evidence, author, at,
                        flagged));
        Arbitrary<Answer> commentOnly = text().map(c -> new Answer(id, null, false, c, null, null, null, false));
        Arbitrary<Answer> answer = question.na()
                ? Arbitraries.oneOf(withValue, commentOnly, Arbitraries.just(Answer.notApplicable(id)))
                : Arbitraries.oneOf(withValue, commentOnly);
        return answer.map(Optional::of).injectNull(0.2).map(o -> o == null ? Optional.empty() : o);
    }

    /** Numbers as typed: 0 to 4 decimals (trailing zeros kept), from 0 to {@code max}. */
    private static Arbitrary<AnswerValue> number(long max) {
        return Combinators.combine(Arbitraries.longs().between(0, max * 10_000), Arbitraries.integers().between(0, 4))
                .as((unscaled, scale) -> new BigDecimal(java.math.BigInteger.valueOf(unscaled), scale))
                .filter(x -> x.compareTo(BigDecimal.valueOf(max)) <= 0)
                .map(AnswerValue.NumberValue::new);
    }

    /** Any text, with accents, quotes, control characters, emoji. */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(20),
                Arbitraries.of("Raison d'être", "« guillemets » \"doubles\"", "ligne 1\nligne 2\ttab", "🌱 CO₂", "\\"));
    }

    private static Arbitrary<String> nonBlank() {
        return Arbitraries.strings().alpha().numeric().withChars(' ', 'é', '-').ofMinLength(1).ofMaxLength(15)
                .filter(s -> !s.isBlank());
    }

    private static Arbitrary<Instant> instant() {
        return Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
    }
}
