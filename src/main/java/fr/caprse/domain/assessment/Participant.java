package fr.caprse.domain.assessment;

import java.util.Objects;

/**
 * A workshop participant: a name (or an alias for an anonymous workshop), an optional role, the
 * stakeholder group they speak for (a {@link StakeholderGroup} code, or a code the consultant chose;
 * null when not said) and whether they were removed from the workshop after voting, in which case their
 * votes are kept and shown as those of a removed participant.
 */
public record Participant(String id, String name, String role, String group, boolean removed) {
    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        role = blankToNull(role);
        group = blankToNull(group);
    }

    public Participant(String id, String name, String role) {
        this(id, name, role, null, false);
    }

    /** The group this participant's votes count in: their own, else {@link StakeholderGroup#OTHER}. */
    public String groupOrOther() {
        return group == null ? StakeholderGroup.OTHER.code() : group;
    }

    public Participant asRemoved() {
        return new Participant(id, name, role, group, true);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
