package fr.caprse.domain.scoring;

/** Why a question does not count in its theme's score (scoring contract, "Which questions count"). */
public enum Exclusion {
    /** Its weight is 0. */
    WEIGHT_ZERO,
    /** Its type earns no points (text, computed, number or percent without bands). */
    NOT_SCORED,
    /** Its highest possible points are 0: nothing to earn. */
    NOTHING_TO_EARN,
    /** Its {@code applies_when} is false for this organisation and these answers. */
    NOT_APPLICABLE,
    /** It was answered "not applicable". */
    ANSWERED_NA
}
