package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.caprse.application.authoring.QuestionnaireTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The JSON Schema that editors use while an author types ({@code docs/questionnaire.schema.json}) stays in
 * step with the validator: every built-in questionnaire and the {@code init} template pass it, every key the
 * validator accepts is in it (and nothing more), and it refuses what the validator refuses at key level.
 */
class QuestionnaireSchemaTest {

    private static final Path SCHEMA = Path.of("docs/questionnaire.schema.json");
    /** How the validator names each kind of map, and the schema definition that describes it. */
    private static final Map<String, String> DEFINITIONS = Map.of("questionnaire", "", "scale", "scale",
            "scale level", "scaleLevel", "scale result level", "resultLevel", "theme", "theme",
            "legal baseline", "legalBaseline", "question", "question", "option", "option", "band", "band",
            "question level", "questionLevel");

    private static JsonNode schemaTree;
    private static JsonSchema schema;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void readSchema() throws IOException {
        schemaTree = JSON.readTree(SCHEMA.toFile());
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    /** The YAML read as YAML 1.2 (as the loader reads it: yes stays a text), as a JSON tree. */
    private static JsonNode tree(byte[] yaml) {
        Object data = new Load(LoadSettings.builder().build()).loadFromString(new String(yaml, StandardCharsets.UTF_8));
        return JSON.valueToTree(data);
    }

    private static List<String> problems(byte[] yaml) {
        Set<ValidationMessage> messages = schema.validate(tree(yaml));
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    static Stream<Path> shippedQuestionnaires() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("questionnaires", "questionnaires/archive")) {
            Path dir = Path.of(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
                }
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedQuestionnaires")
    void everyShippedQuestionnairePassesTheSchema(Path file) throws IOException {
        assertThat(problems(Files.readAllBytes(file))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theInitTemplatePassesTheSchema(String language) {
        assertThat(problems(QuestionnaireTemplate.content(language))).isEmpty();
    }

    @Test
    void theShippedQuestionnairesAreFound() throws IOException {
        assertThat(shippedQuestionnaires().count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theSchemaNamesExactlyTheKeysTheValidatorAccepts() {
        Map<String, List<String>> accepted = QuestionnaireReader.allowedKeys();
        assertThat(accepted.keySet()).containsExactlyInAnyOrderElementsOf(DEFINITIONS.keySet());
        for (Map.Entry<String, List<String>> kind : accepted.entrySet()) {
            String definition = DEFINITIONS.get(kind.getKey());
            JsonNode node = definition.isEmpty() ? schemaTree : schemaTree.path("definitions").path(definition);
            Set<String> inSchema = new TreeSet<>();
            for (Iterator<String> names = node.path("properties").fieldNames(); names.hasNext(); ) {
                inSchema.add(names.next());
            }
            assertThat(inSchema).as("keys of %s in the schema", kind.getKey())
                    .containsExactlyInAnyOrderElementsOf(kind.getValue());
            assertThat(node.path("additionalProperties").asBoolean(true))
                    .as("%s refuses unknown keys, as the validator does", kind.getKey()).isFalse();
        }
    }

    @Test
    void theSchemaRefusesAnUnknownKeyAWrongTypeAndOptionsOnANumber() {
        String file = """
                id: mine
                version: 1.0.0
                languages: [fr]
                title: {fr: "Mine"}
                scale:
                  levels:
                    - {value: 0, label: {fr: "Non"}}
                themes:
                  - id: t
                    title: {fr: "T"}
                    questions:
                      - {id: q1, type: yesno, text: {fr: "Q ?"}, wieght: 2}
                      - {id: q2, type: choice, text: {fr: "Q ?"}}
                      - {id: q3, type: number, text: {fr: "Q ?"}, options: [{id: a, label: {fr: "A"}}]}
                """;

        List<String> problems = problems(file.getBytes(StandardCharsets.UTF_8));

        // the validator words its messages in the default language: assert on the places
        assertThat(problems).anyMatch(p -> p.startsWith("$.themes[0].questions[0]") && p.contains("wieght"));
        assertThat(problems).anyMatch(p -> p.startsWith("$.themes[0].questions[1].type"));
        assertThat(problems).anyMatch(p -> p.startsWith("$.themes[0].questions[2]"));
        assertThat(problems).hasSize(3);
    }

    @Test
    void aUnitIsOneTextOrOneTextPerLanguageAsTheValidatorReadsIt() {
        String translated = "unit: {fr: \"km par an\", en: \"km per year\"}";
        for (String accepted : List.of("\"kWh\"", "{fr: \"km par an\", en: \"km per year\"}")) {
            byte[] yaml = QuestionnaireLoaderTest.UNITS.replace(translated, "unit: " + accepted).getBytes(StandardCharsets.UTF_8);
            assertThat(problems(yaml)).as(accepted).isEmpty();
            assertThat(new QuestionnaireLoader().load("units.yaml", yaml).problems()).as(accepted).isEmpty();
        }
        for (String refused : List.of("[kWh, MWh]", "{fr: \"\"}", "{french: \"km\"}")) {
            byte[] yaml = QuestionnaireLoaderTest.UNITS.replace(translated, "unit: " + refused).getBytes(StandardCharsets.UTF_8);
            assertThat(problems(yaml)).as(refused).anyMatch(p -> p.startsWith("$.themes[0].questions[0].unit"));
            assertThat(new QuestionnaireLoader().load("units.yaml", yaml).problems()).as(refused).isNotEmpty();
        }
    }
}
