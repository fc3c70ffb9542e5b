package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.questionnaire.Bands;
import fr.caprse.domain.questionnaire.LegalBaseline;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireLoaderTest {

    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    private static final String MINIMAL = """
            id: mini
            version: 1.0.0
            languages: [en]
            title: {en: Mini}
            scale:
              levels:
                - {value: 0, label: {en: "No"}}
            themes:
              - id: t
                title: {en: T}
                questions:
                  - {id: q, type: yesno, text: {en: Q?}}
            """;

    private LoadResult load(String yaml) {
        return loader.load("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> messages(LoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void everyKeyOfAValidFileReachesTheDomainModel() {
        LoadResult result = TestFiles.load("valid/all-types.yaml");
        assertThat(messages(result)).isEmpty();
        Questionnaire q = result.questionnaire();

        assertThat(q.id()).isEqualTo("all-types");
        assertThat(q.version()).isEqualTo("2.1.0-draft.1");
        assertThat(q.languages()).containsExactly("fr", "en");
        assertThat(q.title().get("en")).isEqualTo("All types");
        assertThat(q.description().isEmpty()).isTrue();
        assertThat(q.scale().highest()).isEqualTo(2);
        assertThat(q.scale().level(1).label().get("fr")).isEqualTo("Un peu");
        assertThat(q.scale().level(2).description().get("en")).isEqualTo("Full approach");

        Theme first = q.themes().get(0);
        assertThat(first.id()).isEqualTo("first");
        assertThat(first.weight()).isEqualTo(2.5);
        assertThat(first.description().get("fr")).isEqualTo("Le premier thème");
        assertThat(first.references()).containsExactly("ISO26000:6.2", "SDG:13");
        assertThat(q.themes().get(1).weight()).as("default theme weight").isEqualTo(1.0);

        Question mat = q.question("mat").orElseThrow();
        assertThat(mat.type()).isEqualTo(QuestionType.MATURITY);
        assertThat(mat.weight()).isEqualTo(3.0);
        assertThat(mat.required()).isTrue();
        assertThat(mat.na()).isFalse();
        assertThat(mat.help().get("en")).isEqualTo("Help");
        assertThat(mat.references()).containsExactly("VSME:B2");
        assertThat(mat.recommendation().get("fr")).isEqualTo("Faites mieux");
        assertThat(mat.levelDescription(q.scale(), 1).get("en")).isEqualTo("A policy");
        assertThat(mat.levels().get(1).label().get("en")).as("the scale's label is kept").isEqualTo("Some");

        Question one = q.question("one").orElseThrow();
        assertThat(one.na()).isTrue();
        assertThat(one.weight()).as("default question weight").isEqualTo(1.0);
        assertThat(one.options()).extracting(o -> o.id()).containsExactly("yes", "no", "3");
        assertThat(one.option("3").orElseThrow().points()).isEqualTo(1.5);
        assertThat(one.option("no").orElseThrow().label().get("en")).as("YAML 1.2 reads no as text").isEqualTo("No");

        Question many = q.question("many").orElseThrow();
        assertThat(many.maxPoints()).isNull();
        assertThat(many.highestPoints(q.scale())).isEqualTo(3.0);

        assertThat(q.question("yn").orElseThrow().options()).isEqualTo(Question.YES_NO);

        Question waste = q.question("waste").orElseThrow();
        assertThat(waste.unit("fr")).as("a unit written once reads the same in every language").isEqualTo("t");
        assertThat(waste.unit("en")).isEqualTo("t");
        assertThat(waste.min()).isEqualTo(0.0);
        assertThat(waste.max()).isEqualTo(1e6);
        assertThat(waste.bands().kind()).isEqualTo(Bands.Kind.AT_MOST);
        assertThat(waste.bands().pointsFor(50)).isEqualTo(1.0);

        Question share = q.question("share").orElseThrow();
        assertThat(share.bands()).isNull();
        assertThat(share.isScored(q.scale())).isFalse();

        Question comment = q.question("comment").orElseThrow();
        assertThat(comment.weight()).isZero();
        assertThat(comment.recommendation().isEmpty()).isFalse();
        assertThat(q.scoredQuestionCount()).isEqualTo(5);
    }

    @Test
    void contentHashIsTheSha256OfTheExactBytes() throws Exception {
        byte[] bytes = TestFiles.bytes("valid/all-types.yaml");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        assertThat(loader.load("all-types.yaml", bytes).questionnaire().contentHash()).isEqualTo(expected);
        assertThat(QuestionnaireLoader.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aThemesLegalBaselineCarriesItsDateOrTheFilesAndTheQuestionnaireIsValidAsOfTheOldest() {
        LoadResult result = TestFiles.load("valid/legal-baseline.yaml");
        assertThat(result.problems()).isEmpty();
        Questionnaire q = result.questionnaire();

        assertThat(q.legalAsOf()).isEqualTo(java.time.LocalDate.of(2026, 11, 15));
        LegalBaseline labour = q.theme("lab").orElseThrow().legalBaseline();
        assertThat(labour.asOf()).as("the file's date by default").isEqualTo(java.time.LocalDate.of(2026, 11, 15));
        assertThat(labour.items()).extracting(t -> t.get("en"))
                .containsExactly("From 1 employee: a written risk assessment.", "From 50 employees: the gender equality index.");
        assertThat(q.theme("env").orElseThrow().legalBaseline().asOf()).isEqualTo(java.time.LocalDate.of(2026, 9, 1));
        assertThat(q.theme("com").orElseThrow().legalBaseline().isEmpty()).isTrue();
        assertThat(q.legalValidAsOf()).contains(java.time.LocalDate.of(2026, 9, 1));
        assertThat(TestFiles.load("valid/all-types.yaml").questionnaire().legalValidAsOf()).isEmpty();
    }

    @Test
    void aFileInOneLanguageNeedsOnlyThatLanguage() {
        LoadResult result = TestFiles.load("valid/one-language.yaml");
        assertThat(messages(result)).isEmpty();
        assertThat(result.questionnaire().languages()).containsExactly("fr");
    }

    @Test
    void optionsOfAnUnscoredQuestionMayOmitTheirPoints() {
        Question choice = TestFiles.load("valid/one-language.yaml").questionnaire().question("unscored-choice")
                .orElseThrow();
        assertThat(choice.options()).extracting(o -> o.points()).containsExactly(0.0, 0.0);
    }

    @Test
    void aliasesMayShareRepeatedContent() {
        LoadResult result = TestFiles.load("valid/anchors.yaml");
        assertThat(messages(result)).isEmpty();
        assertThat(result.questionnaire().question("q2").orElseThrow().options())
                .isEqualTo(result.questionnaire().question("q1").orElseThrow().options());
    }

    @Test
    void everyProblemIsReportedSortedByPosition() {
        LoadResult result = TestFiles.load("broken/many-problems.yaml");
        assertThat(result.problems()).hasSize(6).isSorted();
        assertThat(result.questionnaire()).isNull();
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThat(messages(load(""))).containsExactly("test.yaml:1:1: the file is empty; a questionnaire starts "
                + "with id, version, languages ...");
        assertThat(messages(load("# only a comment\n"))).hasSize(1).allMatch(m -> m.contains("the file is empty"));
    }

    @Test
    void aFileThatIsNotAMapIsRefused() {
        assertThat(messages(load("- a\n- b\n"))).containsExactly(
                "test.yaml:1:1: the questionnaire must be a map of keys (id, version, languages, title, scale, themes ...), "
                        + "found a list");
    }

    @Test
    void twoDocumentsInOneFileAreASyntaxError() {
        assertThat(messages(load(MINIMAL + "---\nid: other\n")))
                .containsExactly("test.yaml:13:1: a second YAML document starts here; a questionnaire file holds one "
                        + "document: remove the '---' line and what follows, or move it to its own file");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirPlace() {
        byte[] bytes = "id: caf\u00e9\nversion: x\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(messages(loader.load("latin1.yaml", bytes)))
                .containsExactly("latin1.yaml:1:8: the file is not UTF-8 text (invalid byte 0xe9); save it as UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] text = MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(messages(loader.load("bom.yaml", withBom))).isEmpty();
    }

    @Test
    void windowsLineEndingsKeepPositions() {
        String crlf = MINIMAL.replace("{id: q, type: yesno", "{id: q, type: yesno, wieght: 1")
                .replace("\n", "\r\n");
        assertThat(messages(load(crlf))).singleElement().asString()
                .startsWith("test.yaml:12:30: question 'q': unknown key 'wieght'");
    }

    @Test
    void specialCharactersAreRefusedWithTheirPlace() {
        assertThat(messages(load("id: a\ntitle: b\u0007c\n")))
                .containsExactly("test.yaml:2:9: special character U+0007 is not allowed in a YAML file; remove it");
    }

    @Test
    void aKeyWithoutValueIsNotMistakenForAnAbsentKey() {
        LoadResult result = load(MINIMAL.replace("title: {en: Mini}", "title:"));
        assertThat(messages(result)).singleElement().asString()
                .startsWith("test.yaml:4:7: questionnaire: title must give one text per language, like {en: \"...\"}; "
                        + "found nothing");
    }

    @Test
    void aTextGivenAsAPlainStringAsksForOneTextPerLanguage() {
        LoadResult result = load(MINIMAL.replace("{id: q, type: yesno, text: {en: Q?}}", "{id: q, type: yesno, text: Q?}"));
        assertThat(messages(result)).singleElement().asString()
                .contains("question 'q': text must give one text per language, like {en: \"...\"}; found the text 'Q?'");
    }

    /** Two figures, one with a unit per language, one with a unit written once (QuestionnaireSchemaTest uses it too). */
    static final String UNITS = """
            id: units
            version: 1.0.0
            languages: [fr, en]
            title: {fr: "Unités", en: "Units"}
            scale:
              levels:
                - {value: 0, label: {fr: "Non", en: "No"}}
            themes:
              - id: t
                title: {fr: "T", en: "T"}
                questions:
                  - id: distance
                    type: number
                    text: {fr: "Distance ?", en: "Distance?"}
                    unit: {fr: "km par an", en: "km per year"}
                  - id: energy
                    type: number
                    text: {fr: "Énergie ?", en: "Energy?"}
                    unit: "kWh"
            """;

    @Test
    void aUnitIsTranslatedLikeAnyTextOrWrittenOnceForEveryLanguage() {
        LoadResult result = load(UNITS);
        assertThat(messages(result)).isEmpty();
        Question distance = result.questionnaire().question("distance").orElseThrow();
        assertThat(distance.unit("fr")).isEqualTo("km par an");
        assertThat(distance.unit("en")).isEqualTo("km per year");
        Question energy = result.questionnaire().question("energy").orElseThrow();
        assertThat(energy.unit().byLanguage()).containsExactly(Map.entry("fr", "kWh"), Map.entry("en", "kWh"));
        assertThat(energy.hasUnit()).isTrue();
    }

    @Test
    void aTranslatedUnitNeedsEveryLanguageAndAListIsNoUnit() {
        assertThat(messages(load(UNITS.replace("unit: {fr: \"km par an\", en: \"km per year\"}", "unit: {fr: \"km par an\"}"))))
                .containsExactly("test.yaml:15:15: question 'distance': unit has no 'en' translation (languages: fr, en)");
        assertThat(messages(load(UNITS.replace("unit: \"kWh\"", "unit: [kWh, MWh]")))).singleElement().asString()
                .startsWith("test.yaml:19:15: question 'energy': unit must be a text, the same in every language (like \"kWh\") "
                        + "or one per language (like {fr: \"...\", en: \"...\"}); found");
    }

    @Test
    void anEmptyTranslationIsAProblem() {
        LoadResult result = load(MINIMAL.replace("title: {en: Mini}", "title: {en: \"  \"}"));
        assertThat(messages(result)).containsExactly("test.yaml:4:13: questionnaire: title: the 'en' text is empty");
    }

    @Test
    void aMissingTypeIsNotReportedTwiceWhenItIsMisspelt() {
        LoadResult result = load(MINIMAL.replace("type: yesno", "tyep: yesno"));
        assertThat(messages(result)).singleElement().asString().contains("unknown key 'tyep' (did you mean 'type'?)");
    }

    @Test
    void noIsAStringInYaml12SoAnOptionMayBeCalledNo() {
        String yaml = MINIMAL.replace("{id: q, type: yesno, text: {en: Q?}}",
                "{id: q, type: single, text: {en: Q?}, options: [{id: no, label: {en: No}, points: 0},"
                        + " {id: on, label: {en: On}, points: 1}]}");
        LoadResult result = load(yaml);
        assertThat(messages(result)).isEmpty();
        assertThat(result.questionnaire().question("q").orElseThrow().options()).extracting(o -> o.id())
                .containsExactly("no", "on");
    }

    @Test
    void infiniteAndNotANumberAreNotNumbers() {
        assertThat(messages(load(MINIMAL.replace("type: yesno", "type: yesno, weight: .inf"))))
                .singleElement().asString().contains("weight must be a number ≥ 0, found the number .inf");
    }

    @Test
    void aQuotedNumberIsText() {
        assertThat(messages(load(MINIMAL.replace("type: yesno", "type: yesno, weight: \"2\""))))
                .singleElement().asString().contains("weight must be a number ≥ 0, found the text '2'");
    }

    @Test
    void aVersionWrittenAsANumberSaysWhy() {
        assertThat(messages(load(MINIMAL.replace("version: 1.0.0", "version: 1.0")))).containsExactly(
                "test.yaml:2:10: questionnaire: version '1.0' must be a semantic version MAJOR.MINOR.PATCH such as 1.0.0 "
                        + "(YAML reads 1.0 as a number)");
    }

    @Test
    void badLanguagesAreReported() {
        assertThat(messages(load(MINIMAL.replace("languages: [en]", "languages: [en, EN, en]")))).containsExactly(
                "test.yaml:3:17: questionnaire: language 'EN' must be a lower-case ISO 639 code such as fr or en",
                "test.yaml:3:21: questionnaire: language 'en' is listed twice");
        assertThat(messages(load(MINIMAL.replace("languages: [en]", "languages: []"))))
                .containsExactly("test.yaml:3:12: questionnaire: languages must list at least one language, like [fr, en]");
    }

    @Test
    void numericAndBooleanKeysAreUnknownKeys() {
        assertThat(messages(load(MINIMAL + "1: x\n"))).singleElement().asString()
                .startsWith("test.yaml:13:1: the questionnaire: unknown key '1'; allowed keys: id, version");
    }

    @Test
    void aBandNeedsExactlyOneBound() {
        String yaml = MINIMAL.replace("{id: q, type: yesno, text: {en: Q?}}",
                "{id: q, type: number, text: {en: Q?}, bands: [{points: 1}, {at_least: 1, at_most: 2, points: 1}]}");
        assertThat(messages(load(yaml))).containsExactly(
                "test.yaml:12:55: band 1 of question 'q': missing required key 'at_least' or 'at_most'",
                "test.yaml:12:82: band 2 of question 'q': a band has either at_least or at_most, not both");
    }

    @Test
    void twoBandsWithTheSameBoundAreReported() {
        String yaml = MINIMAL.replace("{id: q, type: yesno, text: {en: Q?}}",
                "{id: q, type: percent, text: {en: Q?}, bands: [{at_least: 50, points: 1}, {at_least: 50, points: 2},"
                        + " {at_least: 150, points: 3}]}");
        assertThat(messages(load(yaml))).containsExactly(
                "test.yaml:12:94: band 2 of question 'q': another band already has at_least 50 (line 12)",
                "test.yaml:12:121: band 3 of question 'q': at_least 150 is outside 0 to 100 "
                        + "(a percent question goes from 0 to 100)");
    }

    @Test
    void aMaturityOverrideMustCoverTheWholeScale() {
        String yaml = MINIMAL.replace("- {value: 0, label: {en: \"No\"}}",
                "- {value: 0, label: {en: \"No\"}}\n    - {value: 1, label: {en: \"Yes\"}}")
                .replace("{id: q, type: yesno, text: {en: Q?}}",
                        "{id: q, type: maturity, text: {en: Q?}, levels: [{value: 0, description: {en: None}}]}");
        assertThat(messages(load(yaml))).containsExactly(
                "test.yaml:13:57: question 'q': levels must give every value of the scale (0 to 1); 1 found");
    }

    @Test
    void levelsAreOnlyForMaturityQuestions() {
        String yaml = MINIMAL.replace("{id: q, type: yesno, text: {en: Q?}}",
                "{id: q, type: yesno, text: {en: Q?}, levels: [{value: 0, description: {en: None}}]}");
        assertThat(messages(load(yaml))).containsExactly(
                "test.yaml:12:46: question 'q': 'levels' is only for maturity questions; remove it");
    }

    @Test
    void aFileIsNamedInProblemsAsGivenAndAMissingFileSaysSo(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.yaml");
        assertThat(messages(loader.load(missing))).containsExactly(missing + ":1:1: no such file");
        assertThat(messages(loader.load(dir))).containsExactly(dir + ":1:1: this is a folder, not a questionnaire file");

        Path file = dir.resolve("mini.yaml");
        Files.writeString(file, MINIMAL.replace("title: {en: Mini}", "title: {en: Mini, fr: Mini}"));
        assertThat(messages(loader.load(file))).singleElement().asString().startsWith(file + ":4:19: ");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeParsing() {
        byte[] big = new byte[QuestionnaireLoader.MAX_FILE_BYTES + 1];
        assertThat(messages(loader.load("big.yaml", big))).containsExactly(
                "big.yaml:1:1: file too large: 5.0 MB; a questionnaire file may not exceed 5 MB");
    }

    @Test
    void eachCycleIsNamedOnceAtItsFirstQuestionThroughConditionsAndFormulas() {
        String yaml = MINIMAL.replace("      - {id: q, type: yesno, text: {en: Q?}}\n", """
                      - {id: a, type: number, applies_when: answer.c > 1, text: {en: A}}
                      - {id: b, type: computed, formula: answer.a * 2, text: {en: B}}
                      - {id: c, type: computed, formula: answer.b + 1, text: {en: C}}
                      - {id: d, type: yesno, applies_when: "answer.d == 'yes'", text: {en: D}}
                      - {id: e, type: number, applies_when: answer.a > 0, text: {en: E}}
                """);
        assertThat(messages(load(yaml))).containsExactly(
                "test.yaml:12:45: question 'a': circular dependency a → c → b → a (through applies_when and formula); "
                        + "a question cannot depend on itself, break the cycle",
                "test.yaml:15:45: question 'd': circular dependency d → d (through applies_when and formula); "
                        + "a question cannot depend on itself, break the cycle");
    }

    @Test
    void everyUnknownNameOfAnExpressionIsReported() {
        String yaml = MINIMAL.replace("{id: q, type: yesno, text: {en: Q?}}",
                "{id: q, type: yesno, text: {en: Q?}, applies_when: org.sise == 'micro' or answer.r == 'yes' or org.ess}");
        assertThat(messages(load(yaml))).containsExactly(
                "test.yaml:12:60: question 'q': applies_when: unknown organisation field 'org.sise' (did you mean "
                        + "'org.size'?); fields: name, id, sector, size, employees, legal_form, territory, ess",
                "test.yaml:12:83: question 'q': applies_when: 'answer.r' names no question of this file "
                        + "(did you mean 'answer.q'?)");
    }

    @Test
    void theParserOffsetIsDroppedFromItsMessageSinceTheColumnSaysIt() {
        assertThat(QuestionnaireReader.withoutOffset("use '==' to compare, not '=', at 10", 10))
                .isEqualTo("use '==' to compare, not '='");
        assertThat(QuestionnaireReader.withoutOffset("unknown keyword 'x' at 4; did you mean 'or'?", 4))
                .isEqualTo("unknown keyword 'x'; did you mean 'or'?");
        assertThat(QuestionnaireReader.withoutOffset("unknown name 'at 4'", 7)).isEqualTo("unknown name 'at 4'");
    }

    @Test
    void maxPointsNoAnswerCanReachIsAWarningThatStillLoads() {
        LoadResult result = load("""
                id: mini
                version: 1.0.0
                languages: [en]
                title: {en: Mini}
                scale:
                  levels:
                    - {value: 0, label: {en: "No"}}
                themes:
                  - id: t
                    title: {en: T}
                    questions:
                      - id: m
                        type: multiple
                        text: {en: Which?}
                        max_points: 5
                        options:
                          - {id: a, label: {en: A}, points: 1}
                          - {id: b, label: {en: B}, points: 2}
                """);

        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).extracting(Problem::toString).containsExactly("test.yaml:15:21: warning: "
                + "question 'm': max_points 5 is above what ticking every option adds up to (3), so this question can "
                + "never reach 100 %; lower max_points to 3 or less, or remove it (the cap is then the sum of the "
                + "options' points)");
    }

    @Test
    void conditionsThatCanBeTrueRaiseNothing() {
        LoadResult result = load("""
                id: mini
                version: 1.0.0
                languages: [en]
                title: {en: Mini}
                scale:
                  levels:
                    - {value: 0, label: {en: "No"}}
                    - {value: 1, label: {en: "Yes"}}
                themes:
                  - id: t
                    title: {en: T}
                    questions:
                      - {id: y, type: yesno, text: {en: Y?}}
                      - id: s
                        type: single
                        text: {en: S?}
                        options: [{id: never, label: {en: Never}, points: 0}, {id: often, label: {en: Often}, points: 1}]
                      - id: m
                        type: multiple
                        text: {en: M?}
                        options: [{id: fmd, label: {en: FMD}, points: 1}]
                      - {id: n, type: number, text: {en: N?}}
                      - id: q
                        type: yesno
                        text: {en: Q?}
                        applies_when: "answer.y == 'yes' and answer.s in ['never', 'often'] and 'fmd' in answer.m
                          and answer.n >= 2 and org.size != 'micro' and org.legal_form in ['scop', 'scic']
                          and not org.ess and org.employees > 10 and org.territory == 'Bretagne'"
                """);

        assertThat(messages(result)).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }
}
