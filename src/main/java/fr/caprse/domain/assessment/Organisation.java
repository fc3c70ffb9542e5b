package fr.caprse.domain.assessment;

import java.util.Objects;

/**
 * The organisation profile. Only {@code name} is required; the other fields are {@code null} when
 * not given. {@code legalForm} is kept as written ({@code SARL}, {@code scop}), for display; conditions
 * read its code ({@link #legalFormCode()}). {@code sector} is kept in its canonical form when it is a
 * NACE or NAF code ({@link Sector}), as written otherwise.
 */
public record Organisation(String name, String registryId, String sector, OrganisationSize size, Integer employees,
                           String legalForm, String territory, Boolean ess) {

    public Organisation {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the organisation needs a name");
        }
        if (employees != null && employees < 0) {
            throw new IllegalArgumentException("employees must be >= 0: " + employees);
        }
        registryId = blankToNull(registryId);
        sector = blankToNull(sector);
        sector = sector == null ? null : Sector.canonical(sector).orElse(sector);
        territory = blankToNull(territory);
        legalForm = blankToNull(legalForm);
        if (legalForm != null && LegalForm.isCode(legalForm)) {
            legalForm = LegalForm.normalise(legalForm);
        }
    }

    public static Organisation named(String name) {
        return new Organisation(name, null, null, null, null, null, null, null);
    }

    /** The code of the legal form ({@link LegalForm#CODES}), whether a code or an alias was written; null if neither. */
    public String legalFormCode() {
        return LegalForm.code(legalForm).orElse(null);
    }

    /** The value of {@code org.<field>} in expressions: Double for employees, Boolean for ess, else String. */
    public Object field(String field) {
        return switch (field) {
            case "name" -> name;
            case "id" -> registryId;
            case "sector" -> sector;
            case "size" -> size == null ? null : size.code();
            case "employees" -> employees == null ? null : Double.valueOf(employees);
            case "legal_form" -> legalFormCode();
            case "territory" -> territory;
            case "ess" -> ess;
            default -> null;
        };
    }

    /** The field names expressions may use after {@code org.}. */
    public static final java.util.List<String> FIELDS =
            java.util.List.of("name", "id", "sector", "size", "employees", "legal_form", "territory", "ess");

    /** Trimmed, and null when nothing is left (so that normalising twice changes nothing). */
    private static String blankToNull(String value) {
        String trimmed = value == null ? null : value.trim();
        return trimmed == null || trimmed.isBlank() ? null : trimmed;
    }
}
