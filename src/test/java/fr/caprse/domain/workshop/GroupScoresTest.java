package fr.caprse.domain.workshop;

import static fr.caprse.domain.scoring.Fixtures.answers;
import static fr.caprse.domain.scoring.Fixtures.level;
import static fr.caprse.domain.scoring.Fixtures.na;
import static fr.caprse.domain.scoring.Fixtures.q;
import static fr.caprse.domain.scoring.Fixtures.questionnaire;
import static fr.caprse.domain.scoring.Fixtures.theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.workshop.GroupScores.GroupScore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupScoresTest {

    static final Questionnaire QUESTIONNAIRE = questionnaire(
            theme("gov", 2, q("g1", QuestionType.MATURITY).weight(2).build(), q("g2", QuestionType.MATURITY).na().build(),
                    q("g3", QuestionType.MATURITY).build(), q("g4", QuestionType.YESNO).build()),
            theme("env", 1, q("e1", QuestionType.MATURITY).build()));

    static final Organisation ORGANISATION = new Organisation("Atelier", null, null, null, 5, null, null, null);

    @Test
    void eachGroupIsScoredFromTheMedianOfItsOwnVotes() {
        Workshop workshop = Workshop.empty(QUESTIONNAIRE)
                .withParticipant("Claire", null, "employees")      // p1
                .withParticipant("Anne", null, "management")       // p2
                .withParticipant("Yann", null, "employees")        // p3
                .withParticipant("Sam", null, null)                // p4 -> other
                .withVote("g1", "p1", 1).withVote("g1", "p3", 2).withVote("g1", "p2", 4).withVote("g1", "p4", 3)
                .withVote("g2", "p1", 4).withVote("g2", "p2", 4)   // g2 answered N/A by the room: not counted
                .withVote("g3", "p1", 0).withVote("g3", "p2", 3)
                .withVote("e1", "p2", 2);
        List<GroupScore> scores = GroupScores.of(workshop, ORGANISATION, answers(level("g1", 2), na("g2")));
        assertThat(scores).extracting(GroupScore::group).containsExactly("management", "employees", "other");

        // management: g1 4/4 = 1 (w 2), g3 3/4 = 0.75 (w 1): 100 × (2 + 0.75) / 3 = 91.667; env: e1 2/4 -> 50
        GroupScore management = scores.get(0);
        assertThat(management.theme("gov")).isCloseTo(275.0 / 3, within(1e-9));
        assertThat(management.theme("env")).isCloseTo(50, within(1e-9));
        // overall: (2 × 91.667 + 1 × 50) / 3 = 77.778
        assertThat(management.overall()).isCloseTo((2 * 275.0 / 3 + 50) / 3, within(1e-9));

        // employees: g1 median of 1 and 2 = 1.5 -> 0.375 (w 2), g3 0/4 (w 1): 100 × 0.75 / 3 = 25; env not voted
        GroupScore employees = scores.get(1);
        assertThat(employees.participantIds()).containsExactly("p1", "p3");
        assertThat(employees.theme("gov")).isCloseTo(25, within(1e-9));
        assertThat(employees.theme("env")).isNull();
        assertThat(employees.overall()).isCloseTo(25, within(1e-9));
        assertThat(employees.votedQuestions()).isEqualTo(Map.of("gov", 2, "env", 0));

        // other: g1 3/4 only -> 75
        assertThat(scores.get(2).theme("gov")).isCloseTo(75, within(1e-9));
    }
}
