package fr.caprse.json;

import static fr.caprse.json.JsonFixtures.QUESTIONNAIRE;
import static fr.caprse.json.JsonFixtures.RESOLVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AssessmentJsonTest {

    private static final String FILE = "atelier.rse.json";

    static Assessment example() {
        Organisation org = new Organisation("Atelier du Val", "12345678900012", "C25", OrganisationSize.SMALL, 23,
                "SCOP", "Drôme", true);
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("con-labels", new Answer("con-labels", null, true, "B2B only", null, null, null, false));
        answers.put("gov-mission", new Answer("gov-mission", new AnswerValue.LevelValue(3), false,
                "Raison d'être voted in 2024", "statuts-2024.pdf", "Claire", Instant.parse("2026-11-26T09:41:07Z"),
                true));
        answers.put("env-energy", Answer.of("env-energy", new AnswerValue.NumberValue(new BigDecimal("182.50"))));
        answers.put("sta-map", Answer.of("sta-map", new AnswerValue.Choices(
                List.of("clients", "suppliers", "local-authorities"))));
        answers.put("gov-board", Answer.of("gov-board", new AnswerValue.Choice("yes")));
        answers.put("con-story", Answer.of("con-story", new AnswerValue.TextValue("Ligne 1\n« guillemets » \"ok\"")));
        answers.put("env-share", new Answer("env-share", null, false, "to be measured", null, null, null, false));
        return new Assessment("rse-rso", "1.0.0", org, "2026", Instant.parse("2026-11-26T09:30:00Z"),
                Instant.parse("2026-11-26T10:12:41Z"), answers,
                List.of(new Participant("p1", "Claire", "gérante"), new Participant("p2", "Malik", null)),
                List.of(new Vote("gov-mission", "p1", 2), new Vote("gov-mission", "p2", 3)),
                List.of(new Action("env-energy", "Relever les compteurs chaque mois", "Malik", LocalDate.parse("2027-06-30"),
                        ActionStatus.TODO), new Action(null, "Publier le rapport", null, null, ActionStatus.DOING)));
    }

    private static String written(Assessment assessment) {
        return new String(AssessmentJson.write(assessment, QUESTIONNAIRE), StandardCharsets.UTF_8);
    }

    private static Assessment read(String json) throws AssessmentFileException {
        return AssessmentJson.read(json.getBytes(StandardCharsets.UTF_8), FILE, RESOLVER);
    }

    @Nested
    class Writing {

        @Test
        void writesKeysInTheContractsOrderWithAnswersInQuestionnaireOrder() {
            assertThat(written(example())).isEqualTo("""
                    {
                      "format": "cap-rse/assessment@1",
                      "questionnaire": {
                        "id": "rse-rso",
                        "version": "1.0.0"
                      },
                      "organisation": {
                        "name": "Atelier du Val",
                        "id": "12345678900012",
                        "sector": "C25",
                        "size": "small",
                        "employees": 23,
                        "legal_form": "scop",
                        "territory": "Drôme",
                        "ess": true
                      },
                      "period": "2026",
                      "created": "2026-11-26T09:30:00Z",
                      "modified": "2026-11-26T10:12:41Z",
                      "answers": {
                        "gov-mission": {
                          "value": 3,
                          "comment": "Raison d'être voted in 2024",
                          "evidence": "statuts-2024.pdf",
                          "flagged": true,
                          "author": "Claire",
                          "answered_at": "2026-11-26T09:41:07Z"
                        },
                        "gov-board": {
                          "value": "yes"
                        },
                        "sta-map": {
                          "value": [
                            "clients",
                            "suppliers",
                            "local-authorities"
                          ]
                        },
                        "env-energy": {
                          "value": 182.50
                        },
                        "env-share": {
                          "comment": "to be measured"
                        },
                        "con-labels": {
                          "na": true,
                          "comment": "B2B only"
                        },
                        "con-story": {
                          "value": "Ligne 1\\n« guillemets » \\"ok\\""
                        }
                      },
                      "participants": [
                        {
                          "id": "p1",
                          "name": "Claire",
                          "role": "gérante"
                        },
                        {
                          "id": "p2",
                          "name": "Malik"
                        }
                      ],
                      "votes": {
                        "gov-mission": {
                          "p1": 2,
                          "p2": 3
                        }
                      },
                      "actions": [
                        {
                          "question": "env-energy",
                          "title": "Relever les compteurs chaque mois",
                          "owner": "Malik",
                          "due": "2027-06-30",
                          "status": "todo"
                        },
                        {
                          "title": "Publier le rapport",
                          "status": "doing"
                        }
                      ]
                    }
                    """);
        }

        @Test
        void aMinimalAssessmentLeavesAbsentPartsOut() {
            Assessment assessment = Assessment.start("rse-rso", "1.0.0", Organisation.named("Fournil"), "2026", null);
            assertThat(written(assessment)).isEqualTo("""
                    {
                      "format": "cap-rse/assessment@1",
                      "questionnaire": {
                        "id": "rse-rso",
                        "version": "1.0.0"
                      },
                      "organisation": {
                        "name": "Fournil"
                      },
                      "period": "2026",
                      "answers": {}
                    }
                    """);
        }

        @Test
        void twoSavesAreByteIdenticalWhateverTheOrderOfAnswersAndVotes() {
            Assessment assessment = example();
            List<Map.Entry<String, Answer>> entries = new ArrayList<>(assessment.answers().entrySet());
            Collections.reverse(entries);
            Map<String, Answer> reversed = new LinkedHashMap<>();
            entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));
            List<Vote> votes = new ArrayList<>(assessment.votes());
            Collections.reverse(votes);
            Assessment reordered = new Assessment(assessment.questionnaireId(), assessment.questionnaireVersion(),
                    assessment.organisation(), assessment.period(), assessment.created(), assessment.modified(),
                    reversed, assessment.participants(), votes, assessment.actions());
            assertThat(AssessmentJson.write(reordered, QUESTIONNAIRE))
                    .isEqualTo(AssessmentJson.write(assessment, QUESTIONNAIRE))
                    .isEqualTo(AssessmentJson.write(example(), QUESTIONNAIRE));
        }

        @Test
        void datesAreWrittenInUtcToTheSecond() {
            Assessment assessment = Assessment.start("rse-rso", "1.0.0", Organisation.named("Fournil"), "2026",
                    Instant.parse("2026-11-26T09:30:00.123456Z"));
            assertThat(written(assessment)).contains("\"created\": \"2026-11-26T09:30:00Z\"");
        }

        @Test
        void numbersAreWrittenExactlyAsTyped() {
            Assessment assessment = example().withAnswer(
                    Answer.of("env-energy", new AnswerValue.NumberValue(new BigDecimal("1E+3"))), Instant.EPOCH);
            assertThat(written(assessment)).contains("\"value\": 1000\n");
            assessment = example().withAnswer(
                    Answer.of("env-energy", new AnswerValue.NumberValue(new BigDecimal("0.000012300"))), Instant.EPOCH);
            assertThat(written(assessment)).contains("\"value\": 0.000012300\n");
        }

        @Test
        void answersToQuestionsTheQuestionnaireLacksComeLastSoNothingIsLost() {
            Assessment assessment = example().withAnswer(Answer.of("zz-old", new AnswerValue.LevelValue(1)), Instant.EPOCH)
                    .withAnswer(Answer.of("aa-old", new AnswerValue.LevelValue(1)), Instant.EPOCH);
            String json = written(assessment);
            assertThat(json.indexOf("\"con-story\"")).isLessThan(json.indexOf("\"aa-old\""));
            assertThat(json.indexOf("\"aa-old\"")).isLessThan(json.indexOf("\"zz-old\""));
        }

        @Test
        void refusesAQuestionnaireOtherThanTheAssessments() {
            Assessment assessment = Assessment.start("vsme-basic", "1.0.0", Organisation.named("Fournil"), "2026", null);
            assertThatThrownBy(() -> AssessmentJson.write(assessment, QUESTIONNAIRE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vsme-basic");
        }
    }

    @Nested
    class Reading {

        @Test
        void readsBackWhatWasWritten() throws AssessmentFileException {
            Assessment assessment = example();
            Assessment back = AssessmentJson.read(AssessmentJson.write(assessment, QUESTIONNAIRE), FILE, RESOLVER);
            assertThat(back).isEqualTo(assessment);
            assertThat(back.answers().keySet()).containsExactly("gov-mission", "gov-board", "sta-map", "env-energy",
                    "env-share", "con-labels", "con-story");
            assertThat(((AnswerValue.NumberValue) back.answers().get("env-energy").value()).number())
                    .hasToString("182.50");
        }

        @Test
        void readsTheContractsExample() throws AssessmentFileException {
            Assessment assessment = read("""
                    {
                      "format": "cap-rse/assessment@1",
                      "questionnaire": { "id": "rse-rso", "version": "1.0.0" },
                      "organisation": {
                        "name": "Atelier du Val", "id": "SIRET or any registry id, optional",
                        "sector": "C25", "size": "small", "employees": 23,
                        "legal_form": "SCOP", "territory": "Drôme", "ess": true
                      },
                      "period": "2026",
                      "created": "2026-11-26T09:30:00Z",
                      "modified": "2026-11-26T10:12:41Z",
                      "answers": {
                        "gov-mission":   { "value": 3, "comment": "Raison d'être voted in 2024" },
                        "env-energy":    { "value": 182.5 },
                        "sta-map":       { "value": ["clients", "suppliers", "local-authorities"] },
                        "con-labels":    { "na": true, "comment": "B2B only" }
                      },
                      "participants": [ { "id": "p1", "name": "…", "role": "…" }, { "id": "p2", "name": "…" } ],
                      "votes":        { "gov-mission": { "p1": 2, "p2": 3 } },
                      "actions": [
                        { "question": "env-energy", "title": "…", "owner": "…", "due": "2027-06-30", "status": "todo" }
                      ]
                    }
                    """);
            assertThat(assessment.organisation().legalForm()).isEqualTo("scop");
            assertThat(assessment.answers()).hasSize(4);
            assertThat(assessment.answers().get("con-labels").na()).isTrue();
            assertThat(assessment.answers().get("gov-mission").value()).isEqualTo(new AnswerValue.LevelValue(3));
            assertThat(assessment.votes()).containsExactly(new Vote("gov-mission", "p1", 2),
                    new Vote("gov-mission", "p2", 3));
            assertThat(assessment.actions().get(0).due()).isEqualTo(LocalDate.parse("2027-06-30"));
            assertThat(assessment.created()).isEqualTo(Instant.parse("2026-11-26T09:30:00Z"));
        }

        @Test
        void acceptsOffsetsAndNullForAbsentParts() throws AssessmentFileException {
            Assessment assessment = read(minimal("""
                    "created": "2026-11-26T10:30:00+01:00",
                      "answers": { "gov-board": { "value": null, "comment": "à voir", "na": false } },
                      "participants": null
                    """));
            assertThat(assessment.created()).isEqualTo(Instant.parse("2026-11-26T09:30:00Z"));
            assertThat(assessment.answers().get("gov-board").isAnswered()).isFalse();
            assertThat(assessment.answers().get("gov-board").comment()).isEqualTo("à voir");
        }
    }

    /** The header every test file shares, followed by {@code rest} (top-level keys, no leading comma). */
    static String minimal(String rest) {
        return """
                {
                  "format": "cap-rse/assessment@1",
                  "questionnaire": { "id": "rse-rso", "version": "1.0.0" },
                  "organisation": { "name": "Atelier du Val" },
                  "period": "2026",
                """ + "  " + rest + "}\n";
    }

    static String answers(String answers) {
        return minimal("\"answers\": {\n    " + answers + "\n  }\n");
    }

    static List<FileProblem> problems(String json) {
        AssessmentFileException e = catchThrowableOfType(AssessmentFileException.class, () -> read(json));
        assertThat(e).as("reading should fail").isNotNull();
        return e.problems();
    }

    /** The one problem reading {@code json} raises. */
    static FileProblem problem(String json) {
        List<FileProblem> problems = problems(json);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo(FILE);
        return problems.get(0);
    }

    @Nested
    class StrictReading {

        @Test
        void unknownFormat() {
            FileProblem problem = problem(minimal("\"answers\": {}\n").replace("assessment@1", "assessment@2"));
            assertThat(problem.message()).contains("unknown format \"cap-rse/assessment@2\"");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(13);
        }

        @Test
        void missingFormat() {
            assertThat(problem("{\"name\": \"x\"}").message()).contains("\"format\" is missing");
        }

        @Test
        void notJsonNamesLineAndColumn() {
            FileProblem problem = problem(answers("\"gov-board\": { \"value\": \"yes\" },,"));
            assertThat(problem.message()).startsWith("not valid JSON");
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.toString()).startsWith(FILE + ":7:");
        }

        @Test
        void emptyFile() {
            assertThat(problem("").message()).contains("empty");
        }

        @Test
        void unknownTopLevelKey() {
            FileProblem problem = problem(minimal("\"answer\": {}\n"));
            assertThat(problem.message()).contains("unknown key \"answer\"").contains("did you mean \"answers\"");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.column()).isEqualTo(3);
        }

        @Test
        void unknownQuestionId() {
            FileProblem problem = problem(answers("\"gov-misson\": { \"value\": 3 }"));
            assertThat(problem.questionId()).isEqualTo("gov-misson");
            assertThat(problem.message()).contains("no such question in rse-rso 1.0.0")
                    .contains("did you mean \"gov-mission\"");
            assertThat(problem.toString()).startsWith(FILE + ":7:5: question gov-misson: ");
        }

        @Test
        void unknownKeyInAnAnswer() {
            FileProblem problem = problem(answers("\"gov-board\": { \"value\": \"yes\", \"coment\": \"x\" }"));
            assertThat(problem.questionId()).isEqualTo("gov-board");
            assertThat(problem.message()).contains("unknown key \"coment\"").contains("did you mean \"comment\"");
        }

        @Test
        void maturityLevelMustBeAWholeLevelOnTheScale() {
            assertThat(problem(answers("\"gov-mission\": { \"value\": 7 }")))
                    .satisfies(p -> assertThat(p.questionId()).isEqualTo("gov-mission"))
                    .satisfies(p -> assertThat(p.message()).contains("level from 0 to 4, found 7"));
            assertThat(problem(answers("\"gov-mission\": { \"value\": 2.5 }")).message()).contains("found 2.5");
            assertThat(problem(answers("\"gov-mission\": { \"value\": 3.0 }")).message()).contains("found 3.0");
            assertThat(problem(answers("\"gov-mission\": { \"value\": \"3\" }")).message()).contains("found a text");
        }

        @Test
        void choiceMustBeAnExistingOption() {
            FileProblem problem = problem(answers("\"gov-form\": { \"value\": \"statute\" }"));
            assertThat(problem.questionId()).isEqualTo("gov-form");
            assertThat(problem.message()).contains("option \"statute\" does not exist")
                    .contains("did you mean \"statutes\"").contains("options: none, charter, statutes");
            assertThat(problem(answers("\"gov-board\": { \"value\": true }")).message())
                    .contains("one option id (yes, no), found true");
        }

        @Test
        void multipleMustBeAListOfExistingOptionsEachOnce() {
            assertThat(problem(answers("\"sta-map\": { \"value\": \"clients\" }")).message())
                    .contains("list of option ids");
            FileProblem unknown = problem(answers("\"sta-map\": { \"value\": [\"clients\", \"banks\"] }"));
            assertThat(unknown.questionId()).isEqualTo("sta-map");
            assertThat(unknown.message()).contains("option \"banks\" does not exist");
            assertThat(problem(answers("\"sta-map\": { \"value\": [\"clients\", \"clients\"] }")).message())
                    .contains("chosen twice");
            assertThat(problem(answers("\"sta-map\": { \"value\": [1] }")).message()).contains("found a number");
        }

        @Test
        void numberMustBeANumberWithinMinAndMax() {
            assertThat(problem(answers("\"env-energy\": { \"value\": \"182\" }")).message())
                    .contains("the answer is a number, found a text");
            FileProblem below = problem(answers("\"env-energy\": { \"value\": -0.5 }"));
            assertThat(below.questionId()).isEqualTo("env-energy");
            assertThat(below.message()).contains("-0.5 is below the minimum 0");
            assertThat(problem(answers("\"env-share\": { \"value\": 100.01 }")).message())
                    .contains("100.01 is above the maximum 100");
            assertThat(problem(answers("\"env-energy\": { \"value\": 1e-40 }")).message()).contains("too many digits");
        }

        @Test
        void textMustBeAText() {
            assertThat(problem(answers("\"con-story\": { \"value\": [\"a\"] }")).message())
                    .contains("the answer is a text, found a list");
        }

        @Test
        void valueAndNaTogether() {
            FileProblem problem = problem(answers("\"gov-mission\": { \"value\": 2, \"na\": true }"));
            assertThat(problem.questionId()).isEqualTo("gov-mission");
            assertThat(problem.message()).contains("either a \"value\" or \"na\": true, not both");
        }

        @Test
        void naWhereTheQuestionnaireDoesNotOfferIt() {
            FileProblem problem = problem(answers("\"gov-board\": { \"na\": true }"));
            assertThat(problem.questionId()).isEqualTo("gov-board");
            assertThat(problem.message()).contains("\"na\": true is not allowed");
        }

        @Test
        void computedQuestionsTakeNoAnswer() {
            assertThat(problem(answers("\"env-per-head\": { \"value\": 3 }")).message())
                    .contains("computed from other answers");
        }

        @Test
        void badDates() {
            assertThat(problem(minimal("\"created\": \"26/11/2026\"\n")).message())
                    .contains("created \"26/11/2026\" is not a date and time such as 2026-11-26T09:30:00Z");
            FileProblem answeredAt = problem(answers("\"gov-board\": { \"value\": \"yes\", \"answered_at\": \"hier\" }"));
            assertThat(answeredAt.questionId()).isEqualTo("gov-board");
            assertThat(answeredAt.message()).contains("answered_at \"hier\"");
            FileProblem due = problem(minimal("\"actions\": [ { \"question\": \"gov-board\", \"title\": \"t\", \"due\": \"2027-13-01\" } ]\n"));
            assertThat(due.questionId()).isEqualTo("gov-board");
            assertThat(due.message()).contains("is not a date such as 2027-06-30");
        }

        @Test
        void answerGivenTwice() {
            FileProblem problem = problem(answers("\"gov-board\": { \"value\": \"yes\" }, \"gov-board\": { \"value\": \"no\" }"));
            assertThat(problem.questionId()).isEqualTo("gov-board");
            assertThat(problem.message()).contains("given twice");
        }

        @Test
        void organisationIsChecked() {
            List<FileProblem> problems = problems(minimal("\"answers\": {}\n")
                    .replace("{ \"name\": \"Atelier du Val\" }",
                            "{ \"name\": \" \", \"size\": \"tiny\", \"employees\": -1, \"legal_form\": \"GmbH\", \"ess\": \"yes\", \"siret\": \"1\" }"));
            assertThat(problems).extracting(FileProblem::message).anySatisfy(m -> assertThat(m).contains("organisation.name"))
                    .anySatisfy(m -> assertThat(m).contains("organisation.size \"tiny\" is unknown; use one of micro, small, medium, large"))
                    .anySatisfy(m -> assertThat(m).contains("organisation.employees must be a whole number"))
                    .anySatisfy(m -> assertThat(m).contains("organisation.legal_form \"GmbH\" is unknown"))
                    .anySatisfy(m -> assertThat(m).contains("organisation.ess must be true or false"))
                    .anySatisfy(m -> assertThat(m).contains("unknown key \"siret\" in organisation"));
        }

        @Test
        void frenchLegalFormsAndNafCodesAreReadAndTheFormIsWrittenBackAsWritten() throws AssessmentFileException {
            Assessment assessment = read(minimal("\"answers\": {}\n").replace("{ \"name\": \"Atelier du Val\" }",
                    "{ \"name\": \"Scierie du Vercors\", \"sector\": \"1623Z\", \"legal_form\": \"SARL\" }"));
            assertThat(assessment.organisation().legalForm()).isEqualTo("SARL");
            assertThat(assessment.organisation().legalFormCode()).isEqualTo("company");
            assertThat(assessment.organisation().sector()).isEqualTo("16.23Z");
            String written = new String(AssessmentJson.write(assessment, QUESTIONNAIRE), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(written).contains("\"SARL\"").contains("\"16.23Z\"");
        }

        @Test
        void questionnaireThatIsNotAvailable() {
            FileProblem problem = problem(minimal("\"answers\": { \"whatever\": {} }\n").replace("1.0.0", "9.9.9"));
            assertThat(problem.message()).contains("questionnaire rse-rso version 9.9.9 is not available here");
        }

        @Test
        void votesAreForMaturityQuestionsByParticipants() {
            String participants = "\"participants\": [ { \"id\": \"p1\", \"name\": \"Claire\" } ],\n  ";
            FileProblem stranger = problem(minimal(participants + "\"votes\": { \"gov-mission\": { \"p9\": 2 } }\n"));
            assertThat(stranger.questionId()).isEqualTo("gov-mission");
            assertThat(stranger.message()).contains("vote by \"p9\", who is not among the participants");
            assertThat(problem(minimal(participants + "\"votes\": { \"gov-board\": { \"p1\": 1 } }\n")).message())
                    .contains("votes are for maturity questions; this one is yesno");
            assertThat(problem(minimal(participants + "\"votes\": { \"gov-mission\": { \"p1\": 5 } }\n")).message())
                    .contains("level from 0 to 4, found 5");
            assertThat(problem(minimal(participants + "\"votes\": { \"gov-misson\": { \"p1\": 1 } }\n")).questionId())
                    .isEqualTo("gov-misson");
        }

        @Test
        void actionsAreChecked() {
            List<FileProblem> problems = problems(minimal(
                    "\"actions\": [ { \"question\": \"gov-bord\", \"title\": \"\", \"status\": \"later\" }, 3 ]\n"));
            assertThat(problems).extracting(FileProblem::message)
                    .anySatisfy(m -> assertThat(m).contains("refers to a question that is not in rse-rso 1.0.0"))
                    .anySatisfy(m -> assertThat(m).contains("an action needs a title"))
                    .anySatisfy(m -> assertThat(m).contains("actions.status \"later\" is unknown; use one of todo, doing, done, dropped"))
                    .anySatisfy(m -> assertThat(m).contains("an action is an object"));
            assertThat(problems.get(0).questionId()).isEqualTo("gov-bord");
        }

        @Test
        void everyProblemIsReportedInFileOrderAndNothingIsRead() {
            List<FileProblem> problems = problems(answers("""
                    "gov-mission": { "value": 9 },
                        "gov-board": { "value": "maybe" },
                        "env-energy": { "value": -1 },
                        "ghost": { "value": 1 }"""));
            assertThat(problems).extracting(FileProblem::questionId)
                    .containsExactly("gov-mission", "gov-board", "env-energy", "ghost");
            assertThat(problems).extracting(FileProblem::line).containsExactly(7, 8, 9, 10);
        }

        @Test
        void theExceptionMessageListsEveryProblemOnItsOwnLine() {
            AssessmentFileException e = catchThrowableOfType(AssessmentFileException.class,
                    () -> read(answers("\"gov-mission\": { \"value\": 9 }, \"ghost\": {}")));
            assertThat(e.getMessage().split("\n")).hasSize(2);
            assertThat(e.getMessage()).startsWith(FILE + ":7:").contains("question gov-mission: ").contains("question ghost: ");
        }
    }
}
