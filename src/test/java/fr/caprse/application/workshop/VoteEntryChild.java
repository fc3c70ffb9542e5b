package fr.caprse.application.workshop;

import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.workshop.Workshop;
import fr.caprse.storage.Database;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The process {@link WorkshopCrashTest} kills: opens the database as the app does, says {@code ready}, then
 * enters votes through {@link WorkshopService#recordVote} (the checks and the save the projector's keys
 * make) as fast as it can, round after round over the workshop's questions and present participants,
 * printing {@code voted <question> <participant> <level>} only after the vote's save has returned.
 *
 * <p>Arguments: data folder, assessment id, run number (which shifts the levels, so that each run changes
 * the votes of the previous ones).
 */
public final class VoteEntryChild {

    private VoteEntryChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        long assessmentId = Long.parseLong(args[1]);
        int run = Integer.parseInt(args[2]);
        PrintStream out = System.out;
        Questionnaire questionnaire = BuiltInQuestionnaires.byId("rse-express").orElseThrow();
        try (Database database = Database.open(dataDir)) {
            WorkshopService service = new WorkshopService(database, Clock.systemUTC());
            Workshop workshop = service.open(assessmentId, questionnaire);
            out.println("ready");
            out.flush();
            List<Question> questions = workshop.votingQuestions();
            for (int round = 0; ; round++) {
                for (Question question : questions) {
                    for (var participant : workshop.present(question.id())) {
                        int level = levelOf(run, round, question.id(), participant.id());
                        workshop = service.recordVote(assessmentId, workshop, question.id(), participant.id(), level);
                        out.println("voted " + question.id() + " " + participant.id() + " " + level);
                        out.flush();
                    }
                }
            }
        }
    }

    static int levelOf(int run, int round, String questionId, String participantId) {
        return Math.floorMod(run * 7 + round * 3 + questionId.hashCode() + participantId.hashCode(), 5);
    }
}
