package fr.caprse.application;

import fr.caprse.storage.Database;
import fr.caprse.storage.StoredQuestionnaire;
import java.util.Optional;

/** The questionnaire files kept in the database with the assessments answered on them. */
public interface KeptQuestionnaires {

    /** The file with these bytes (SHA-256, hex). */
    Optional<byte[]> byHash(String hash);

    /** The file kept last under this id and version. */
    Optional<byte[]> find(String id, String version);

    /** No database (the command line). */
    static KeptQuestionnaires none() {
        return new KeptQuestionnaires() {
            @Override
            public Optional<byte[]> byHash(String hash) {
                return Optional.empty();
            }

            @Override
            public Optional<byte[]> find(String id, String version) {
                return Optional.empty();
            }
        };
    }

    static KeptQuestionnaires in(Database database) {
        return new KeptQuestionnaires() {
            @Override
            public Optional<byte[]> byHash(String hash) {
                return database.questionnaires().byHash(hash).map(StoredQuestionnaire::content);
            }

            @Override
            public Optional<byte[]> find(String id, String version) {
                return database.questionnaires().find(id, version).map(StoredQuestionnaire::content);
            }
        };
    }
}
