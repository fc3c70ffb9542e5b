package fr.caprse.storage;

import fr.caprse.domain.assessment.Absence;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The participants of an assessment's workshop, their votes and their absences; each vote is committed
 * as it is cast, in its own transaction.
 */
public final class WorkshopRepository {

    private final Database database;

    WorkshopRepository(Database database) {
        this.database = database;
    }

    public List<Participant> participants(long assessmentId) {
        return database.read("Cap RSE cannot read the participants", c -> participants(c, assessmentId));
    }

    /**
     * Replaces the list of participants (in this order). The votes of a participant no longer listed
     * are removed with them.
     */
    public void saveParticipants(long assessmentId, List<Participant> participants) {
        saveParticipantsAndVotes(assessmentId, participants, List.of());
    }

    public List<Vote> votes(long assessmentId) {
        return database.read("Cap RSE cannot read the votes", c -> votes(c, assessmentId));
    }

    /** Records a participant's vote on a question, replacing their previous vote on it. */
    public void saveVote(long assessmentId, Vote vote) {
        Objects.requireNonNull(vote, "vote");
        Instant now = database.clock().instant();
        database.write("Cap RSE cannot save the vote on " + vote.questionId(), c -> {
            AssessmentRepository.touch(c, assessmentId, now);
            upsertVote(c, assessmentId, vote);
            return null;
        });
    }

    public void removeVote(long assessmentId, String questionId, String participantId) {
        Instant now = database.clock().instant();
        database.write("Cap RSE cannot remove the vote on " + questionId, c -> {
            AssessmentRepository.touch(c, assessmentId, now);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM votes WHERE assessment_id = ? AND question_id = ? AND participant_id = ?")) {
                delete.setLong(1, assessmentId);
                delete.setString(2, questionId);
                delete.setString(3, participantId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Replaces the list of participants (in this order) and adds {@code newVotes}, in one transaction: a
     * participant imported with their votes is there whole or not at all. The votes and absences of a
     * participant no longer listed are removed with them.
     */
    public void saveParticipantsAndVotes(long assessmentId, List<Participant> participants, List<Vote> newVotes) {
        List<Participant> list = List.copyOf(participants);
        Set<String> ids = new HashSet<>();
        for (Participant participant : list) {
            if (!ids.add(participant.id())) {
                throw new IllegalArgumentException("participant id " + participant.id() + " is given twice");
            }
        }
        Instant now = database.clock().instant();
        database.write("Cap RSE cannot save the participants", c -> {
            AssessmentRepository.touch(c, assessmentId, now);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM participants WHERE assessment_id = ?")) {
                delete.setLong(1, assessmentId);
                delete.executeUpdate();
            }
            insertParticipants(c, assessmentId, list);
            for (String table : List.of("votes", "absences")) {
                try (PreparedStatement orphans = c.prepareStatement("DELETE FROM " + table + " WHERE assessment_id = ? "
                        + "AND participant_id NOT IN (SELECT participant_id FROM participants WHERE assessment_id = ?)")) {
                    orphans.setLong(1, assessmentId);
                    orphans.setLong(2, assessmentId);
                    orphans.executeUpdate();
                }
            }
            for (Vote vote : newVotes) {
                upsertVote(c, assessmentId, vote);
            }
            return null;
        });
    }

    /** Who is absent for which question, in no particular order. */
    public Set<Absence> absences(long assessmentId) {
        return database.read("Cap RSE cannot read the workshop's absences", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT question_id, participant_id FROM absences WHERE assessment_id = ?")) {
                select.setLong(1, assessmentId);
                try (ResultSet rows = select.executeQuery()) {
                    Set<Absence> found = new LinkedHashSet<>();
                    while (rows.next()) {
                        found.add(new Absence(rows.getString(1), rows.getString(2)));
                    }
                    return found;
                }
            }
        });
    }

    /**
     * Marks a participant present or absent for a question, in one transaction; marking absent also removes
     * their vote on it.
     */
    public void savePresence(long assessmentId, Absence absence, boolean present) {
        Instant now = database.clock().instant();
        database.write("Cap RSE cannot save who is present for " + absence.questionId(), c -> {
            AssessmentRepository.touch(c, assessmentId, now);
            String sql = present
                    ? "DELETE FROM absences WHERE assessment_id = ? AND question_id = ? AND participant_id = ?"
                    : "INSERT OR IGNORE INTO absences (assessment_id, question_id, participant_id) VALUES (?, ?, ?)";
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setLong(1, assessmentId);
                statement.setString(2, absence.questionId());
                statement.setString(3, absence.participantId());
                statement.executeUpdate();
            }
            if (!present) {
                try (PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM votes WHERE assessment_id = ? AND question_id = ? AND participant_id = ?")) {
                    delete.setLong(1, assessmentId);
                    delete.setString(2, absence.questionId());
                    delete.setString(3, absence.participantId());
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    static void insertParticipants(Connection c, long assessmentId, List<Participant> participants) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO participants (assessment_id, participant_id, position, name, role, stakeholder_group, removed) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Participant participant : participants) {
                insert.setLong(1, assessmentId);
                insert.setString(2, participant.id());
                insert.setInt(3, ++position);
                insert.setString(4, participant.name());
                Sql.setText(insert, 5, participant.role());
                Sql.setText(insert, 6, participant.group());
                insert.setInt(7, participant.removed() ? 1 : 0);
                insert.executeUpdate();
            }
        }
    }

    static void upsertVote(Connection c, long assessmentId, Vote vote) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO votes (assessment_id, question_id, participant_id, "
                + "position, value) VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM votes WHERE assessment_id = ?), ?) "
                + "ON CONFLICT (assessment_id, question_id, participant_id) DO UPDATE SET value = excluded.value")) {
            upsert.setLong(1, assessmentId);
            upsert.setString(2, vote.questionId());
            upsert.setString(3, vote.participantId());
            upsert.setLong(4, assessmentId);
            upsert.setInt(5, vote.value());
            upsert.executeUpdate();
        }
    }

    static List<Participant> participants(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT participant_id, name, role, stakeholder_group, removed FROM participants WHERE assessment_id = ? "
                        + "ORDER BY position")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                List<Participant> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new Participant(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getInt(5) != 0));
                }
                return found;
            }
        }
    }

    static List<Vote> votes(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT question_id, participant_id, value FROM votes WHERE assessment_id = ? ORDER BY position")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                List<Vote> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new Vote(rows.getString(1), rows.getString(2), rows.getInt(3)));
                }
                return found;
            }
        }
    }
}
