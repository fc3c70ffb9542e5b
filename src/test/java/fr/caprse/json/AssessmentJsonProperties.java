package fr.caprse.json;

import static fr.caprse.json.JsonFixtures.QUESTIONNAIRE;
import static fr.caprse.json.JsonFixtures.RESOLVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

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
import fr.caprse.testing.Gens;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Writing then reading gives back the same assessment, and writing what was read gives the same bytes.
 * Generated assessments hold what a saved file can hold exactly: instants to the second, numbers with a
 * scale of 0 or more, votes in the writer's order (question, then participant list).
 */
class AssessmentJsonProperties {

    @Test
    void readingWhatWasWrittenGivesTheSameAssessment() {
        qt().withExamples(200).forAll(assessments()).checkAssert(assessment -> {
            byte[] written = AssessmentJson.write(assessment, QUESTIONNAIRE);
            Assessment back;
            try {
                back = AssessmentJson.read(written, "a.rse.json", RESOLVER);
            } catch (AssessmentFileException e) {
                throw new AssertionError(e.getMessage(), e);
            }
            assertThat(back).isEqualTo(assessment);
            assertThat(AssessmentJson.write(back, QUESTIONNAIRE)).isEqualTo(written);
        });
    }

    /** The parts of an organisation profile. */
    private record Profile(String name, String registryId, String sector, OrganisationSize size, Integer employees,
                           String legalForm, String territory, Boolean ess) {
    }

    static Gen<Assessment> assessments() {
        Gen<Profile> firstHalf = Gens.stringsOf(LETTERS, 1, 12).zip(Gens.orNull(text(), 50), Gens.orNull(text(), 50),
                Gens.orNull(Generate.enumValues(OrganisationSize.class), 30),
                (name, registry, sector, size) -> new Profile(name, registry, sector, size, null, null, null, null));
        Gen<Organisation> organisation = firstHalf.zip(Gens.orNull(integers().between(0, 5000), 30),
                Gens.orNull(Generate.pick(List.copyOf(LegalForm.CODES)), 30), Gens.orNull(text(), 50),
                Gens.orNull(Gens.of(true, false), 30),
                (p, employees, legalForm, territory, ess) -> new Organisation(p.name(), p.registryId(), p.sector(),
                        p.size(), employees, legalForm, territory, ess));
        List<Gen<Optional<Answer>>> answers = new ArrayList<>();
        for (Question question : QUESTIONNAIRE.questions()) {
            if (question.type().isAnswered()) {
                answers.add(answer(question));
            }
        }
        Gen<Map<String, Answer>> answerMap = Gens.sequence(answers).map(list -> {
            Map<String, Answer> map = new LinkedHashMap<>();
            list.forEach(a -> a.ifPresent(answer -> map.put(answer.questionId(), answer)));
            return map;
        });
        Gen<List<Participant>> participants = integers().between(0, 3).flatMap(n -> {
            List<Gen<Participant>> list = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                String id = "p" + i;
                list.add(nonBlank().zip(Gens.orNull(text(), 50), (name, role) -> new Participant(id, name, role)));
            }
            return Gens.sequence(list).map(List::copyOf);
        });
        Gen<Action> action = Gens.orNull(Generate.pick(List.copyOf(QUESTIONNAIRE.index().keySet())), 30)
                .zip(nonBlank(), Gens.orNull(text(), 50),
                        Gens.orNull(integers().between(0, 2000).map(d -> LocalDate.of(2026, 1, 1).plusDays(d)), 30),
                        Generate.enumValues(ActionStatus.class), Action::new);
        Gen<Assessment> dated = organisation.zip(nonBlank(), Gens.orNull(instant(), 20), Gens.orNull(instant(), 20),
                (org, period, created, modified) -> new Assessment("rse-rso", "1.0.0", org, period, created, modified,
                        Map.of(), List.of(), List.of(), List.of()));
        return dated.zip(answerMap, participants, Gens.listOf(action, 0, 3), Gens.listOf(integers().between(0, 4), 3, 3),
                (a, map, people, actions, levels) -> {
                    List<Vote> votes = new ArrayList<>();
                    for (String questionId : List.of("gov-mission", "con-labels")) {
                        for (int i = 0; i < people.size(); i++) {
                            votes.add(new Vote(questionId, people.get(i).id(), levels.get(i)));
                        }
                    }
                    return new Assessment(a.questionnaireId(), a.questionnaireVersion(), a.organisation(), a.period(),
                            a.created(), a.modified(), map, people, votes, actions);
                });
    }

    /** The parts of an answer with a value. */
    private record Parts(AnswerValue value, String comment, String evidence, String author) {
    }

    private static Gen<Optional<Answer>> answer(Question question) {
        String id = question.id();
        Gen<AnswerValue> value = switch (question.type()) {
            case MATURITY -> integers().between(0, 4).map(AnswerValue.LevelValue::new);
            case SINGLE, YESNO -> Generate.pick(question.options()).map(o -> new AnswerValue.Choice(o.id()));
            case MULTIPLE -> Gens.subsetOf(question.options().stream().map(Option::id).toList())
                    .map(AnswerValue.Choices::new);
            case NUMBER -> number(1_000_000_000L);
            case PERCENT -> number(100);
            case TEXT -> text().map(AnswerValue.TextValue::new);
            case COMPUTED -> throw new IllegalArgumentException(id);
        };
        Gen<Answer> withValue = value.zip(Gens.orNull(text(), 60), Gens.orNull(text(), 80), Gens.orNull(text(), 70),
                Parts::new).zip(Gens.orNull(instant(), 60), Gens.of(true, false),
                (p, at, flagged) -> new Answer(id, p.value(), false, p.comment(), p.evidence(), p.author(), at, flagged));
        Gen<Answer> commentOnly = text().map(c -> new Answer(id, null, false, c, null, null, null, false));
        Gen<Answer> answer = question.na()
                ? Generate.oneOf(withValue, commentOnly, Generate.constant(Answer.notApplicable(id)))
                : Generate.oneOf(withValue, commentOnly);
        return answer.toOptionals(20);
    }

    /** Numbers as typed: 0 to 4 decimals (trailing zeros kept), from 0 to {@code max}. */
    private static Gen<AnswerValue> number(long max) {
        // the scale first, then an unscaled value that stays within max at that scale
        return integers().between(0, 4).flatMap(scale -> longs().between(0, max * (long) Math.pow(10, scale))
                .map(unscaled -> (AnswerValue) new AnswerValue.NumberValue(
                        new BigDecimal(java.math.BigInteger.valueOf(unscaled), scale))));
    }

    /** Any text, with accents, quotes, control characters, emoji. */
    private static Gen<String> text() {
        return Generate.oneOf(strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 20),
                Gens.of("Raison d'être", "« guillemets » \"doubles\"", "ligne 1\nligne 2\ttab", "🌱 CO₂", "\\"));
    }

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static Gen<String> nonBlank() {
        return Gens.stringsOf(LETTERS + "0123456789é-", 1, 1).zip(Gens.stringsOf(LETTERS + "0123456789 é-", 0, 14),
                (first, rest) -> first + rest);
    }

    private static Gen<Instant> instant() {
        return longs().between(0, 4_000_000_000L).map(seconds -> Instant.ofEpochSecond(seconds));
    }
}
