package fr.caprse.domain.assessment;

import java.util.Objects;

/**
 * The organisation profile. Only {@code name} is required; the other fields are {@code null} when
 * not given. {@code legalForm} is one of {@link LegalForm#CODES} (stored in lower case).
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
        legalForm = LegalForm.normalise(legalForm);
        registryId = blankToNull(registryId);
        sector = blankToNull(sector);
        territory = blankToNull(territory);
        legalForm = blankToNull(legalForm);
    }

    public static Organisation named(String name) {
        return new Organisation(name, null, null, null, null, null, null, null);
    }

    /** The value of {@code org.<field>} in expressions: Double for employees, Boolean for ess, else String. */
    public Object field(String field) {
        return switch (field) {
            case "name" -> name;
            case "id" -> registryId;
            case "sector" -> sector;
            case "size" -> size == null ? null : size.code();
            case "employees" -> employees == null ? null : Double.valueOf(employees);
            case "legal_form" -> legalForm;
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
