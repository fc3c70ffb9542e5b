package fr.caprse.storage;

import fr.caprse.domain.assessment.Organisation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisations assessed on this machine and their current profile. Each assessment keeps its own
 * copy of the profile as it was for its period (see {@link AssessmentRepository}).
 */
public final class OrganisationRepository {

    private static final String COLUMNS = "id, name, registry_id, sector, size, employees, legal_form, territory, ess, created, modified";

    private final Database database;

    OrganisationRepository(Database database) {
        this.database = database;
    }

    public StoredOrganisation create(Organisation organisation) {
        Objects.requireNonNull(organisation, "organisation");
        Instant now = database.clock().instant();
        return database.write("Cap RSE cannot save the organisation " + organisation.name(), c -> create(c, organisation, now));
    }

    static StoredOrganisation create(Connection c, Organisation organisation, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO organisations (name, registry_id, sector, "
                + "size, employees, legal_form, territory, ess, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int next = Sql.setProfile(insert, 1, organisation);
            Sql.setInstant(insert, next, now);
            Sql.setInstant(insert, next + 1, now);
            insert.executeUpdate();
            return new StoredOrganisation(lastInsertedId(c), organisation, now, now);
        }
    }

    /** Every organisation, by name. */
    public List<StoredOrganisation> list() {
        return database.read("Cap RSE cannot read the organisations", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM organisations ORDER BY name COLLATE NOCASE, id");
                 ResultSet rows = select.executeQuery()) {
                List<StoredOrganisation> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(read(rows));
                }
                return found;
            }
        });
    }

    public Optional<StoredOrganisation> find(long id) {
        return database.read("Cap RSE cannot read the organisation", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM organisations WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The organisation a profile from a file stands for: the one with the same registry id when the
     * profile has one, else the one with the same name (ignoring case) and no registry id.
     */
    public Optional<StoredOrganisation> findMatching(Organisation profile) {
        Objects.requireNonNull(profile, "profile");
        return database.read("Cap RSE cannot read the organisations", c -> findMatching(c, profile));
    }

    static Optional<StoredOrganisation> findMatching(Connection c, Organisation profile) throws SQLException {
        String sql = profile.registryId() != null
                ? "SELECT " + COLUMNS + " FROM organisations WHERE registry_id = ? ORDER BY id"
                : "SELECT " + COLUMNS + " FROM organisations WHERE registry_id IS NULL AND name = ? COLLATE NOCASE ORDER BY id";
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, profile.registryId() != null ? profile.registryId() : profile.name());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** Changes the current profile; the assessments already made keep theirs. */
    public StoredOrganisation update(long id, Organisation organisation) {
        Objects.requireNonNull(organisation, "organisation");
        Instant now = database.clock().instant();
        return database.write("Cap RSE cannot save the organisation " + organisation.name(),
                c -> update(c, id, organisation, now));
    }

    static StoredOrganisation update(Connection c, long id, Organisation organisation, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE organisations SET name = ?, registry_id = ?, "
                + "sector = ?, size = ?, employees = ?, legal_form = ?, territory = ?, ess = ?, modified = ? WHERE id = ?")) {
            int next = Sql.setProfile(update, 1, organisation);
            Sql.setInstant(update, next, now);
            update.setLong(next + 1, id);
            if (update.executeUpdate() == 0) {
                throw new StorageException(StorageException.Reason.NO_ORGANISATION, "There is no organisation " + id
                        + " in the database (it may have been deleted).", null, id);
            }
        }
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM organisations WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return read(rows);
            }
        }
    }

    /**
     * Deletes an organisation that has no assessment left. Assessments are never deleted along with
     * their organisation: the user deletes them one by one, knowingly.
     */
    public void delete(long id) {
        database.write("Cap RSE cannot delete the organisation", c -> {
            try (PreparedStatement count = c.prepareStatement(
                    "SELECT o.name, (SELECT count(*) FROM assessments a WHERE a.organisation_id = o.id) FROM organisations o WHERE o.id = ?")) {
                count.setLong(1, id);
                try (ResultSet rows = count.executeQuery()) {
                    if (!rows.next()) {
                        return null;
                    }
                    int assessments = rows.getInt(2);
                    if (assessments > 0) {
                        throw new StorageException(StorageException.Reason.ORGANISATION_NOT_EMPTY, "The organisation "
                                + rows.getString(1) + " still has " + assessments
                                + (assessments == 1 ? " assessment" : " assessments") + "; delete them first.", null,
                                rows.getString(1), assessments);
                    }
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM organisations WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static StoredOrganisation read(ResultSet rows) throws SQLException {
        return new StoredOrganisation(rows.getLong("id"), Sql.profile(rows, ""), Sql.instant(rows, "created"),
                Sql.instant(rows, "modified"));
    }

    /** The id of the row the connection inserted last (calls are serialised on the one connection). */
    static long lastInsertedId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT last_insert_rowid()")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
