package fr.caprse.ui.workshop;

import fr.caprse.domain.assessment.StakeholderGroup;
import fr.caprse.domain.workshop.WorkshopException;
import fr.caprse.i18n.I18n;
import java.util.Locale;

/** Workshop texts that depend on data: refused changes and stakeholder group names, in the user's language. */
final class WorkshopMessages {

    private WorkshopMessages() {
    }

    /** A refused change, said in the user's language with what and where (participant, question, level). */
    static String of(I18n texts, WorkshopException e) {
        String key = "workshop.error." + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return texts.get(key, e.arguments().toArray());
    }

    /** A group's name: the listed groups translated, a consultant's own code as written. */
    static String group(I18n texts, String code) {
        return StakeholderGroup.fromCode(code).map(g -> texts.get("workshop.group." + g.code())).orElse(code);
    }
}
