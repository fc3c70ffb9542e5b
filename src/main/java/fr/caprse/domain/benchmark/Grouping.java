package fr.caprse.domain.benchmark;

import fr.caprse.domain.assessment.Organisation;
import java.util.Locale;
import java.util.Optional;

/**
 * What organisations are grouped by in benchmarks ({@code --by}): the NACE section of the sector (its
 * letter: C for manufacturing), the size class, the territory, the legal form, or whether the
 * organisation belongs to the social and solidarity economy.
 */
public enum Grouping {
    SECTOR("sector"), SIZE("size"), TERRITORY("territory"), LEGAL_FORM("legal_form"), ESS("ess");

    private final String code;

    Grouping(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Grouping> fromCode(String code) {
        for (Grouping grouping : values()) {
            if (grouping.code.equals(code)) {
                return Optional.of(grouping);
            }
        }
        return Optional.empty();
    }

    /**
     * The group of {@code organisation}: a key that compares equal for organisations of the same group
     * (territories and legal forms without regard to case or surrounding spaces), or empty when the
     * profile does not say.
     */
    public Optional<String> groupOf(Organisation organisation) {
        String value = switch (this) {
            case SECTOR -> organisation.sector() == null ? null : section(organisation.sector());
            case SIZE -> organisation.size() == null ? null : organisation.size().code();
            case TERRITORY -> organisation.territory() == null ? null
                    : organisation.territory().strip().toLowerCase(Locale.ROOT);
            case LEGAL_FORM -> organisation.legalForm();
            case ESS -> organisation.ess() == null ? null : organisation.ess().toString();
        };
        return Optional.ofNullable(value == null || value.isBlank() ? null : value);
    }

    /** The NACE section letter a sector code starts with (C10.71 → C), or the code when it has none. */
    static String section(String sector) {
        String s = sector.strip();
        return !s.isEmpty() && Character.isLetter(s.charAt(0)) ? s.substring(0, 1).toUpperCase(Locale.ROOT)
                : s.toLowerCase(Locale.ROOT);
    }
}
