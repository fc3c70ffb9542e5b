package fr.caprse.application.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Absence;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.domain.workshop.Workshop;
import fr.caprse.domain.workshop.WorkshopException;
import fr.caprse.domain.workshop.WorkshopException.Kind;
import fr.caprse.json.AssessmentJson;
import fr.caprse.storage.Database;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workshop use cases on a real database in a temporary folder, with the built-in rse-express. */
class WorkshopServiceTest {

    static final Instant NOW = Instant.parse("2026-11-28T14:00:00Z");
    static final Organisation ORGANISATION = new Organisation("Coopérative des Monts", null, null, null, 14, "scop", null, true);

    @TempDir
    Path dataDir;

    private Database database;
    private WorkshopService service;
    private Questionnaire questionnaire;
    private long assessmentId;
    private Workshop workshop;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        database = Database.open(dataDir);
        questionnaire = BuiltInQuestionnaires.byId("rse-express").orElseThrow();
        long organisationId = database.organisations().create(ORGANISATION).id();
        assessmentId = database.assessments().create(organisationId, "2026", questionnaire,
                BuiltInQuestionnaires.content("rse-express")).id();
        service = new WorkshopService(database, clock);
        workshop = service.open(assessmentId, questionnaire);
        workshop = service.addParticipant(assessmentId, workshop, "Anne", "gérante", "management");
        workshop = service.addParticipant(assessmentId, workshop, "Bruno", null, "employees");
        workshop = service.addParticipant(assessmentId, workshop, "Chloé", "déléguée", "staff-representatives");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Workshop reopened() {
        return service.open(assessmentId, questionnaire);
    }

    @Test
    void participantsVotesAndAbsencesAreSavedAsTheyAreEntered() {
        workshop = service.recordVote(assessmentId, workshop, "xgov-purpose", "p1", 3);
        workshop = service.recordVote(assessmentId, workshop, "xgov-purpose", "p2", 1);
        workshop = service.setPresence(assessmentId, workshop, "xgov-purpose", "p3", false);
        workshop = service.recordVote(assessmentId, workshop, "xgov-objectives", "p3", 2);
        workshop = service.clearVote(assessmentId, workshop, "xgov-purpose", "p2");

        Workshop saved = reopened();
        assertThat(saved.participants()).containsExactly(
                new Participant("p1", "Anne", "gérante", "management", false),
                new Participant("p2", "Bruno", null, "employees", false),
                new Participant("p3", "Chloé", "déléguée", "staff-representatives", false));
        assertThat(saved.votesOn("xgov-purpose")).containsExactly(java.util.Map.entry("p1", 3));
        assertThat(saved.votesOn("xgov-objectives")).containsEntry("p3", 2);
        assertThat(saved.absences()).containsExactly(new Absence("xgov-purpose", "p3"));
        assertThat(saved).isEqualTo(workshop);
    }

    @Test
    void aRefusedVoteWritesNothing() {
        workshop = service.setPresence(assessmentId, workshop, "xgov-purpose", "p2", false);
        Workshop before = workshop;
        assertThatThrownBy(() -> service.recordVote(assessmentId, before, "xgov-purpose", "p2", 2))
                .isInstanceOf(WorkshopException.class).hasMessageContaining("Bruno is marked absent for xgov-purpose");
        assertThatThrownBy(() -> service.recordVote(assessmentId, before, "xgov-purpose", "p1", 7))
                .hasMessage("Level 7 is not on the scale of xgov-purpose: a vote is a level from 0 to 4.");
        assertThatThrownBy(() -> service.addParticipant(assessmentId, before, "anne", null, null))
                .extracting(e -> ((WorkshopException) e).kind()).isEqualTo(Kind.DUPLICATE_NAME);
        assertThat(reopened()).isEqualTo(before);
        assertThat(reopened().votes()).isEmpty();
    }

