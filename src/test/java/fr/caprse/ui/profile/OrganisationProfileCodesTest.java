package fr.caprse.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Organisation;
import fr.caprse.i18n.I18n;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The profile form takes the NAF code and the legal form as French people write them. */
class OrganisationProfileCodesTest {

    private final OrganisationProfileViewModel model =
            new OrganisationProfileViewModel(new SimpleObjectProperty<>(new I18n(Locale.FRENCH)));

    @Test
    void aNafCodeAsWrittenIsAcceptedAndSavedInItsCanonicalForm() {
        model.nameProperty().set("Scierie du Vercors");
        for (String written : new String[] {"16.23Z", "1623Z", "16.23z"}) {
            model.sectorProperty().set(written);
            assertThat(model.sectorErrorProperty().get()).as(written).isEmpty();
            assertThat(model.valid().get()).isTrue();
            assertThat(model.toOrganisation().sector()).isEqualTo("16.23Z");
        }
        model.sectorProperty().set("scierie");
        assertThat(model.sectorErrorProperty().get()).isNotEmpty();
        assertThat(model.valid().get()).isFalse();
    }

    @Test
    void aLegalFormWrittenAsAnAliasIsOfferedAsWrittenAndKept() {
        model.load(new Organisation("Fournil", null, null, null, 3, "SARL", null, null));
        assertThat(model.legalForms()).contains("SARL", "company");
        Organisation saved = model.toOrganisation();
        assertThat(saved.legalForm()).isEqualTo("SARL");
        assertThat(saved.legalFormCode()).isEqualTo("company");
    }
}
