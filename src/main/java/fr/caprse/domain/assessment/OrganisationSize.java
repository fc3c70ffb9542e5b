package fr.caprse.domain.assessment;

import java.util.Locale;
import java.util.Optional;

/** Size classes of the EU SME definition, as named in files and expressions ({@code org.size}). */
public enum OrganisationSize {
    MICRO, SMALL, MEDIUM, LARGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrganisationSize> fromCode(String code) {
        for (OrganisationSize size : values()) {
            if (size.code().equals(code)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
