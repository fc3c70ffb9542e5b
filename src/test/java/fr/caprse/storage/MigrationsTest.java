package fr.caprse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every earlier schema is brought up to date with its data intact. A database "at schema k" is built the
 * way a user's database grew: migration 1, then the data an app of that schema wrote, then migration 2
 * and the data of that schema, and so on up to k. Each step's data is then read back, through the
 * repositories, as the assessments it stands for.
 */
class MigrationsTest {

    private static final Instant T1 = Instant.parse("2024-11-20T08:00:00Z");
    private static final Instant T2 = Instant.parse("2025-11-20T08:00:00Z");

    @TempDir
    Path dataDir;

    /** What an app at each schema wrote, with the plain SQL of that schema; index 0 is schema 1. */
    private static final List<Fixture> DATA_WRITTEN_AT = List.of(
            new Fixture(1, """
                    INSERT INTO organisations VALUES (1, 'Atelier du Val', NULL, 'C25', 'small', 23, 'scop', 'Drôme', 1,
                      '2024-11-20T08:00:00Z', '2024-11-20T08:00:00Z');
                    INSERT INTO questionnaire_versions VALUES ('hash-v1', 'rse-rso', '1.0.0', X'69643A207273652D72736F', '2024-11-20T08:00:00Z');
                    INSERT INTO assessments VALUES (1, 1, '2024', 'rse-rso', '1.0.0', 'hash-v1', 'Atelier du Val', NULL, 'C25',
                      'micro', 8, 'scop', 'Drôme', 1, '2024-11-20T08:00:00Z', '2024-11-21T09:00:00Z');
                    INSERT INTO answers VALUES (1, 'gov-mission', 1, 'level', '2', 0, 'voted in 2024', 'AG minutes', 'Camille',
                      '2024-11-20T08:05:00Z');
                    INSERT INTO answers VALUES (1, 'env-energy', 2, 'number', '182.50', 0, NULL, NULL, NULL, NULL);
                    INSERT INTO answers VALUES (1, 'con-labels', 3, NULL, NULL, 1, 'B2B only', NULL, NULL, NULL);
                    INSERT INTO participants VALUES (1, 'p1', 1, 'Camille', 'gérante');
                    INSERT INTO participants VALUES (1, 'p2', 2, 'Lou', NULL);
                    INSERT INTO votes VALUES (1, 'gov-mission', 'p2', 1, 3);
                    INSERT INTO votes VALUES (1, 'gov-mission', 'p1', 2, 2);
                    """, new Assessment("rse-rso", "1.0.0",
                    new Organisation("Atelier du Val", null, "C25", OrganisationSize.MICRO, 8, "scop", "Drôme", true),
                    "2024", T1, Instant.parse("2024-11-21T09:00:00Z"), answers(
                            new Answer("gov-mission", new AnswerValue.LevelValue(2), false, "voted in 2024", "AG minutes",
                                    "Camille", Instant.parse("2024-11-20T08:05:00Z"), false),
                            Answer.of("env-energy", new AnswerValue.NumberValue(new BigDecimal("182.50"))),
                            Answer.notApplicable("con-labels").withComment("B2B only")),
                    List.of(new Participant("p1", "Camille", "gérante"), new Participant("p2", "Lou", null)),
                    List.of(new Vote("gov-mission", "p2", 3), new Vote("gov-mission", "p1", 2)), List.of())),
            new Fixture(2, """
                    INSERT INTO assessments VALUES (2, 1, '2025', 'rse-rso', '1.0.0', 'hash-v1', 'Atelier du Val', NULL, 'C25',
                      'small', 23, 'scop', 'Drôme', 1, '2025-11-20T08:00:00Z', '2025-11-20T08:00:00Z');
                    INSERT INTO answers VALUES (2, 'gov-mission', 1, 'level', '3', 0, NULL, NULL, NULL, NULL, 1);
                    INSERT INTO actions VALUES (1, 2, 1, 'env-energy', 'Audit énergétique', 'Lou', '2026-06-30', 'doing');
                    """, new Assessment("rse-rso", "1.0.0",
                    new Organisation("Atelier du Val", null, "C25", OrganisationSize.SMALL, 23, "scop", "Drôme", true),
                    "2025", T2, T2, answers(Answer.of("gov-mission", new AnswerValue.LevelValue(3)).withFlagged(true)),
                    List.of(), List.of(),
                    List.of(new Action("env-energy", "Audit énergétique", "Lou", LocalDate.parse("2026-06-30"), ActionStatus.DOING)))),
            new Fixture(3, """
                    INSERT INTO assessments VALUES (3, 1, '2026', 'rse-rso', '1.0.0', 'hash-v1', 'Atelier du Val', NULL, 'C25',
                      'small', 23, 'scop', 'Drôme', 1, '2026-11-20T08:00:00Z', '2026-11-20T08:00:00Z');
                    INSERT INTO participants VALUES (3, 'p1', 1, 'Camille', 'gérante', 'management', 0);
                    INSERT INTO participants VALUES (3, 'p2', 2, 'Lou', NULL, 'employees', 1);
                    INSERT INTO votes VALUES (3, 'gov-mission', 'p2', 1, 1);
                    INSERT INTO absences VALUES (3, 'gov-mission', 'p1');
                    """, new Assessment("rse-rso", "1.0.0",
                    new Organisation("Atelier du Val", null, "C25", OrganisationSize.SMALL, 23, "scop", "Drôme", true),
                    "2026", Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-20T08:00:00Z"), answers(),
                    List.of(new Participant("p1", "Camille", "gérante", "management", false),
                            new Participant("p2", "Lou", null, "employees", true)),
                    List.of(new Vote("gov-mission", "p2", 1)), List.of())));

