package fr.caprse.domain.workshop;

import static fr.caprse.domain.scoring.Fixtures.q;
import static fr.caprse.domain.scoring.Fixtures.questionnaire;
import static fr.caprse.domain.scoring.Fixtures.theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.workshop.WorkshopException.Kind;
import org.junit.jupiter.api.Test;

class WorkshopTest {

    static final Questionnaire QUESTIONNAIRE = questionnaire(
            theme("gov", q("g1", QuestionType.MATURITY).build(), q("g2", QuestionType.MATURITY).weight(2).build(),
                    q("g3", QuestionType.YESNO).build()));

    private final Workshop workshop = Workshop.empty(QUESTIONNAIRE)
            .withParticipant("Claire", "gérante", "management")
            .withParticipant("Yann", null, "employees");

    @Test
    void participantsGetTheNextFreeIdAndKeepTheirGroup() {
        assertThat(workshop.participants()).extracting(Participant::id).containsExactly("p1", "p2");
        assertThat(workshop.participants().get(1).group()).isEqualTo("employees");
        assertThat(workshop.withParticipant("Sam", null, null).participants().get(2).groupOrOther()).isEqualTo("other");
    }

    @Test
    void twoParticipantsWithTheSameNameAreRefused() {
        assertThatThrownBy(() -> workshop.withParticipant("  claire ", null, null))
                .isInstanceOf(WorkshopException.class)
                .hasMessage("There is already a participant named \"Claire\": give another name or an alias, such as \"claire 2\".")
                .extracting(e -> ((WorkshopException) e).kind()).isEqualTo(Kind.DUPLICATE_NAME);
        assertThatThrownBy(() -> workshop.withParticipant(" ", null, null)).hasMessage("A participant needs a name (or an alias).");
    }

    @Test
    void aVoteReplacesTheSameParticipantsEarlierVote() {
        Workshop voted = workshop.withVote("g1", "p1", 2).withVote("g1", "p2", 4).withVote("g1", "p1", 3);
        assertThat(voted.votesOn("g1")).containsExactly(java.util.Map.entry("p1", 3), java.util.Map.entry("p2", 4));
        assertThat(voted.withoutVote("g1", "p2").votesOn("g1")).containsOnlyKeys("p1");
    }

    @Test
    void aVoteForAnAbsentParticipantIsRefusedAndMarkingAbsentWithdrawsTheirVote() {
        Workshop absent = workshop.withVote("g1", "p2", 1).withPresence("g1", "p2", false);
        assertThat(absent.votesOn("g1")).isEmpty();
        assertThat(absent.present("g1")).extracting(Participant::name).containsExactly("Claire");
        assertThat(absent.present("g2")).extracting(Participant::name).containsExactly("Claire", "Yann");
        assertThatThrownBy(() -> absent.withVote("g1", "p2", 3))
                .hasMessage("Yann is marked absent for g1: mark them present before recording their vote.");
        assertThat(absent.withPresence("g1", "p2", true).withVote("g1", "p2", 3).votesOn("g1")).containsEntry("p2", 3);
    }

    @Test
    void aLevelOutsideTheScaleIsRefused() {
        assertThatThrownBy(() -> workshop.withVote("g1", "p1", 5))
                .hasMessage("Level 5 is not on the scale of g1: a vote is a level from 0 to 4.");
        assertThatThrownBy(() -> workshop.withVote("g1", "p1", -1)).isInstanceOf(WorkshopException.class);
    }

    @Test
    void onlyMaturityQuestionsTakeVotes() {
        assertThatThrownBy(() -> workshop.withVote("g3", "p1", 1))
                .hasMessage("Question g3 is a yesno question: a room votes on maturity questions only; answer it in the walk-through.");
        assertThatThrownBy(() -> workshop.withVote("nope", "p1", 1)).hasMessage("There is no question nope in test 1.0.0.");
        assertThatThrownBy(() -> workshop.withVote("g1", "p9", 1)).hasMessage("There is no participant p9 in this workshop.");
        assertThat(workshop.votingQuestions()).extracting(qq -> qq.id()).containsExactly("g1", "g2");
    }

    @Test
    void aParticipantRemovedAfterVotingKeepsTheirVotesMarkedAndCannotVoteAgain() {
        Workshop voted = workshop.withVote("g1", "p2", 1);
        Workshop removed = voted.withoutParticipant("p2");
        assertThat(removed.participant("p2")).get().extracting(Participant::removed).isEqualTo(true);
        assertThat(removed.votesOn("g1")).containsEntry("p2", 1);
        assertThat(removed.activeParticipants()).extracting(Participant::name).containsExactly("Claire");
        assertThatThrownBy(() -> removed.withVote("g2", "p2", 2)).hasMessage(
                "Yann was removed from the workshop: their earlier votes are kept, but they cannot vote on g2. "
                        + "Add them again under another name if they are back.");
        // a participant who never voted is simply taken off the list
        assertThat(workshop.withoutParticipant("p1").participants()).extracting(Participant::name).containsExactly("Yann");
    }

    @Test
    void renamingKeepsTheIdAndFollowsTheSameNameRule() {
        Workshop renamed = workshop.withParticipantDetails("p2", "Yann R.", "atelier", "staff-representatives");
        assertThat(renamed.participant("p2")).get().isEqualTo(new Participant("p2", "Yann R.", "atelier", "staff-representatives", false));
        assertThat(workshop.withParticipantDetails("p2", "Yann", null, null).participant("p2").get().name()).isEqualTo("Yann");
        assertThatThrownBy(() -> workshop.withParticipantDetails("p2", "CLAIRE", null, null)).isInstanceOf(WorkshopException.class);
    }

    @Test
    void disagreementsListTheWidestSpreadFirst() {
        Workshop voted = workshop.withParticipant("Sam", null, null)
                .withVote("g1", "p1", 2).withVote("g1", "p2", 3)
                .withVote("g2", "p1", 0).withVote("g2", "p2", 4).withVote("g2", "p3", 1);
        assertThat(Disagreements.of(voted)).extracting(d -> d.question().id()).containsExactly("g2", "g1");
        assertThat(Disagreements.of(voted).get(0).spread().divergent()).isTrue();
    }
}
