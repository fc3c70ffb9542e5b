package fr.caprse.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema's history, applied in order at start-up. The database's {@code PRAGMA user_version} is the
 * number of the last migration applied; each migration runs in its own transaction together with the
 * new version number, so a crash leaves the database at one version or the next, never in between.
 */
final class Migrations {

    /** "CAPR": marks the file as a Cap RSE database, so another program's SQLite file is not taken for one. */
    static final int APPLICATION_ID = 0x43415052;

    static final List<Migration> ALL = List.of(
            new Migration(1, "organisations, assessments and their answers, questionnaire versions, workshops", List.of(
                    "PRAGMA application_id = " + APPLICATION_ID,
                    """
                    CREATE TABLE organisations (
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL,
                      registry_id TEXT,
                      sector TEXT,
                      size TEXT,
                      employees INTEGER,
                      legal_form TEXT,
                      territory TEXT,
                      ess INTEGER,
                      created TEXT NOT NULL,
                      modified TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE questionnaire_versions (
                      content_hash TEXT PRIMARY KEY,
                      id TEXT NOT NULL,
                      version TEXT NOT NULL,
                      content BLOB NOT NULL,
                      stored TEXT NOT NULL
                    )""",
                    "CREATE INDEX questionnaire_versions_by_id ON questionnaire_versions (id, version)",
                    """
                    CREATE TABLE assessments (
                      id INTEGER PRIMARY KEY,
                      organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
                      period TEXT NOT NULL,
                      questionnaire_id TEXT NOT NULL,
                      questionnaire_version TEXT NOT NULL,
                      questionnaire_hash TEXT NOT NULL REFERENCES questionnaire_versions (content_hash),
                      org_name TEXT NOT NULL,
                      org_registry_id TEXT,
                      org_sector TEXT,
                      org_size TEXT,
                      org_employees INTEGER,
                      org_legal_form TEXT,
                      org_territory TEXT,
                      org_ess INTEGER,
                      created TEXT NOT NULL,
                      modified TEXT NOT NULL
                    )""",
                    "CREATE INDEX assessments_by_organisation ON assessments (organisation_id)",
                    """
                    CREATE TABLE answers (
                      assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                      question_id TEXT NOT NULL,
                      position INTEGER NOT NULL,
                      kind TEXT CHECK (kind IN ('level', 'choice', 'choices', 'number', 'text')),
                      value TEXT,
                      na INTEGER NOT NULL DEFAULT 0,
                      comment TEXT,
                      evidence TEXT,
                      author TEXT,
                      answered_at TEXT,
                      PRIMARY KEY (assessment_id, question_id)
                    )""",
                    """
                    CREATE TABLE participants (
                      assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                      participant_id TEXT NOT NULL,
                      position INTEGER NOT NULL,
                      name TEXT NOT NULL,
                      role TEXT,
                      PRIMARY KEY (assessment_id, participant_id)
                    )""",
                    """
                    CREATE TABLE votes (
                      assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                      question_id TEXT NOT NULL,
                      participant_id TEXT NOT NULL,
                      position INTEGER NOT NULL,
                      value INTEGER NOT NULL,
                      PRIMARY KEY (assessment_id, question_id, participant_id)
                    )""")),
            new Migration(2, "answers flagged for review; the action plan", List.of(
                    "ALTER TABLE answers ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0",
                    """
                    CREATE TABLE actions (
                      id INTEGER PRIMARY KEY,
                      assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      question_id TEXT,
                      title TEXT NOT NULL,
                      owner TEXT,
                      due TEXT,
                      status TEXT NOT NULL
                    )""",
                    "CREATE INDEX actions_by_assessment ON actions (assessment_id, position)")),
            new Migration(3, "workshops: participants' stakeholder groups, removed participants, absences", List.of(
                    "ALTER TABLE participants ADD COLUMN stakeholder_group TEXT",
                    "ALTER TABLE participants ADD COLUMN removed INTEGER NOT NULL DEFAULT 0",
                    """
                    CREATE TABLE absences (
                      assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
                      question_id TEXT NOT NULL,
                      participant_id TEXT NOT NULL,
                      PRIMARY KEY (assessment_id, question_id, participant_id)
                    )""")));

    private Migrations() {
    }

    /** The schema version this build of the app writes. */
    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Applies the migrations after {@code from} up to {@code to}, each in its own transaction. */
    static void apply(Connection connection, int from, int to) throws SQLException {
        apply(connection, ALL, from, to);
    }

    static void apply(Connection connection, List<Migration> migrations, int from, int to) throws SQLException {
        for (Migration migration : migrations) {
            if (migration.version() > from && migration.version() <= to) {
                apply(connection, migration);
            }
        }
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        Transactions.inTransaction(connection, c -> {
            try (Statement statement = c.createStatement()) {
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + migration.version());
            }
            return null;
        });
    }
}
