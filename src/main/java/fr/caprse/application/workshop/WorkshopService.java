package fr.caprse.application.workshop;

import fr.caprse.domain.assessment.Absence;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.workshop.Disagreements;
import fr.caprse.domain.workshop.GroupScores;
import fr.caprse.domain.workshop.Workshop;
import fr.caprse.domain.workshop.WorkshopException;
import fr.caprse.domain.workshop.WorkshopException.Kind;
import fr.caprse.json.AssessmentFileException;
import fr.caprse.json.AssessmentJson;
import fr.caprse.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The consultant's workshop on one assessment: participants, their votes, who is present, the consensus
 * answer, the imported votes of a participant who answered alone beforehand, and the workshop's results.
 * Each change is checked by the domain's {@link Workshop} first (a refused change writes nothing), then
 * committed to the database in its own transaction, so that a crash during the workshop loses nothing that
 * was entered.
 *
 * <p>The app applies a change to its {@link Workshop} at once (so typing votes never waits on the disk) and
 * queues the matching {@code save...} call on its ordered save thread; other callers use the methods that
 * do both.
 */
public final class WorkshopService {

    /** What a workshop shows at the end: the questions the room disagreed on most, and each group's scores. */
    public record Results(List<Disagreements.Disagreement> disagreements, List<GroupScores.GroupScore> groups) {
        public Results {
            disagreements = List.copyOf(disagreements);
            groups = List.copyOf(groups);
        }
    }

    /** A participant's file imported as their votes: the workshop after it and how many votes it gave. */
    public record Imported(Workshop workshop, Participant participant, int votes) {
    }

    private final Database database;
    private final Clock clock;

    public WorkshopService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The workshop of an assessment answered on {@code questionnaire}, as saved. */
    public Workshop open(long assessmentId, Questionnaire questionnaire) {
        return new Workshop(questionnaire, database.workshops().participants(assessmentId),
                database.workshops().votes(assessmentId), database.workshops().absences(assessmentId));
    }

    // ---- changes that check and save at once ----

    public Workshop addParticipant(long assessmentId, Workshop workshop, String name, String role, String group) {
        Workshop next = workshop.withParticipant(name, role, group);
        saveParticipants(assessmentId, next);
        return next;
    }

    public Workshop updateParticipant(long assessmentId, Workshop workshop, String participantId, String name,
                                      String role, String group) {
        Workshop next = workshop.withParticipantDetails(participantId, name, role, group);
        saveParticipants(assessmentId, next);
        return next;
    }

    /** Removes a participant; one who has voted is kept as removed, with their votes. */
    public Workshop removeParticipant(long assessmentId, Workshop workshop, String participantId) {
        Workshop next = workshop.withoutParticipant(participantId);
        saveParticipants(assessmentId, next);
        return next;
    }

    public Workshop setPresence(long assessmentId, Workshop workshop, String questionId, String participantId,
                                boolean present) {
        Workshop next = workshop.withPresence(questionId, participantId, present);
        savePresence(assessmentId, questionId, participantId, present);
        return next;
    }

    public Workshop recordVote(long assessmentId, Workshop workshop, String questionId, String participantId, int level) {
        Workshop next = workshop.withVote(questionId, participantId, level);
        saveVote(assessmentId, new Vote(questionId, participantId, level));
        return next;
    }

    public Workshop clearVote(long assessmentId, Workshop workshop, String questionId, String participantId) {
        Workshop next = workshop.withoutVote(questionId, participantId);
        removeVote(assessmentId, questionId, participantId);
        return next;
    }

    /**
     * Records the room's consensus on a maturity question as the assessment's answer (what scoring uses),
     * with the discussion note as its comment; {@code previous} is the answer it replaces, if any (its
     * evidence and review flag are kept). A question the room has not resolved is simply never answered.
     */
    public Answer resolve(long assessmentId, Workshop workshop, Answer previous, String questionId, int level,
                          String note, String author) {
        Question question = workshop.votingQuestion(questionId);
        int highest = workshop.questionnaire().scale().highest();
        if (level < 0 || level > highest) {
            throw new WorkshopException(Kind.LEVEL_OUT_OF_SCALE, "Level " + level + " is not on the scale of "
                    + question.id() + ": the consensus is a level from 0 to " + highest + ".",
                    String.valueOf(level), question.id(), String.valueOf(highest));
        }
        Answer base = previous != null ? previous : Answer.of(questionId, null);
        Answer answer = base.withValue(new AnswerValue.LevelValue(level))
                .withComment(note == null || note.isBlank() ? base.comment() : note.strip())
                .stamped(author, clock.instant());
        saveAnswer(assessmentId, answer);
        return answer;
    }

