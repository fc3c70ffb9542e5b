package fr.caprse.excel.vsme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EFRAG's own sample (the template filled with EFRAG's sample data) reads into vsme-basic answers. */
class VsmeSampleImportTest {

    static Path sample() throws URISyntaxException {
        return Path.of(VsmeSampleImportTest.class.getResource("/vsme/VSME-Digital-Template-Sample-1.3.0.xlsx").toURI());
    }

    static Questionnaire vsmeBasic() {
        return BuiltInQuestionnaires.byId("vsme-basic").orElseThrow();
    }

    @Test
    void everyMappedDatapointOfEfragsSampleIsRead() throws Exception {
        VsmeTemplateReader.Result result = new VsmeTemplateReader().read(sample(), vsmeBasic());
        assertThat(result.templateVersion()).isEqualTo("1.3.0");
        assertThat(result.organisationName()).isEqualTo("Company XYZ");
        assertThat(result.period()).isEqualTo("2026");
        // EFRAG's sample counts full-time equivalents averaged over the year; vsme-basic asks the year-end headcount
        assertThat(result.warnings()).containsExactly(
                "General Information!E285 (EmployeeCountingMethodology, question b1-headcount): “As an average across "
                        + "the reporting period”, while vsme-basic counts “At the end of the reporting period”: check "
                        + "question b1-headcount",
                "General Information!E286 (TypeOfNumberOfEmployees, question b1-headcount): “Full-time equivalent "
                        + "(FTE)”, while vsme-basic counts “Headcount”: check question b1-headcount",
                // B6 is not filled in: its one unticked box is not read as a "no"
                "1 datapoint(s) still hold what the blank template holds (unticked boxes, pre-filled defaults) in "
                        + "disclosures nobody filled in, and were not imported as answers: a box left unticked cannot "
                        + "be told from a “no”; answer those questions in Cap RSE",
                // B2, B9 and B10 are filled in: their unticked boxes and kept defaults are read as given
                "9 answer(s) were left as in the blank template, in disclosures filled in by hand, and read as given "
                        + "(an unticked box as “no”, a pre-filled value as chosen): check questions b2-pollution, "
                        + "b2-water, b2-biodiversity, b2-own-workforce, b2-value-chain-workers, b2-communities, "
                        + "b2-business-conduct, b10-minimum-wage, b9-hours-worked");
        assertThat(result.leftAsBlank()).containsExactly(new VsmeTemplateReader.NotCarried(
                "WaterDischargeFromUndertakingProductionProcesses", "Environmental Disclosures!D309",
                "as in the blank template: question b6-process-water is left unanswered"));
        Map<String, AnswerValue> expected = new LinkedHashMap<>();
        expected.put("b1-reporting-year", number("2026"));
        expected.put("b1-module", choice("basic-comprehensive"));
        expected.put("b1-basis", choice("consolidated"));
        expected.put("b1-legal-form-category", choice("private-limited"));
        expected.put("b1-nace", text("G47.22, G47.21"));
        expected.put("b1-balance-sheet-eur", number("60000"));
        expected.put("b1-turnover-eur", number("23500"));
        expected.put("b1-headcount", number("151"));
        expected.put("b1-country", text("Italy"));
        expected.put("b1-subsidiaries", text("Company XYZ Subsidiary 1, Street XYZ, Coutry"));
        expected.put("b1-sites", text("Duomo Square, 20122, Milan, Italy"));
        expected.put("b2-climate", choice("yes"));
        expected.put("b2-pollution", choice("no"));
        expected.put("b2-water", choice("no"));
        expected.put("b2-biodiversity", choice("no"));
        expected.put("b2-circular", choice("yes"));
        expected.put("b2-own-workforce", choice("no"));
        expected.put("b2-value-chain-workers", choice("no"));
        expected.put("b2-communities", choice("no"));
        expected.put("b2-consumers", choice("yes"));
        expected.put("b2-business-conduct", choice("no"));
        expected.put("b2-targets", choice("yes"));
        // electricity 0 + 100 from the grid, 23 + 20 self-generated; renewable 0 + 23
        expected.put("b3-electricity-renewable-mwh", number("23"));
        expected.put("b3-electricity-mwh", number("143"));
        // the sample's Fuel Converter: 1,000 L of biodiesel (renewable) and 1,000 L of gas/diesel oil
        expected.put("b3-fuels-mwh", number("16.408346"));
        expected.put("b3-fuels-renewable-mwh", number("6.375005"));
        expected.put("b3-scope1-tco2e", number("100"));
        expected.put("b3-scope2-tco2e", number("50"));
        expected.put("b3-scope3-tco2e", number("200"));
        expected.put("b4-reporting-required", choice("yes"));
        expected.put("b4-air", text("Alachlor, 10 metric tonnes (t)\nAldrin, 10 metric tonnes (t)"));
        expected.put("b4-water", text("Alachlor, 5 metric tonnes (t)\nAldrin, 3 metric tonnes (t)"));
        expected.put("b4-soil", text("Alachlor, 3 metric tonnes (t)\nAldrin, 5 metric tonnes (t)"));
        // one site of 1,200 m²; land use in m²: 25, 100, 35, 200
        expected.put("b5-sensitive-sites", number("1"));
        expected.put("b5-sensitive-area-ha", number("0.12"));
        expected.put("b5-sealed-ha", number("0.0025"));
        expected.put("b5-nature-onsite-ha", number("0.01"));
        expected.put("b5-nature-offsite-ha", number("0.0035"));
        expected.put("b5-land-total-ha", number("0.02"));
        expected.put("b7-circular", choice("yes"));
        expected.put("b7-circular-description", text(LOREM));
        expected.put("b7-waste-hazardous-t", number("101.2"));
        expected.put("b7-waste-nonhazardous-t", number("7850"));
        expected.put("b7-waste-recovered-t", number("6130.8"));
        expected.put("b7-material-flows", choice("yes"));
        expected.put("b7-materials", text("Packaging, 1500, kilograms (kg)\nWrapping, trays, containers, 800, cubic meters (m3)"));
        expected.put("b8-permanent", number("110"));
        expected.put("b8-temporary", number("41"));
        expected.put("b8-male", number("55"));
        expected.put("b8-female", number("40"));
        // 5 of another gender and 51 not reported
        expected.put("b8-other-gender", number("56"));
        expected.put("b8-countries", text("Italy, 140\nAlbania, 6\nBelgium, 5"));
        expected.put("b8-leavers", number("50"));
        expected.put("b8-employees-start", number("201"));
        expected.put("b9-accidents", number("0"));
        expected.put("b9-fatalities", number("0"));
        expected.put("b10-minimum-wage", choice("yes"));
        expected.put("b10-hourly-pay-male-eur", number("20"));
        expected.put("b10-hourly-pay-female-eur", number("18"));
        expected.put("b10-pay-gap-pct", number("10"));
        expected.put("b11-convictions", number("1"));
        expected.put("b11-fines-eur", number("5000"));
        // 2,000 hours per employee × 151 employees
        expected.put("b9-hours-worked", number("302000"));
        // 140 of 151 employees covered
        expected.put("b10-collective-agreement-pct", number("92.715232"));
        // averages × number of men (55) and women (40)
        expected.put("b10-training-hours-male", number("5500"));
        expected.put("b10-training-hours-female", number("6000"));
        expected.put("b1-certifications", text(LOREM));
        assertThat(VsmeRoundTripTest.comparable(result.answers())).isEqualTo(VsmeRoundTripTest.comparable(expected));
    }

