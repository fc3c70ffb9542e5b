package fr.caprse.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.caprse.i18n.I18n;
import fr.caprse.storage.Database;
import fr.caprse.storage.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage problems reach the user in their language, the English text staying in the log. */
class ErrorsTest {

    @TempDir
    Path folder;

    @Test
    void aDamagedDatabaseIsToldInFrenchOrEnglish() throws Exception {
        Path data = Files.createDirectories(folder.resolve("données"));
        Files.writeString(data.resolve(Database.FILE_NAME), "not a database at all, just text");
        Throwable failure = catchThrowable(() -> Database.open(data));
        assertThat(failure).isInstanceOf(StorageException.class);
        assertThat(((StorageException) failure).reason()).isEqualTo(StorageException.Reason.DAMAGED);

        String french = Errors.message(failure, new I18n(Locale.FRENCH));
        assertThat(french).startsWith("La base de données ").contains("est endommagée")
                .contains(data.resolve(Database.FILE_NAME).toString()).doesNotContain("damaged");
        String english = Errors.message(failure, new I18n(Locale.ENGLISH));
        assertThat(english).contains("is damaged").contains(data.resolve(Database.FILE_NAME).toString());
        assertThat(failure.getMessage()).as("the log keeps the English text").contains("is damaged");
    }

    @Test
    void aFailureWrappedByTheWorkIsStillToldInTheUsersLanguage() {
        StorageException full = new StorageException(StorageException.Reason.DISK_FULL,
                "Cap RSE cannot save the answer to q1: the disk is full.", null, Path.of("cap-rse.db"));
        assertThat(Errors.message(new RuntimeException("wrapped", full), new I18n(Locale.FRENCH)))
                .isEqualTo("Le disque est plein. Libérez de la place, puis réessayez.");
        assertThat(Errors.message(new IllegalStateException("plain"), new I18n(Locale.FRENCH))).isEqualTo("plain");
    }
}
