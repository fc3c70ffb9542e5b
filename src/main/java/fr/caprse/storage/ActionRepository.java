package fr.caprse.storage;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The action plan of an assessment; each change is its own transaction. */
public final class ActionRepository {

    private final Database database;

    ActionRepository(Database database) {
        this.database = database;
    }

    /** The actions in the order they were added. */
    public List<StoredAction> list(long assessmentId) {
        return database.read("Cap RSE cannot read the action plan", c -> list(c, assessmentId));
    }

    public StoredAction add(long assessmentId, Action action) {
        Objects.requireNonNull(action, "action");
        Instant now = database.clock().instant();
        return database.write("Cap RSE cannot save the action " + action.title(), c -> {
            AssessmentRepository.touch(c, assessmentId, now);
            return new StoredAction(insert(c, assessmentId, action), assessmentId, action);
        });
    }

    public StoredAction update(long actionId, Action action) {
        Objects.requireNonNull(action, "action");
        Instant now = database.clock().instant();
        return database.write("Cap RSE cannot save the action " + action.title(), c -> {
            long assessmentId = assessmentOf(c, actionId);
            AssessmentRepository.touch(c, assessmentId, now);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE actions SET question_id = ?, title = ?, owner = ?, due = ?, status = ? WHERE id = ?")) {
                bind(update, 1, action);
                update.setLong(6, actionId);
                update.executeUpdate();
            }
            return new StoredAction(actionId, assessmentId, action);
        });
    }

    public void delete(long actionId) {
        Instant now = database.clock().instant();
        database.write("Cap RSE cannot delete the action", c -> {
            long assessmentId = assessmentOf(c, actionId);
            AssessmentRepository.touch(c, assessmentId, now);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM actions WHERE id = ?")) {
                delete.setLong(1, actionId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Makes the plan exactly {@code actions}, in that order, in one transaction: the plan as the user
     * sees it after an edit is on disk whole, or not at all.
     */
    public List<StoredAction> replaceAll(long assessmentId, List<Action> actions) {
        List<Action> plan = List.copyOf(actions);
        Instant now = database.clock().instant();
        return database.write("Cap RSE cannot save the action plan", c -> {
            AssessmentRepository.touch(c, assessmentId, now);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM actions WHERE assessment_id = ?")) {
                delete.setLong(1, assessmentId);
                delete.executeUpdate();
            }
            List<StoredAction> stored = new ArrayList<>();
            for (Action action : plan) {
                stored.add(new StoredAction(insert(c, assessmentId, action), assessmentId, action));
            }
            return stored;
        });
    }

    static long insert(Connection c, long assessmentId, Action action) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO actions (question_id, title, owner, due, status, "
                + "assessment_id, position) VALUES (?, ?, ?, ?, ?, ?, "
                + "(SELECT coalesce(max(position), 0) + 1 FROM actions WHERE assessment_id = ?))")) {
            bind(insert, 1, action);
            insert.setLong(6, assessmentId);
            insert.setLong(7, assessmentId);
            insert.executeUpdate();
        }
        return OrganisationRepository.lastInsertedId(c);
    }

    static List<StoredAction> list(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id, question_id, title, owner, due, status FROM actions "
                + "WHERE assessment_id = ? ORDER BY position")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                List<StoredAction> found = new ArrayList<>();
                while (rows.next()) {
                    String due = rows.getString("due");
                    String status = rows.getString("status");
                    Action action = new Action(rows.getString("question_id"), rows.getString("title"), rows.getString("owner"),
                            due == null ? null : LocalDate.parse(due),
                            ActionStatus.fromCode(status).orElseThrow(
                                    () -> new IllegalStateException("unknown action status in the database: " + status)));
                    found.add(new StoredAction(rows.getLong("id"), assessmentId, action));
                }
                return found;
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, Action action) throws SQLException {
        Sql.setText(statement, index, action.questionId());
        statement.setString(index + 1, action.title());
        Sql.setText(statement, index + 2, action.owner());
        Sql.setText(statement, index + 3, action.due() == null ? null : action.due().toString());
        statement.setString(index + 4, action.status().code());
    }

    private static long assessmentOf(Connection c, long actionId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT assessment_id FROM actions WHERE id = ?")) {
            select.setLong(1, actionId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new StorageException("There is no action " + actionId + " in the database (it may have been deleted).");
                }
                return rows.getLong(1);
            }
        }
    }
}
