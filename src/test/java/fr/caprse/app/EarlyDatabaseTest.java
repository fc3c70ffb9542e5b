package fr.caprse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void theDatabaseOpenedWhileJavaFxStartsIsTheOneTheAppGets() {
        Path data = dir.resolve("data");
        EarlyDatabase.start(data);
        try (Database database = EarlyDatabase.take(data)) {
            assertThat(database.organisations().list()).isEmpty();
            assertThat(data.resolve("cap-rse.db")).exists();
        }
        // taken once: a second start of the app in the same process opens it afresh
        try (Database again = EarlyDatabase.take(data)) {
            assertThat(again.organisations().list()).isEmpty();
        }
    }

    @Test
    void withoutAnEarlyStartTheDatabaseIsOpenedOnTheSpot() {
        try (Database database = EarlyDatabase.take(dir.resolve("direct"))) {
            assertThat(dir.resolve("direct").resolve("cap-rse.db")).exists();
        }
    }

    @Test
    void anEarlyOpeningOfAnotherFolderIsReleased() {
        Path early = dir.resolve("early");
        EarlyDatabase.start(early);
        try (Database database = EarlyDatabase.take(dir.resolve("asked"))) {
            assertThat(dir.resolve("asked").resolve("cap-rse.db")).exists();
        }
        // the early one was closed before take returned: its folder opens again at once
        try (Database reopened = Database.open(early)) {
            assertThat(reopened.organisations().list()).isEmpty();
        }
    }

    @Test
    void aFolderThatCannotBeOpenedFailsAsItWouldWithoutTheEarlyStart() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "not a folder");
        Throwable direct = org.assertj.core.api.Assertions.catchThrowable(() -> Database.open(notAFolder));
        assertThat(direct).isNotNull();
        EarlyDatabase.start(notAFolder);
        assertThatThrownBy(() -> EarlyDatabase.take(notAFolder))
                .isInstanceOf(direct.getClass())
                .hasMessage(direct.getMessage());
    }
}
