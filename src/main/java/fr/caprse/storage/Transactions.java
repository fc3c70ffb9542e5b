package fr.caprse.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Explicit write transactions on a connection left in auto-commit mode. */
final class Transactions {

    private Transactions() {
    }

    /**
     * {@code BEGIN IMMEDIATE} takes the write lock at once (waiting up to the busy timeout), so a
     * transaction never fails half-way for want of it; any failure, the commit's included, rolls
     * everything back.
     */
    static <T> T inTransaction(Connection connection, Database.Work<T> work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                statement.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    statement.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    // SQLite already rolled back by itself (after a full disk, for one)
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
    }
}