    @Test
    void theComprehensiveModuleIsListedAsNotCarried() throws Exception {
        VsmeTemplateReader.Result result = new VsmeTemplateReader().read(sample(), vsmeBasic());
        assertThat(result.notCarried()).contains(
                new VsmeTemplateReader.NotCarried("DescriptionOfKeyElementsOfStrategyThatRelatesToOrAffectsSustainabilityIssues",
                        "General Information!E531", "C1: comprehensive module, not covered by vsme-basic"),
                new VsmeTemplateReader.NotCarried("GenderDiversityRatioInGovernanceBody", "Governance Disclosures!H33",
                        "C9: comprehensive module, not covered by vsme-basic"),
                new VsmeTemplateReader.NotCarried("AverageNumberOfAnnualTrainingHoursPerOtherGenderEmployee",
                        "Social Disclosures!D159", "vsme-basic asks the training hours of women and of men"));
        assertThat(result.notCarried()).extracting(VsmeTemplateReader.NotCarried::name)
                .doesNotContain("ListOfSitesTable", "IdentifierOfSubsidiaryTypedAxis", "Turnover");
    }

    private static final String LOREM_START = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Quisque a enim nulla.";
    private static final String LOREM = LOREM_START + " Ut quis lorem at arcu fermentum dictum. Curabitur orci nisl, "
            + "maximus quis varius nec, vestibulum sed lectus. Quisque tempor sodales sem at ullamcorper. Pellentesque "
            + "habitant morbi tristique senectus et netus et malesuada fames ac turpis egestas. Nullam ligula leo, "
            + "ornare ac gravida nec, convallis eu lectus. Fusce at molestie ex, eget laoreet lectus. Duis scelerisque "
            + "erat mi, sed placerat erat fermentum eget. Aenean volutpat risus nec gravida mollis. Aenean cursus "
            + "elementum diam vitae dictum. Maecenas imperdiet imperdiet felis, vitae hendrerit nisi tempor quis. "
            + "Maecenas dictum, elit ut viverra fringilla, libero quam viverra turpis, a tristique diam metus eu "
            + "sapien. Suspendisse dapibus, lorem sit amet porta cursus, purus sapien sollicitudin leo, sed aliquet "
            + "massa ante nec urna. Cras ultricies in erat vitae tincidunt. Nam vel suscipit dui, et convallis ex. "
            + "Vivamus et efficitur est.\n\nNulla quis turpis eget turpis dapibus fermentum. Etiam et vestibulum "
            + "purus, at malesuada neque. Donec vel aliquam arcu. Sed aliquam placerat odio, nec placerat enim "
            + "rhoncus ut. Nullam a faucibus magna, ac ultrices magna. Duis eget sem justo. Fusce suscipit at augue "
            + "ut aliquam. Aliquam vel fringilla dolor. Nulla felis lorem, aliquam eget euismod quis, iaculis id erat.";

    private static AnswerValue number(String value) {
        return VsmeFixtures.number(value);
    }

    private static AnswerValue text(String value) {
        return VsmeFixtures.text(value);
    }

    private static AnswerValue choice(String value) {
        return VsmeFixtures.choice(value);
    }
}
