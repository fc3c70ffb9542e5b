package fr.caprse.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.StakeholderGroup;
import fr.caprse.domain.workshop.WorkshopException;
import fr.caprse.i18n.I18n;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkshopMessagesTest {

    @Test
    void everyRefusalAndEveryGroupIsSaidInBothLanguages() {
        for (Locale locale : I18n.supported()) {
            I18n texts = new I18n(locale);
            for (WorkshopException.Kind kind : WorkshopException.Kind.values()) {
                String said = WorkshopMessages.of(texts, new WorkshopException(kind, "x", "A", "B", "C"));
                assertThat(said).as(locale + " " + kind).isNotBlank().doesNotContain("workshop.error");
            }
            for (StakeholderGroup group : StakeholderGroup.values()) {
                assertThat(WorkshopMessages.group(texts, group.code())).as(locale + " " + group).isNotBlank()
                        .isNotEqualTo(group.code());
            }
        }
        assertThat(WorkshopMessages.group(new I18n(Locale.FRENCH), "bénévoles")).isEqualTo("bénévoles");
        assertThat(WorkshopMessages.of(new I18n(Locale.ENGLISH), new WorkshopException(WorkshopException.Kind.LEVEL_OUT_OF_SCALE,
                "x", "7", "xgov-purpose", "4"))).isEqualTo("Level 7 does not exist for question xgov-purpose: a vote goes from 0 to 4.");
    }
}