    /** One schema's data: the SQL of that schema, and the assessment (id = schema) it stands for. */
    private record Fixture(int schema, String sql, Assessment expected) {
    }

    static Stream<Integer> earlierSchemas() {
        return IntStream.range(0, Migrations.latest()).boxed();
    }

    @Test
    void migrationsAreNumberedOneByOneAndEverySchemaHasItsData() {
        assertThat(Migrations.ALL).extracting(Migration::version)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, Migrations.latest()).boxed().toList());
        assertThat(DATA_WRITTEN_AT).extracting(Fixture::schema)
                .as("a new migration comes with the data an app of its schema writes")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, Migrations.latest()).boxed().toList());
    }

    @ParameterizedTest(name = "from schema {0}")
    @MethodSource("earlierSchemas")
    void aDatabaseAtAnEarlierSchemaIsMigratedWithAllItsData(int from) throws Exception {
        Path file = dataDir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            DatabaseTest.pragma(c, "journal_mode = WAL"); // what every earlier app also did
            for (int schema = 1; schema <= from; schema++) {
                Migrations.apply(c, schema - 1, schema);
                for (String statement : DATA_WRITTEN_AT.get(schema - 1).sql().split(";\\s*\\n")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            assertThat(Migrations.userVersion(c)).isEqualTo(from);
        }

        try (Database database = Database.open(dataDir, StorageFixtures.fixedClock())) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.latest());
            for (int schema = 1; schema <= from; schema++) {
                assertThat(database.assessments().load(schema)).as("data written at schema " + schema)
                        .contains(DATA_WRITTEN_AT.get(schema - 1).expected());
            }
            assertThat(database.assessments().list()).hasSize(from);
            if (from > 0) {
                Path copy = database.backups().folder().resolve("cap-rse-2026-11-26-schema-" + from + ".db");
                assertThat(copy).as("copy made before migrating").exists();
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                    assertThat(Migrations.userVersion(c)).isEqualTo(from);
                    assertThat(count(c, "SELECT count(*) FROM assessments")).isEqualTo(from);
                }
            }
        }
        try (Database again = Database.open(dataDir, StorageFixtures.fixedClock())) {
            assertThat(again.assessments().list()).as("a second start migrates nothing").hasSize(from);
        }
    }

    @Test
    void anEmptyButValidDatabaseFileIsGivenTheSchema() throws Exception {
        Path file = dataDir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 0");
            s.execute("VACUUM");
        }
        try (Database database = Database.open(dataDir)) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(database.<List<String>>read("test", DatabaseTest::tables))
                    .contains("organisations", "assessments", "answers", "participants", "votes", "actions",
                            "questionnaire_versions");
            assertThat(database.backups().list()).as("nothing worth a copy").isEmpty();
        }
    }

    @Test
    void aMigrationThatFailsHalfWayLeavesTheDatabaseAsItWas() throws Exception {
        Path file = dataDir.resolve(Database.FILE_NAME);
        List<Migration> broken = List.of(Migrations.ALL.get(0),
                new Migration(2, "broken", List.of("CREATE TABLE half_done (id INTEGER)", "THIS IS NOT SQL")));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(c, broken, 0, 1);
            assertThatThrownBy(() -> Migrations.apply(c, broken, 1, 2)).isInstanceOf(SQLException.class);
            assertThat(Migrations.userVersion(c)).isEqualTo(1);
            assertThat(DatabaseTest.tables(c)).doesNotContain("half_done");
        }
    }

    private static Map<String, Answer> answers(Answer... answers) {
        Map<String, Answer> map = new LinkedHashMap<>();
        for (Answer answer : answers) {
            map.put(answer.questionId(), answer);
        }
        return map;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void theBackupBeforeAMigrationIsNotMadeForANewDatabase() {
        try (Database database = Database.open(dataDir, StorageFixtures.fixedClock())) {
            assertThat(database.backups().list()).isEmpty();
        }
        assertThat(Files.exists(dataDir.resolve(Backups.FOLDER))).isFalse();
    }
}
