package fr.caprse.domain.workshop;

import fr.caprse.domain.assessment.Absence;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.workshop.WorkshopException.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A workshop on one assessment: its participants, their votes on the maturity questions and who is absent
 * for which question. Immutable: every change returns a new workshop, after checking it (a vote by an
 * absent or removed participant, a level outside the scale, a second participant with the same name are
 * refused with a {@link WorkshopException}). The consensus answer itself is the assessment's answer.
 */
public record Workshop(Questionnaire questionnaire, List<Participant> participants, List<Vote> votes,
                       Set<Absence> absences) {

    public Workshop {
        Objects.requireNonNull(questionnaire, "questionnaire");
        participants = List.copyOf(participants);
        votes = List.copyOf(votes);
        absences = Set.copyOf(absences);
    }

    public static Workshop empty(Questionnaire questionnaire) {
        return new Workshop(questionnaire, List.of(), List.of(), Set.of());
    }

    /** The questions a room votes on: the maturity questions, in questionnaire order. */
    public List<Question> votingQuestions() {
        return questionnaire.questions().stream().filter(q -> q.type() == QuestionType.MATURITY).toList();
    }

    public Optional<Participant> participant(String participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
    }

    /** Participants still in the workshop, in their order. */
    public List<Participant> activeParticipants() {
        return participants.stream().filter(p -> !p.removed()).toList();
    }

    /** Participants who can vote on {@code questionId}: not removed, not absent for it. */
    public List<Participant> present(String questionId) {
        return participants.stream().filter(p -> !p.removed())
                .filter(p -> !absences.contains(new Absence(questionId, p.id()))).toList();
    }

    public boolean isPresent(String questionId, String participantId) {
        return participant(participantId).filter(p -> !p.removed()).isPresent()
                && !absences.contains(new Absence(questionId, participantId));
    }

    /** The votes on {@code questionId}, participant id → level, in the order of the participants. */
    public Map<String, Integer> votesOn(String questionId) {
        Map<String, Integer> byParticipant = new LinkedHashMap<>();
        Map<String, Integer> cast = new LinkedHashMap<>();
        for (Vote vote : votes) {
            if (vote.questionId().equals(questionId)) {
                cast.put(vote.participantId(), vote.value());
            }
        }
        for (Participant participant : participants) {
            Integer level = cast.remove(participant.id());
            if (level != null) {
                byParticipant.put(participant.id(), level);
            }
        }
        byParticipant.putAll(cast);
        return byParticipant;
    }

    public Optional<Integer> vote(String questionId, String participantId) {
        return Optional.ofNullable(votesOn(questionId).get(participantId));
    }

    public VoteSpread spread(String questionId) {
        return VoteSpread.of(votesOn(questionId).values(), questionnaire.scale().highest());
    }

    public boolean hasVoted(String participantId) {
        return votes.stream().anyMatch(v -> v.participantId().equals(participantId));
    }

    /**
     * Adds a participant, given the next free id ({@code p1}, {@code p2} ...). Two participants cannot
     * have the same name (compared without case or surrounding spaces), removed ones included, so that the
     * report never shows two columns nobody can tell apart.
     */
    public Workshop withParticipant(String name, String role, String group) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new WorkshopException(Kind.NAME_MISSING, "A participant needs a name (or an alias).");
        }
        String key = cleanName.toLowerCase(Locale.ROOT);
        for (Participant existing : participants) {
            if (existing.name().strip().toLowerCase(Locale.ROOT).equals(key)) {
                throw new WorkshopException(Kind.DUPLICATE_NAME, "There is already a participant named \""
                        + existing.name() + "\"" + (existing.removed() ? " (removed from the workshop)" : "")
                        + ": give another name or an alias, such as \"" + cleanName + " 2\".", existing.name());
            }
        }
        List<Participant> list = new ArrayList<>(participants);
        list.add(new Participant(nextId(), cleanName, role, group, false));
        return new Workshop(questionnaire, list, votes, absences);
    }

    /** Changes a participant's name, role and group (the same name rule as when adding). */
    public Workshop withParticipantDetails(String participantId, String name, String role, String group) {
        Participant current = require(participantId);
        Workshop without = new Workshop(questionnaire,
                participants.stream().filter(p -> !p.id().equals(participantId)).toList(), votes, absences);
        Participant checked = without.withParticipant(name, role, group).participants().get(without.participants.size());
        List<Participant> list = new ArrayList<>();
        for (Participant p : participants) {
            list.add(p.id().equals(participantId)
                    ? new Participant(p.id(), checked.name(), checked.role(), checked.group(), current.removed()) : p);
        }
        return new Workshop(questionnaire, list, votes, absences);
    }

    /**
     * Removes a participant. One who has voted stays listed as removed, with their votes kept and marked;
     * one who has not is simply taken off the list.
     */
    public Workshop withoutParticipant(String participantId) {
        Participant current = require(participantId);
        List<Participant> list = new ArrayList<>();
        for (Participant p : participants) {
            if (!p.id().equals(participantId)) {
                list.add(p);
            } else if (hasVoted(participantId)) {
                list.add(current.asRemoved());
            }
        }
        Set<Absence> kept = new LinkedHashSet<>();
        for (Absence absence : absences) {
            if (!absence.participantId().equals(participantId)) {
                kept.add(absence);
            }
        }
        return new Workshop(questionnaire, list, votes, kept);
    }

    /** Marks a participant present or absent for one question; marking absent withdraws their vote on it. */
    public Workshop withPresence(String questionId, String participantId, boolean present) {
        require(participantId);
        votingQuestion(questionId);
        Set<Absence> set = new LinkedHashSet<>(absences);
        Absence absence = new Absence(questionId, participantId);
        List<Vote> list = votes;
        if (present) {
            set.remove(absence);
        } else {
            set.add(absence);
            list = votes.stream().filter(v -> !(v.questionId().equals(questionId) && v.participantId().equals(participantId))).toList();
        }
        return new Workshop(questionnaire, participants, list, set);
    }

    /** Records (or replaces) a participant's vote on a maturity question, after checking it. */
    public Workshop withVote(String questionId, String participantId, int level) {
        Question question = votingQuestion(questionId);
        Participant participant = require(participantId);
        if (participant.removed()) {
            throw new WorkshopException(Kind.PARTICIPANT_REMOVED, participant.name()
                    + " was removed from the workshop: their earlier votes are kept, but they cannot vote on "
                    + questionId + ". Add them again under another name if they are back.", participant.name(), questionId);
        }
        if (absences.contains(new Absence(questionId, participantId))) {
            throw new WorkshopException(Kind.PARTICIPANT_ABSENT, participant.name() + " is marked absent for "
                    + questionId + ": mark them present before recording their vote.", participant.name(), questionId);
        }
        int highest = questionnaire.scale().highest();
        if (level < 0 || level > highest) {
            throw new WorkshopException(Kind.LEVEL_OUT_OF_SCALE, "Level " + level + " is not on the scale of "
                    + question.id() + ": a vote is a level from 0 to " + highest + ".",
                    String.valueOf(level), question.id(), String.valueOf(highest));
        }
        List<Vote> list = new ArrayList<>();
        for (Vote vote : votes) {
            if (!(vote.questionId().equals(questionId) && vote.participantId().equals(participantId))) {
                list.add(vote);
            }
        }
        list.add(new Vote(questionId, participantId, level));
        return new Workshop(questionnaire, participants, list, absences);
    }

    /** Withdraws a participant's vote on a question (nothing happens when there is none). */
    public Workshop withoutVote(String questionId, String participantId) {
        return new Workshop(questionnaire, participants, votes.stream()
                .filter(v -> !(v.questionId().equals(questionId) && v.participantId().equals(participantId))).toList(),
                absences);
    }

    /** The maturity question {@code questionId}, or a {@link WorkshopException} saying why it takes no vote. */
    public Question votingQuestion(String questionId) {
        Optional<Question> question = questionnaire.question(questionId);
        if (question.isEmpty() || question.get().type() != QuestionType.MATURITY) {
            throw new WorkshopException(Kind.NOT_A_VOTING_QUESTION, question.isEmpty()
                    ? "There is no question " + questionId + " in " + questionnaire.id() + " " + questionnaire.version() + "."
                    : "Question " + questionId + " is a " + question.get().type().fileName()
                    + " question: a room votes on maturity questions only; answer it in the walk-through.", questionId);
        }
        return question.get();
    }

    private Participant require(String participantId) {
        return participant(participantId).orElseThrow(() -> new WorkshopException(Kind.UNKNOWN_PARTICIPANT,
                "There is no participant " + participantId + " in this workshop.", participantId));
    }

    private String nextId() {
        int highest = 0;
        for (Participant p : participants) {
            if (p.id().matches("p\\d{1,9}")) {
                highest = Math.max(highest, Integer.parseInt(p.id().substring(1)));
            }
        }
        String id = "p" + (highest + 1);
        while (participant(id).isPresent()) {
            id = id + "b";
        }
        return id;
    }
}