    @Test
    void aParticipantRemovedAfterVotingIsKeptWithTheirVotesAcrossARestart() {
        workshop = service.recordVote(assessmentId, workshop, "xgov-purpose", "p2", 1);
        workshop = service.removeParticipant(assessmentId, workshop, "p2");
        workshop = service.removeParticipant(assessmentId, workshop, "p3");   // never voted: gone
        Workshop saved = reopened();
        assertThat(saved.participants()).extracting(Participant::name, Participant::removed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anne", false), org.assertj.core.groups.Tuple.tuple("Bruno", true));
        assertThat(saved.votesOn("xgov-purpose")).containsEntry("p2", 1);
    }

    @Test
    void theConsensusIsTheAnswerScoringUsesAndAnUnresolvedQuestionStaysUnanswered() {
        workshop = service.recordVote(assessmentId, workshop, "xgov-purpose", "p1", 4);
        workshop = service.recordVote(assessmentId, workshop, "xgov-purpose", "p2", 1);
        workshop = service.recordVote(assessmentId, workshop, "xgov-purpose", "p3", 2);
        workshop = service.recordVote(assessmentId, workshop, "xgov-objectives", "p1", 3);
        assertThat(workshop.spread("xgov-purpose").suggestedLevel()).isEqualTo(2);
        Answer answer = service.resolve(assessmentId, workshop, null, "xgov-purpose", 2, "Written in 2019, never shared", "consultant");
        assertThat(answer.comment()).isEqualTo("Written in 2019, never shared");

        Assessment saved = database.assessments().load(assessmentId).orElseThrow();
        assertThat(saved.answers()).containsOnlyKeys("xgov-purpose");
        assertThat(saved.answers().get("xgov-purpose").value()).isEqualTo(new AnswerValue.LevelValue(2));
        assertThat(saved.answers().get("xgov-purpose").answeredAt()).isEqualTo(NOW);
        // xgov-objectives has a vote but no consensus: not answered, so it scores 0, not the vote
        assertThat(Scorer.score(questionnaire, ORGANISATION, saved.answers()).question("xgov-objectives").orElseThrow().answered())
                .isFalse();
        assertThatThrownBy(() -> service.resolve(assessmentId, workshop, null, "xgov-reporting", 1, null, null))
                .hasMessageContaining("xgov-reporting is a single question");
    }

    @Test
    void aParticipantsOwnFileBecomesTheirVotesInOneGo() throws Exception {
        Assessment theirs = Assessment.start("rse-express", questionnaire.version(),
                        new Organisation("  coopérative des monts ", null, null, null, 14, "scop", null, true), "2026", NOW)
                .withAnswer(Answer.of("xgov-purpose", new AnswerValue.LevelValue(4)), NOW)
                .withAnswer(Answer.of("xgov-ethics", new AnswerValue.LevelValue(0)), NOW)
                .withAnswer(Answer.of("xgov-reporting", new AnswerValue.Choice("internal")), NOW);
        Path file = dataDir.resolve("denis.rse.json");
        Files.write(file, AssessmentJson.write(theirs, questionnaire));
        Assessment current = database.assessments().load(assessmentId).orElseThrow();

        WorkshopService.Imported imported = service.importParticipantFile(assessmentId, workshop, current, file, "Denis", "customers");
        assertThat(imported.votes()).isEqualTo(2);
        assertThat(imported.participant()).isEqualTo(new Participant("p4", "Denis", null, "customers", false));
        Workshop saved = reopened();
        assertThat(saved.votesOn("xgov-purpose")).containsExactly(java.util.Map.entry("p4", 4));
        assertThat(saved.votesOn("xgov-ethics")).containsExactly(java.util.Map.entry("p4", 0));
        assertThat(saved).isEqualTo(imported.workshop());
    }

    @Test
    void aFileOfAnotherQuestionnaireOrOrganisationIsRefusedAndNothingIsImported() throws Exception {
        Assessment current = database.assessments().load(assessmentId).orElseThrow();
        Questionnaire other = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();
        Path otherQuestionnaire = dataDir.resolve("rso.rse.json");
        Files.write(otherQuestionnaire, AssessmentJson.write(Assessment.start("rse-rso", other.version(), ORGANISATION, "2026", NOW)
                .withAnswer(Answer.of("gov-purpose", new AnswerValue.LevelValue(2)), NOW), other));
        assertThatThrownBy(() -> service.importParticipantFile(assessmentId, workshop, current, otherQuestionnaire, "Denis", null))
                .hasMessage("rso.rse.json was answered on the questionnaire rse-rso " + other.version()
                        + ", and this workshop is on rse-express " + questionnaire.version() + ": nothing was imported.");

        Path otherOrganisation = dataDir.resolve("bakery.rse.json");
        Files.write(otherOrganisation, AssessmentJson.write(Assessment.start("rse-express", questionnaire.version(),
                        new Organisation("Boulangerie Martin", null, null, null, 3, null, null, null), "2026", NOW)
                .withAnswer(Answer.of("xgov-purpose", new AnswerValue.LevelValue(2)), NOW), questionnaire));
        assertThatThrownBy(() -> service.importParticipantFile(assessmentId, workshop, current, otherOrganisation, "Denis", null))
                .hasMessage("bakery.rse.json is the assessment of Boulangerie Martin, not of Coopérative des Monts: nothing was imported.");

        Path empty = dataDir.resolve("empty.rse.json");
        Files.write(empty, AssessmentJson.write(Assessment.start("rse-express", questionnaire.version(), ORGANISATION, "2026", NOW),
                questionnaire));
        assertThatThrownBy(() -> service.importParticipantFile(assessmentId, workshop, current, empty, "Denis", null))
                .hasMessage("empty.rse.json gives no maturity level to any question: there is no vote to import.");

        Path taken = dataDir.resolve("anne.rse.json");
        Files.write(taken, AssessmentJson.write(Assessment.start("rse-express", questionnaire.version(), ORGANISATION, "2026", NOW)
                .withAnswer(Answer.of("xgov-purpose", new AnswerValue.LevelValue(2)), NOW), questionnaire));
        assertThatThrownBy(() -> service.importParticipantFile(assessmentId, workshop, current, taken, "Anne", null))
                .extracting(e -> ((WorkshopException) e).kind()).isEqualTo(Kind.DUPLICATE_NAME);

        assertThat(reopened().participants()).hasSize(3);
        assertThat(reopened().votes()).isEmpty();
    }

    @Test
    void resultsGiveEachGroupsScoresAndTheDisagreements() {
        workshop = service.recordVote(assessmentId, workshop, "xgov-purpose", "p1", 4);
        workshop = service.recordVote(assessmentId, workshop, "xgov-purpose", "p2", 1);
        WorkshopService.Results results = WorkshopService.results(workshop, ORGANISATION, java.util.Map.of());
        assertThat(results.disagreements()).extracting(d -> d.question().id()).containsExactly("xgov-purpose");
        assertThat(results.groups()).extracting(g -> g.group()).containsExactly("management", "employees", "staff-representatives");
        // only xgov-purpose voted in the theme: management 4/4 -> 100, employees 1/4 -> 25
        assertThat(results.groups().get(0).theme("gov")).isEqualTo(100.0);
        assertThat(results.groups().get(1).theme("gov")).isEqualTo(25.0);
        assertThat(results.groups().get(2).theme("gov")).isNull();
    }
}
