package fr.caprse.domain.assessment;

import java.util.Locale;
import java.util.Optional;

/**
 * The stakeholder groups a workshop participant may speak for (ISO 26000 clause 5), in the order the
 * workshop shows them. A participant's group is stored as its {@link #code()}; a code that is not listed
 * here is kept as written and shown after these.
 */
public enum StakeholderGroup {
    MANAGEMENT("management"),
    EMPLOYEES("employees"),
    STAFF_REPRESENTATIVES("staff-representatives"),
    MEMBERS("members"),
    CUSTOMERS("customers"),
    SUPPLIERS("suppliers"),
    LOCAL_AUTHORITY("local-authority"),
    ASSOCIATIONS("associations"),
    OTHER("other");

    private final String code;

    StakeholderGroup(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<StakeholderGroup> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (StakeholderGroup group : values()) {
            if (group.code.equals(wanted)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /** Listed groups first in their order, then other codes alphabetically. */
    public static int compareCodes(String a, String b) {
        int ra = fromCode(a).map(Enum::ordinal).orElse(values().length);
        int rb = fromCode(b).map(Enum::ordinal).orElse(values().length);
        return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
    }
}
