package fr.caprse.storage;

import java.util.List;
import java.util.Objects;

/**
 * One step of the schema: the statements that bring a database from schema {@code version - 1} to
 * {@code version}. A published migration is never edited; a change is a new migration.
 */
record Migration(int version, String description, List<String> statements) {

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1: " + version);
        }
        Objects.requireNonNull(description, "description");
        statements = List.copyOf(statements);
    }
}
