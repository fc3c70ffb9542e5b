package fr.caprse.storage;

import java.time.Instant;
import java.util.Objects;
import fr.caprse.domain.assessment.Organisation;

/** An organisation as kept in the database: its id, its current profile, when it was created and changed. */
public record StoredOrganisation(long id, Organisation organisation, Instant created, Instant modified) {
    public StoredOrganisation {
        Objects.requireNonNull(organisation, "organisation");
    }
}
