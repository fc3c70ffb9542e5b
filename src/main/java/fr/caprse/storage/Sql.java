package fr.caprse.storage;

import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Small helpers for nullable columns, instants (ISO-8601 text, exact to the nanosecond) and profiles. */
final class Sql {

    private Sql() {
    }

    static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value ? 1 : 0);
        }
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        setText(statement, index, value == null ? null : value.toString());
    }

    static Integer integer(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static Boolean bool(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value != 0;
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : Instant.parse(value);
    }

    /** Binds the eight profile fields from {@code index} on, in the column order of the schema. */
    static int setProfile(PreparedStatement statement, int index, Organisation organisation) throws SQLException {
        setText(statement, index, organisation.name());
        setText(statement, index + 1, organisation.registryId());
        setText(statement, index + 2, organisation.sector());
        setText(statement, index + 3, organisation.size() == null ? null : organisation.size().code());
        setInteger(statement, index + 4, organisation.employees());
        setText(statement, index + 5, organisation.legalForm());
        setText(statement, index + 6, organisation.territory());
        setBoolean(statement, index + 7, organisation.ess());
        return index + 8;
    }

    /** Reads the profile columns named {@code prefix + "name"}, {@code prefix + "registry_id"} ... */
    static Organisation profile(ResultSet rows, String prefix) throws SQLException {
        String size = rows.getString(prefix + "size");
        return new Organisation(rows.getString(prefix + "name"), rows.getString(prefix + "registry_id"),
                rows.getString(prefix + "sector"),
                size == null ? null : OrganisationSize.fromCode(size).orElseThrow(
                        () -> new IllegalStateException("unknown organisation size in the database: " + size)),
                integer(rows, prefix + "employees"), rows.getString(prefix + "legal_form"),
                rows.getString(prefix + "territory"), bool(rows, prefix + "ess"));
    }
}
