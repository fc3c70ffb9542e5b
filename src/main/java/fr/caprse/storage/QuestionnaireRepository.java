package fr.caprse.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The questionnaire files the assessments were answered with, kept byte for byte. When the built-in
 * questionnaire moves to a new version, an older assessment still reloads the exact file it was answered
 * with, so it still opens and scores as it did.
 */
public final class QuestionnaireRepository {

    private static final String COLUMNS = "id, version, content_hash, stored, content";

    private final Database database;

    QuestionnaireRepository(Database database) {
        this.database = database;
    }

    /** Keeps {@code content} unless the same bytes are kept already; returns their SHA-256 (hex). */
    public String store(String id, String version, byte[] content) {
        Instant now = database.clock().instant();
        return database.write("Cap RSE cannot save the questionnaire " + id + " " + version,
                c -> store(c, id, version, content, now));
    }

    static String store(Connection connection, String id, String version, byte[] content, Instant now) throws SQLException {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        String hash = sha256(content);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO questionnaire_versions "
                + "(content_hash, id, version, content, stored) VALUES (?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING")) {
            insert.setString(1, hash);
            insert.setString(2, id);
            insert.setString(3, version);
            insert.setBytes(4, content);
            Sql.setInstant(insert, 5, now);
            insert.executeUpdate();
        }
        return hash;
    }

    public Optional<StoredQuestionnaire> byHash(String contentHash) {
        return one("SELECT " + COLUMNS + " FROM questionnaire_versions WHERE content_hash = ?", contentHash);
    }

    /** The file of this id and version; when several contents were kept under it, the last one kept. */
    public Optional<StoredQuestionnaire> find(String id, String version) {
        return database.read("Cap RSE cannot read the questionnaire " + id + " " + version, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM questionnaire_versions "
                    + "WHERE id = ? AND version = ? ORDER BY stored DESC, rowid DESC LIMIT 1")) {
                select.setString(1, id);
                select.setString(2, version);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    /** The exact file an assessment was answered with. */
    public Optional<StoredQuestionnaire> ofAssessment(long assessmentId) {
        return database.read("Cap RSE cannot read the questionnaire of assessment " + assessmentId, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT q.id, q.version, q.content_hash, q.stored, q.content "
                    + "FROM assessments a JOIN questionnaire_versions q ON q.content_hash = a.questionnaire_hash WHERE a.id = ?")) {
                select.setLong(1, assessmentId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Every kept file, by id, version, then the time it was kept. */
    public List<StoredQuestionnaire> list() {
        return database.read("Cap RSE cannot read the questionnaires", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM questionnaire_versions ORDER BY id, version, stored");
                 ResultSet rows = select.executeQuery()) {
                List<StoredQuestionnaire> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(read(rows));
                }
                return found;
            }
        });
    }

    private Optional<StoredQuestionnaire> one(String sql, String parameter) {
        return database.read("Cap RSE cannot read the questionnaires", c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setString(1, parameter);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    private static StoredQuestionnaire read(ResultSet rows) throws SQLException {
        return new StoredQuestionnaire(rows.getString("id"), rows.getString("version"), rows.getString("content_hash"),
                Sql.instant(rows, "stored"), rows.getBytes("content"));
    }

    /** SHA-256 of the bytes in lower-case hex, as {@code Questionnaire.contentHash()}. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
