package fr.caprse.excel.vsme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sites and materials written one a line, as vsme-basic's help asks, read into the rows of the template's tables. */
class TableRowsTest {

    @Test
    void sitesAsTheHelpWritesThemWithTheirNameDroppedAndTheCountryOfTheOrganisation() {
        TableRows.Parsed parsed = TableRows.sites("atelier : 4 chemin du Moulin, 26400 Crest ; dépôt : 44.73, 5.02\n"
                + "magasin : Zone artisanale, 12 rue Haute, 26000 Valence, France", "France");
        assertThat(parsed.rows()).containsExactly(
                List.of("4 chemin du Moulin", "26400", "Crest", "France"),
                List.of("Zone artisanale, 12 rue Haute", "26000", "Valence", "France"));
        assertThat(parsed.skipped()).containsExactly("dépôt : 44.73, 5.02");
    }

    @Test
    void sitesAsAnImportBringsThemBack() {
        TableRows.Parsed parsed = TableRows.sites("Duomo Square, 20122, Milan, Italy\nRue du Fort, L-1234, Luxembourg, "
                + "Luxembourg", null);
        assertThat(parsed.rows()).containsExactly(List.of("Duomo Square", "20122", "Milan", "Italy"),
                List.of("Rue du Fort", "L-1234", "Luxembourg", "Luxembourg"));
        assertThat(parsed.skipped()).isEmpty();
    }

    @Test
    void aSiteWithoutPostalCodeOrWithoutAnyCountryIsLeftOut() {
        assertThat(TableRows.sites("siège : 4 place de la Mairie, Crest", "France").skipped())
                .containsExactly("siège : 4 place de la Mairie, Crest");
        assertThat(TableRows.sites("4 chemin du Moulin, 26400 Crest", null).skipped())
                .containsExactly("4 chemin du Moulin, 26400 Crest");
        assertThat(TableRows.sites("4 chemin du Moulin, 26400 Crest", null).rows()).isEmpty();
    }

    @Test
    void materialsWithTheirMassInTheUnitsPeopleWrite() {
        TableRows.Parsed parsed = TableRows.materials("chêne massif : 85 t ; panneaux de particules : 40 tonnes ; "
                + "vernis : 1,2 t ; visserie : 1 200 kg ; eau : 30 m3 ; colle : beaucoup");
        assertThat(parsed.rows()).containsExactly(
                List.of("chêne massif", new BigDecimal("85"), "metric tonnes (t)"),
                List.of("panneaux de particules", new BigDecimal("40"), "metric tonnes (t)"),
                List.of("vernis", new BigDecimal("1.2"), "metric tonnes (t)"),
                List.of("visserie", new BigDecimal("1200"), "kilograms (kg)"),
                List.of("eau", new BigDecimal("30"), "cubic meters (m3)"));
        assertThat(parsed.skipped()).containsExactly("colle : beaucoup");
    }

    @Test
    void materialsAsAnImportBringsThemBackNamesWithCommasIncluded() {
        TableRows.Parsed parsed = TableRows.materials("Packaging, 1500, kilograms (kg)\n"
                + "Wrapping, trays, containers, 800, cubic meters (m3)");
        assertThat(parsed.rows()).containsExactly(List.of("Packaging", new BigDecimal("1500"), "kilograms (kg)"),
                List.of("Wrapping, trays, containers", new BigDecimal("800"), "cubic meters (m3)"));
    }
}
