package fr.caprse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void anEmptyFolderGetsADatabaseAtTheLatestSchemaInWalMode() {
        try (Database database = Database.open(dataDir.resolve("new folder"))) {
            assertThat(database.file()).exists();
            assertThat(database.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(database.<String>read("test", c -> pragma(c, "journal_mode"))).isEqualTo("wal");
            assertThat(database.<String>read("test", c -> pragma(c, "synchronous"))).isEqualTo("2"); // FULL
            assertThat(database.backups().list()).as("nothing to back up yet").isEmpty();
        }
    }

    @Test
    void whatWasSavedIsThereAfterReopening() {
        long assessmentId;
        try (Database database = Database.open(dataDir)) {
            long organisationId = database.organisations().create(Organisation.named("Atelier du Val")).id();
            byte[] file = StorageFixtures.file("rse-rso", "1.0.0", "");
            assessmentId = database.assessments().create(organisationId, "2026",
                    StorageFixtures.questionnaire("1.0.0", file), file).id();
            database.assessments().saveAnswer(assessmentId, Answer.of("gov-mission", new AnswerValue.LevelValue(2)));
        }
        try (Database database = Database.open(dataDir)) {
            assertThat(database.assessments().load(assessmentId).orElseThrow().answers())
                    .containsOnlyKeys("gov-mission");
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderIsToldItIsAlreadyOpen() {
        try (Database first = Database.open(dataDir)) {
            assertThatThrownBy(() -> Database.open(dataDir))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("Cap RSE is already open on this data folder (" + dataDir)
                    .hasMessageContaining("process " + ProcessHandle.current().pid());
            assertThat(first.organisations().list()).as("the first instance carries on").isEmpty();
        }
        try (Database again = Database.open(dataDir)) {
            assertThat(again.schemaVersion()).as("closing released the folder").isEqualTo(Migrations.latest());
        }
    }

    @Test
    void aRefusedSecondOpenDoesNotFreeTheFolderForAnotherProcess(@TempDir Path work) throws Exception {
        try (Database first = Database.open(dataDir)) {
            assertThatThrownBy(() -> Database.open(dataDir)).isInstanceOf(StorageException.class);

            assertThat(OpenProbeChild.run(dataDir, work))
                    .startsWith("refused: Cap RSE is already open on this data folder")
                    .contains("process " + ProcessHandle.current().pid());
        }
        assertThat(OpenProbeChild.run(dataDir, work)).as("free once closed").isEqualTo("opened");
    }

    @Test
    void aDatabaseFromANewerVersionIsReportedAndLeftUntouched() throws Exception {
        Path file = dataDir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY)");
            s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("This database was written by a newer version of Cap RSE (schema 99, this app knows "
                        + Migrations.latest() + "); nothing was changed");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dataDir.resolve(Backups.FOLDER)).doesNotExist();
        try (Database database = openAfterMovingAway(file)) {
            assertThat(database.schemaVersion()).as("the failed open released the folder").isEqualTo(Migrations.latest());
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAndLeftUntouched() throws Exception {
        Path file = dataDir.resolve(Database.FILE_NAME);
        byte[] before = "these are my notes, not a database\n".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, before);

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("The database " + file + " is damaged (it is not a SQLite database); it was left as it is")
                .hasMessageContaining(dataDir.resolve(Backups.FOLDER).toString());

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.list(dataDir).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder(Database.FILE_NAME, DataFolderLock.FILE_NAME);
    }

    @Test
    void aDamagedDatabaseIsReportedAndLeftUntouched() throws Exception {
        try (Database database = Database.open(dataDir)) {
            long organisationId = database.organisations().create(Organisation.named("Atelier du Val")).id();
            byte[] questionnaire = StorageFixtures.file("rse-rso", "1.0.0", "x".repeat(20_000));
            long assessmentId = database.assessments().create(organisationId, "2026",
                    StorageFixtures.questionnaire("1.0.0", questionnaire), questionnaire).id();
            for (int i = 0; i < 300; i++) {
                database.assessments().saveAnswer(assessmentId,
                        Answer.of("q-" + i, new AnswerValue.TextValue("answer number " + i + " ".repeat(40))));
            }
        }
        Path file = dataDir.resolve(Database.FILE_NAME);
        assertThat(Files.size(file)).as("several pages").isGreaterThan(8 * 4096);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[4096 * 3];
            Arrays.fill(garbage, (byte) 0x5A);
            raw.seek(4096 * 2); // past the header page: the file still looks like SQLite
            raw.write(garbage);
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("The database " + file + " is damaged (SQLite says: database disk image is malformed)")
                .hasMessageContaining("it was left as it is");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefused() throws Exception {
        Path file = dataDir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
            s.execute("INSERT INTO contacts VALUES ('Camille')");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(dataDir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is a SQLite database, but not one of Cap RSE; nothing was changed");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsTakenAsANewDatabase() throws IOException {
        Files.createFile(dataDir.resolve(Database.FILE_NAME));
        try (Database database = Database.open(dataDir)) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void theDatabaseRefusesWorkOnceClosed() {
        Database database = Database.open(dataDir);
        database.close();
        assertThatThrownBy(() -> database.organisations().list()).isInstanceOf(IllegalStateException.class);
    }

    private Database openAfterMovingAway(Path file) throws IOException {
        Files.move(file, file.resolveSibling("newer.db"));
        return Database.open(dataDir);
    }

    static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static List<String> tables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }
}
