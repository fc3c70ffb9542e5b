package fr.caprse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkshopAndActionRepositoryTest {

    @TempDir
    Path dataDir;

    private Database database;
    private long assessmentId;

    @BeforeEach
    void open() {
        database = Database.open(dataDir, StorageFixtures.fixedClock());
        long organisationId = database.organisations().create(StorageFixtures.atelier()).id();
        byte[] file = StorageFixtures.file("rse-rso", "1.0.0", "");
        assessmentId = database.assessments().create(organisationId, "2026",
                StorageFixtures.questionnaire("1.0.0", file), file).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void votesAreKeptOnePerParticipantAndQuestionInTheOrderCast() {
        WorkshopRepository workshops = database.workshops();
        workshops.saveParticipants(assessmentId, List.of(new Participant("p1", "Camille", "gérante"),
                new Participant("p2", "Lou", null), new Participant("p3", "Sam", "salarié")));
        workshops.saveVote(assessmentId, new Vote("gov-mission", "p2", 3));
        workshops.saveVote(assessmentId, new Vote("gov-mission", "p1", 2));
        workshops.saveVote(assessmentId, new Vote("env-energy", "p3", 1));
        workshops.saveVote(assessmentId, new Vote("gov-mission", "p2", 4));
        workshops.removeVote(assessmentId, "env-energy", "p3");

        assertThat(workshops.votes(assessmentId)).containsExactly(new Vote("gov-mission", "p2", 4),
                new Vote("gov-mission", "p1", 2));
        assertThat(workshops.participants(assessmentId)).extracting(Participant::id).containsExactly("p1", "p2", "p3");
        assertThat(database.assessments().load(assessmentId).orElseThrow().votes()).hasSize(2);
    }

    @Test
    void removingAParticipantRemovesTheirVotes() {
        WorkshopRepository workshops = database.workshops();
        workshops.saveParticipants(assessmentId, List.of(new Participant("p1", "Camille", null), new Participant("p2", "Lou", null)));
        workshops.saveVote(assessmentId, new Vote("gov-mission", "p1", 2));
        workshops.saveVote(assessmentId, new Vote("gov-mission", "p2", 3));

        workshops.saveParticipants(assessmentId, List.of(new Participant("p2", "Lou", "animatrice")));

        assertThat(workshops.participants(assessmentId)).containsExactly(new Participant("p2", "Lou", "animatrice"));
        assertThat(workshops.votes(assessmentId)).containsExactly(new Vote("gov-mission", "p2", 3));
        assertThatThrownBy(() -> workshops.saveParticipants(assessmentId,
                List.of(new Participant("p1", "A", null), new Participant("p1", "B", null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(workshops.participants(assessmentId)).hasSize(1);
    }

    @Test
    void actionsAreAddedChangedAndDeletedOneByOne() {
        ActionRepository actions = database.actions();
        StoredAction audit = actions.add(assessmentId,
                new Action("env-energy", "Audit énergétique", "Lou", LocalDate.parse("2027-06-30"), ActionStatus.TODO));
        StoredAction charter = actions.add(assessmentId, new Action(null, "Charte achats", null, null, null));
        actions.add(assessmentId, new Action(null, "Relamping", null, null, ActionStatus.DROPPED));

        actions.update(audit.id(), new Action("env-energy", "Audit énergétique", "Lou", LocalDate.parse("2027-06-30"), ActionStatus.DOING));
        actions.delete(charter.id());

        assertThat(actions.list(assessmentId)).extracting(StoredAction::action).containsExactly(
                new Action("env-energy", "Audit énergétique", "Lou", LocalDate.parse("2027-06-30"), ActionStatus.DOING),
                new Action(null, "Relamping", null, null, ActionStatus.DROPPED));
        assertThatThrownBy(() -> actions.delete(charter.id())).isInstanceOf(StorageException.class)
                .hasMessageContaining("no action " + charter.id());
    }

    @Test
    void theWholePlanIsReplacedInOneGoInTheOrderGiven() {
        ActionRepository actions = database.actions();
        actions.add(assessmentId, new Action(null, "Ancienne", null, null, null));
        List<Action> plan = List.of(new Action("gov-ethics", "Charte éthique", "Ana", java.time.LocalDate.of(2027, 3, 31),
                fr.caprse.domain.assessment.ActionStatus.DOING), new Action(null, "Bilan carbone", null, null, null));
        actions.replaceAll(assessmentId, plan);
        assertThat(actions.list(assessmentId)).extracting(StoredAction::action).containsExactlyElementsOf(plan);
        actions.replaceAll(assessmentId, List.of());
        assertThat(actions.list(assessmentId)).isEmpty();
    }

    @Test
    void deletingAnAssessmentDeletesItsWorkshopAndActions() {
        database.workshops().saveParticipants(assessmentId, List.of(new Participant("p1", "Camille", null)));
        database.workshops().saveVote(assessmentId, new Vote("gov-mission", "p1", 2));
        database.actions().add(assessmentId, new Action(null, "Charte", null, null, null));

        database.assessments().delete(assessmentId);

        assertThat(database.workshops().votes(assessmentId)).isEmpty();
        assertThat(database.workshops().participants(assessmentId)).isEmpty();
        assertThat(database.actions().list(assessmentId)).isEmpty();
    }
}
