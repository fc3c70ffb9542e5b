package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparsedQuestionnaireTest {

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = PreparsedQuestionnaireTest.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static List<String> builtInNames() {
        List<String> names = new ArrayList<>(BuiltInQuestionnaires.FILES);
        names.addAll(BuiltInQuestionnaires.ARCHIVED);
        return names;
    }

    @Test
    void theBuildGivesEveryBuiltInAPreparsedFormEqualToItsYaml() throws IOException {
        for (String name : builtInNames()) {
            byte[] yaml = resource(BuiltInQuestionnaires.FOLDER + name);
            byte[] form = resource(BuiltInQuestionnaires.FOLDER + name + PreparsedQuestionnaire.SUFFIX);
            assertThat(form).as("pre-parsed form of %s (written by the build's process-classes step)", name).isNotNull();
            Questionnaire parsed = new QuestionnaireLoader().load(name, yaml).questionnaire();

            assertThat(PreparsedQuestionnaire.read(form, yaml)).as(name).contains(parsed);
        }
    }

    @Test
    void theBuiltInsAreReadFromTheirPreparsedForm() {
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.fromResources(BuiltInQuestionnaires.class,
                BuiltInQuestionnaires.FOLDER, BuiltInQuestionnaires.FILES, BuiltInQuestionnaires.ARCHIVED);

        Questionnaire rso = catalogue.find("rse-rso", "1.0.0").orElseThrow();

        assertThat(catalogue.fromPreparsed()).containsExactly("archive/rse-rso-1.0.0.yaml");
        assertThat(rso.contentHash()).isEqualTo(QuestionnaireLoader.sha256(catalogue.content("rse-rso", "1.0.0")));
        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.fromPreparsed()).containsExactlyInAnyOrderElementsOf(builtInNames());
    }

    @Test
    void everyQuestionTypeAndOptionalPartComesBackTheSame() throws IOException {
        try (var files = Files.list(Path.of("src/test/resources/questionnaires/valid"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                byte[] yaml = Files.readAllBytes(file);
                LoadResult result = new QuestionnaireLoader().load(file.toString(), yaml);
                assertThat(result.problems()).as(file.toString()).isEmpty();

                byte[] form = PreparsedQuestionnaire.write(result.questionnaire(), yaml);

                assertThat(PreparsedQuestionnaire.read(form, yaml)).as(file.toString()).contains(result.questionnaire());
            }
        }
    }

    @Test
    void aFormIsIgnoredUnlessMadeFromTheseVeryBytesByThisFormat() throws IOException {
        byte[] yaml = resource("/questionnaires/valid/all-types.yaml");
        Questionnaire questionnaire = new QuestionnaireLoader().load("all-types.yaml", yaml).questionnaire();
        byte[] form = PreparsedQuestionnaire.write(questionnaire, yaml);

        byte[] edited = yaml.clone();
        edited[edited.length - 2] ^= 1;
        assertThat(PreparsedQuestionnaire.read(form, edited)).isEmpty();
        assertThat(PreparsedQuestionnaire.read(form, java.util.Arrays.copyOf(yaml, yaml.length + 1))).isEmpty();

        byte[] otherFormat = form.clone();
        otherFormat[7]++;
        assertThat(PreparsedQuestionnaire.read(otherFormat, yaml)).isEmpty();
        assertThat(PreparsedQuestionnaire.read(java.util.Arrays.copyOf(form, form.length - 3), yaml)).isEmpty();
        assertThat(PreparsedQuestionnaire.read(java.util.Arrays.copyOf(form, form.length + 1), yaml)).isEmpty();
        byte[] damaged = form.clone();
        damaged[30] = (byte) 0x7f;
        assertThat(PreparsedQuestionnaire.read(damaged, yaml)).isEmpty();

        assertThat(PreparsedQuestionnaire.read(form, yaml)).contains(questionnaire);
    }
}
