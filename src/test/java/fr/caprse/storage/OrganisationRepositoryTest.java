package fr.caprse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Organisation;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationRepositoryTest {

    @TempDir
    Path dataDir;

    private final StorageFixtures.MutableClock clock = new StorageFixtures.MutableClock(StorageFixtures.NOW);
    private Database database;
    private OrganisationRepository organisations;

    @BeforeEach
    void open() {
        database = Database.open(dataDir, clock);
        organisations = database.organisations();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anOrganisationIsCreatedReadChangedAndListedByName() {
        StoredOrganisation atelier = organisations.create(StorageFixtures.atelier());
        organisations.create(Organisation.named("bois & Cie"));
        organisations.create(Organisation.named("Zéphyr"));
        clock.set(StorageFixtures.NOW.plusSeconds(60));
        Organisation renamed = Organisation.named("Atelier du Val SCOP");

        StoredOrganisation updated = organisations.update(atelier.id(), renamed);

        assertThat(organisations.find(atelier.id())).contains(updated);
        assertThat(updated.organisation()).isEqualTo(renamed);
        assertThat(updated.created()).isEqualTo(StorageFixtures.NOW);
        assertThat(updated.modified()).isEqualTo(StorageFixtures.NOW.plusSeconds(60));
        assertThat(organisations.list()).extracting(o -> o.organisation().name())
                .containsExactly("Atelier du Val SCOP", "bois & Cie", "Zéphyr");
        assertThat(organisations.find(atelier.id()).orElseThrow().organisation()).isEqualTo(renamed);
    }

    @Test
    void everyProfileFieldIsKept() {
        long id = organisations.create(StorageFixtures.atelier()).id();
        assertThat(organisations.find(id).orElseThrow().organisation()).isEqualTo(StorageFixtures.atelier());
        long bare = organisations.create(Organisation.named("Bare")).id();
        assertThat(organisations.find(bare).orElseThrow().organisation()).isEqualTo(Organisation.named("Bare"));
    }

    @Test
    void anOrganisationWithAssessmentsIsNotDeleted() {
        long id = organisations.create(StorageFixtures.atelier()).id();
        byte[] file = StorageFixtures.file("rse-rso", "1.0.0", "");
        long assessment = database.assessments().create(id, "2026", StorageFixtures.questionnaire("1.0.0", file), file).id();

        assertThatThrownBy(() -> organisations.delete(id))
                .isInstanceOf(StorageException.class)
                .hasMessage("The organisation Atelier du Val still has 1 assessment; delete them first.");
        assertThat(organisations.find(id)).isPresent();

        database.assessments().delete(assessment);
        organisations.delete(id);
        assertThat(organisations.find(id)).isEmpty();
    }

    @Test
    void aProfileFromAFileFindsItsOrganisationByRegistryIdElseByName() {
        long atelier = organisations.create(StorageFixtures.atelier()).id();
        long bois = organisations.create(Organisation.named("Bois & Cie")).id();

        Organisation sameRegistryOtherName = new Organisation("ADV", "123 456 789 00012", null, null, null, null, null, null);
        assertThat(organisations.findMatching(sameRegistryOtherName)).map(StoredOrganisation::id).contains(atelier);
        assertThat(organisations.findMatching(Organisation.named("BOIS & CIE"))).map(StoredOrganisation::id).contains(bois);
        assertThat(organisations.findMatching(Organisation.named("Atelier du Val")))
                .as("the stored one has a registry id, the file's has none: not assumed to be the same").isEmpty();
        assertThat(organisations.findMatching(new Organisation("Bois & Cie", "999", null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void changingAnOrganisationThatIsGoneSaysSo() {
        assertThatThrownBy(() -> organisations.update(42, Organisation.named("x")))
                .isInstanceOf(StorageException.class).hasMessageContaining("no organisation 42");
    }
}
