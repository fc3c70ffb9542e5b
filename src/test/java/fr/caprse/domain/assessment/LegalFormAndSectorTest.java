package fr.caprse.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The legal forms and sector codes French people write, read as the codes they stand for. */
class LegalFormAndSectorTest {

    @ParameterizedTest
    @CsvSource({"SARL, company", "sarl, company", "S.A.R.L., company", "SAS, company", "SASU, company",
            "EURL, company", "SA, company", "EI, sole-trader", "micro-entreprise, sole-trader",
            "Micro entreprise, sole-trader", "fondation, foundation", "Fondation, foundation", "mutuelle, mutual",
            "coopérative, cooperative", "Cooperative, cooperative", "COOPÉRATIVE, cooperative", "SCOP, scop",
            "scic, scic", "public-body, public-body", "Association, association"})
    void theFormsFrenchPeopleWriteAreReadAsTheirCode(String written, String code) {
        assertThat(LegalForm.code(written)).contains(code);
        Organisation organisation = new Organisation("Fournil", null, null, null, null, written, null, null);
        assertThat(organisation.legalFormCode()).isEqualTo(code);
        assertThat(organisation.field("legal_form")).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GmbH", "SARLU2", "entreprise", ""})
    void otherFormsAreUnknown(String written) {
        assertThat(LegalForm.isKnown(written)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"SARL, SARL", "coopérative, coopérative", "SCOP, scop", " Scic , scic"})
    void anAliasIsKeptAsWrittenAndACodeInLowerCase(String written, String kept) {
        assertThat(new Organisation("Fournil", null, null, null, null, written, null, null).legalForm()).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource({"16.23Z, 16.23Z", "1623Z, 16.23Z", "16.23z, 16.23Z", "16 23 Z, 16.23Z", "C25, C25", "c25, C25",
            "25.11, 25.11", "2511, 25.11", "C, C", "25.1, 25.1", "C25.1, C25.1"})
    void nafAndNaceCodesAreStoredInOneCanonicalForm(String written, String canonical) {
        assertThat(Sector.canonical(written)).contains(canonical);
        assertThat(new Organisation("Fournil", null, written, null, null, null, null, null).sector()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"boulangerie", "1", "16.23ZZ", "Z99", "1.623Z", "16.234"})
    void otherSectorsAreNotCodes(String written) {
        assertThat(Sector.isValid(written)).isFalse();
    }
}
