package fr.caprse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dataDir;

    private final StorageFixtures.MutableClock clock = new StorageFixtures.MutableClock(Instant.parse("2026-11-26T08:00:00Z"));

    @Test
    void theFirstStartOfADayCopiesTheDatabaseWithEverythingInIt() throws Exception {
        long assessmentId = startWithOneAssessment();
        try (Database database = Database.open(dataDir, clock)) {
            database.assessments().saveAnswer(assessmentId, Answer.of("gov-mission", new AnswerValue.LevelValue(3)));
        }
        clock.set(Instant.parse("2026-11-27T07:00:00Z"));

        try (Database database = Database.open(dataDir, clock)) {
            Path copy = database.backups().folder().resolve("cap-rse-2026-11-27.db");
            assertThat(database.backups().list()).startsWith(copy);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement();
                 var rows = s.executeQuery("SELECT value FROM answers WHERE question_id = 'gov-mission'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("3");
                assertThat(DatabaseTest.pragma(c, "quick_check")).isEqualTo("ok");
            }
        }
    }

    @Test
    void aSecondStartTheSameDayKeepsTheMorningCopy() throws Exception {
        startWithOneAssessment();
        try (Database database = Database.open(dataDir, clock)) {
            assertThat(database.backups().list()).hasSize(1);
        }
        Path copy = dataDir.resolve(Backups.FOLDER).resolve("cap-rse-2026-11-26.db");
        byte[] morning = Files.readAllBytes(copy);
        clock.set(Instant.parse("2026-11-26T17:00:00Z"));
        try (Database database = Database.open(dataDir, clock)) {
            database.organisations().create(Organisation.named("Another"));
        }
        try (Database database = Database.open(dataDir, clock)) {
            assertThat(database.backups().list()).containsExactly(copy);
        }
        assertThat(Files.readAllBytes(copy)).isEqualTo(morning);
    }

    @Test
    void copiesAreKeptForTheLastSevenDaysOfUse() {
        startWithOneAssessment();
        for (int day = 0; day < 10; day++) {
            clock.advanceDays(day == 5 ? 30 : 1); // a month of holidays in the middle
            Database.open(dataDir, clock).close();
        }
        List<String> names = new Backups(dataDir, clock, Backups.DEFAULT_DAYS_KEPT).list().stream()
                .map(p -> p.getFileName().toString()).toList();
        // opened on Nov 27 to Dec 1, then Dec 31 to Jan 4
        assertThat(names).containsExactly("cap-rse-2027-01-04.db", "cap-rse-2027-01-03.db", "cap-rse-2027-01-02.db",
                "cap-rse-2027-01-01.db", "cap-rse-2026-12-31.db", "cap-rse-2026-12-01.db", "cap-rse-2026-11-30.db");
    }

    @Test
    void aTemporaryCopyLeftByACrashIsCleanedAway() throws Exception {
        startWithOneAssessment();
        Path stray = Files.createDirectories(dataDir.resolve(Backups.FOLDER)).resolve("cap-rse-2026-11-20.db.tmp");
        Files.writeString(stray, "half a copy");
        clock.advanceDays(1);
        try (Database database = Database.open(dataDir, clock)) {
            assertThat(database.backups().list()).hasSize(1);
        }
        assertThat(stray).doesNotExist();
    }

    private long startWithOneAssessment() {
        try (Database database = Database.open(dataDir, clock)) {
            long organisationId = database.organisations().create(StorageFixtures.atelier()).id();
            byte[] file = StorageFixtures.file("rse-rso", "1.0.0", "");
            return database.assessments().create(organisationId, "2026",
                    StorageFixtures.questionnaire("1.0.0", file), file).id();
        }
    }
}