    // ---- the saves alone, for callers that applied the change to their Workshop already ----

    public void saveParticipants(long assessmentId, Workshop workshop) {
        database.workshops().saveParticipants(assessmentId, workshop.participants());
    }

    public void savePresence(long assessmentId, String questionId, String participantId, boolean present) {
        database.workshops().savePresence(assessmentId, new Absence(questionId, participantId), present);
    }

    public void saveVote(long assessmentId, Vote vote) {
        database.workshops().saveVote(assessmentId, vote);
    }

    public void removeVote(long assessmentId, String questionId, String participantId) {
        database.workshops().removeVote(assessmentId, questionId, participantId);
    }

    public void saveAnswer(long assessmentId, Answer answer) {
        database.assessments().saveAnswer(assessmentId, answer);
    }

    // ---- results ----

    /** The disagreements and per-group scores; {@code answers} (the consensus) decide which questions apply. */
    public static Results results(Workshop workshop, Organisation organisation, Map<String, Answer> answers) {
        return new Results(Disagreements.of(workshop), GroupScores.of(workshop, organisation, answers));
    }

    // ---- a participant who answered alone beforehand ----

    /**
     * Imports the {@code .rse.json} file a participant filled in alone as their votes: the levels they gave
     * to the maturity questions become the votes of a new participant {@code name} of {@code group}, in one
     * transaction. Refused, with nothing written, when the file is of another questionnaire or another
     * organisation, when it cannot be read, when it holds no maturity level, or when the name is taken.
     */
    public Imported importParticipantFile(long assessmentId, Workshop workshop, Assessment current, Path file,
                                          String name, String group) throws IOException, AssessmentFileException {
        Questionnaire questionnaire = workshop.questionnaire();
        String fileName = file.getFileName().toString();
        String[] named = new String[1];
        Assessment theirs;
        try {
            theirs = AssessmentJson.read(Files.readAllBytes(file), fileName, (id, version) -> {
                named[0] = id + " " + version;
                return id.equals(questionnaire.id()) ? Optional.of(questionnaire) : Optional.empty();
            });
        } catch (AssessmentFileException e) {
            if (named[0] != null && !named[0].startsWith(questionnaire.id() + " ")) {
                throw otherQuestionnaire(fileName, named[0], questionnaire);
            }
            throw e;
        }
        if (!theirs.questionnaireId().equals(questionnaire.id())) {
            throw otherQuestionnaire(fileName, theirs.questionnaireId() + " " + theirs.questionnaireVersion(), questionnaire);
        }
        if (!sameOrganisation(theirs.organisation(), current.organisation())) {
            throw new WorkshopException(Kind.OTHER_ORGANISATION, fileName + " is the assessment of "
                    + theirs.organisation().name() + ", not of " + current.organisation().name()
                    + ": nothing was imported.", fileName, theirs.organisation().name(), current.organisation().name());
        }
        Workshop next = workshop.withParticipant(name, null, group);
        Participant participant = next.participants().get(next.participants().size() - 1);
        List<Vote> votes = new ArrayList<>();
        for (Question question : workshop.votingQuestions()) {
            Answer answer = theirs.answers().get(question.id());
            if (answer != null && answer.value() instanceof AnswerValue.LevelValue level) {
                next = next.withVote(question.id(), participant.id(), level.level());
                votes.add(new Vote(question.id(), participant.id(), level.level()));
            }
        }
        if (votes.isEmpty()) {
            throw new WorkshopException(Kind.NO_VOTES_IN_FILE, fileName
                    + " gives no maturity level to any question: there is no vote to import.", fileName);
        }
        database.workshops().saveParticipantsAndVotes(assessmentId, next.participants(), votes);
        return new Imported(next, participant, votes.size());
    }

    private static WorkshopException otherQuestionnaire(String fileName, String theirs, Questionnaire ours) {
        return new WorkshopException(Kind.OTHER_QUESTIONNAIRE, fileName + " was answered on the questionnaire "
                + theirs + ", and this workshop is on " + ours.id() + " " + ours.version() + ": nothing was imported.",
                fileName, theirs, ours.id() + " " + ours.version());
    }

    /** The same registry id when both files give one, else the same name (case and spaces aside). */
    static boolean sameOrganisation(Organisation a, Organisation b) {
        if (a.registryId() != null && b.registryId() != null) {
            return normal(a.registryId()).equals(normal(b.registryId()));
        }
        return normal(a.name()).equals(normal(b.name()));
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
