package fr.caprse.excel.vsme;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A complete vsme-basic assessment: a 60-person worker cooperative that answers every question that applies
 * to it, with figures that agree with one another (as the template recomputes some of them).
 */
final class VsmeFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    /** The answered questions the template has no place for (the export says why, the import cannot bring them back). */
    static final Set<String> NOT_WRITTEN = Set.of("b1-omitted-info", "b1-legal-form", "b2-description",
            "b3-fuels-mwh", "b3-fuels-renewable-mwh", "b3-scope3-tco2e", "b3-method", "b4-air", "b4-water", "b4-soil",
            "b5-sensitive-sites", "b5-sensitive-area-ha", "b7-waste-nonhazardous-t", "b7-waste-hazardous-t",
            "b7-waste-recovered-t", "b8-countries", "b10-training-hours-total", "b6-high-stress",
            "b8-temporary", "b10-pay-gap-pct");

    /**
     * Of those, the ones the template works out from what was written (the volume at sites of high water
     * stress, headcount minus permanent contracts, the gap from the hourly pay), so they come back on import.
     */
    static final Set<String> DERIVED_BY_THE_TEMPLATE = Set.of("b6-high-stress", "b8-temporary", "b10-pay-gap-pct");

    private VsmeFixtures() {
    }

    static Questionnaire questionnaire() {
        return BuiltInQuestionnaires.byId("vsme-basic").orElseThrow();
    }

    static Map<String, AnswerValue> answers() {
        Map<String, AnswerValue> a = new LinkedHashMap<>();
        a.put("b1-reporting-year", number("2025"));
        a.put("b1-module", choice("basic"));
        a.put("b1-omitted-info", choice("no"));
        a.put("b1-basis", choice("consolidated"));
        a.put("b1-subsidiaries", text("Recyclerie du Val, 12 rue des Ateliers, 26000 Valence, France"));
        a.put("b1-legal-form", text("SCOP constituée en SARL"));
        a.put("b1-legal-form-category", choice("cooperative"));
        a.put("b1-nace", text("C10.71, R88.10"));
        a.put("b1-balance-sheet-eur", number("1450000"));
        a.put("b1-turnover-eur", number("3200000"));
        a.put("b1-headcount", number("60"));
        a.put("b1-country", text("France"));
        a.put("b1-sites", text("atelier : 4 chemin du Moulin, 26400 Crest"));
        a.put("b1-certifications", text("ISO 14001, délivrée en mars 2024"));
        a.put("b2-climate", choice("yes"));
        a.put("b2-pollution", choice("no"));
        a.put("b2-water", choice("yes"));
        a.put("b2-biodiversity", choice("no"));
        a.put("b2-circular", choice("yes"));
        a.put("b2-own-workforce", choice("yes"));
        a.put("b2-value-chain-workers", choice("no"));
        a.put("b2-communities", choice("yes"));
        a.put("b2-consumers", choice("no"));
        a.put("b2-business-conduct", choice("yes"));
        a.put("b2-public", choice("yes"));
        a.put("b2-targets", choice("no"));
        a.put("b2-description", text("Charte achats locaux, plan de sobriété énergétique"));
        a.put("b2-coop-participation", text("19 associés sur 24 salariés ; une personne, une voix ; 17 votants"));
        a.put("b2-coop-social-economy-investment-eur", number("20000"));
        a.put("b2-coop-profit-limits", text("16 % au moins en réserves impartageables"));
        a.put("b3-electricity-mwh", number("95"));
        a.put("b3-electricity-renewable-mwh", number("30"));
        a.put("b3-fuels-mwh", number("40"));
        a.put("b3-fuels-renewable-mwh", number("5"));
        a.put("b3-scope1-tco2e", number("12.5"));
        a.put("b3-scope2-tco2e", number("4.75"));
        a.put("b3-scope2-market-tco2e", number("0"));
        a.put("b3-scope3-tco2e", number("80"));
        a.put("b3-method", text("Base Empreinte de l’ADEME"));
        a.put("b4-reporting-required", choice("yes"));
        a.put("b4-air", text("NOx : 0,2 t"));
        a.put("b4-water", text("aucun"));
        a.put("b4-soil", text("aucun"));
        a.put("b4-public-source", text("https://www.georisques.gouv.fr/"));
        a.put("b5-sensitive-sites", number("1"));
        a.put("b5-sensitive-area-ha", number("0.8"));
        a.put("b5-land-total-ha", number("2.5"));
        a.put("b5-sealed-ha", number("1.2"));
        a.put("b5-nature-onsite-ha", number("0.6"));
        a.put("b5-nature-offsite-ha", number("0.3"));
        a.put("b6-withdrawal-m3", number("1800"));
        a.put("b6-high-stress", choice("yes"));
        a.put("b6-withdrawal-stress-m3", number("400"));
        a.put("b6-process-water", choice("yes"));
        a.put("b6-discharge-m3", number("1500"));
        a.put("b7-circular", choice("yes"));
        a.put("b7-circular-description", text("Réemploi des palettes, réparation des machines"));
        a.put("b7-waste-nonhazardous-t", number("12"));
        a.put("b7-waste-hazardous-t", number("0.4"));
        a.put("b7-waste-recovered-t", number("9"));
        a.put("b7-material-flows", choice("yes"));
        a.put("b7-materials", text("farine : 180 t"));
        a.put("b8-permanent", number("52"));
        a.put("b8-temporary", number("8"));
        a.put("b8-female", number("25"));
        a.put("b8-male", number("34"));
        a.put("b8-other-gender", number("1"));
        a.put("b8-countries", text("France : 54 ; Belgique : 6"));
        a.put("b8-leavers", number("9"));
        a.put("b8-employees-start", number("56"));
        a.put("b9-accidents", number("2"));
        a.put("b9-hours-worked", number("96000"));
        a.put("b9-fatalities", number("0"));
        a.put("b10-minimum-wage", choice("yes"));
        a.put("b10-hourly-pay-male-eur", number("20"));
        a.put("b10-hourly-pay-female-eur", number("18"));
        a.put("b10-pay-gap-pct", number("10"));
        a.put("b10-collective-agreement-pct", number("100"));
        a.put("b10-training-hours-total", number("900"));
        a.put("b10-training-hours-female", number("400"));
        a.put("b10-training-hours-male", number("500"));
        a.put("b11-convictions", number("1"));
        a.put("b11-fines-eur", number("5000"));
        return a;
    }

    static Assessment assessment() {
        Organisation organisation = new Organisation("Les Fours de la Drôme", "969500T3MBS4SQAMHJ45", null, null, 60,
                "scop", null, true);
        Questionnaire questionnaire = questionnaire();
        Assessment assessment = Assessment.start(questionnaire.id(), questionnaire.version(), organisation, "2025", NOW);
        for (Map.Entry<String, AnswerValue> entry : answers().entrySet()) {
            assessment = assessment.withAnswer(Answer.of(entry.getKey(), entry.getValue()), NOW);
        }
        return assessment;
    }

    static AnswerValue number(String value) {
        return new AnswerValue.NumberValue(new BigDecimal(value));
    }

    static AnswerValue text(String value) {
        return new AnswerValue.TextValue(value);
    }

    static AnswerValue choice(String value) {
        return new AnswerValue.Choice(value);
    }
}
