package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BuiltInQuestionnairesTest {

    @Test
    void everyBuiltInFileThatShipsValidates() throws IOException {
        int present = 0;
        for (String file : BuiltInQuestionnaires.FILES) {
            try (InputStream in = BuiltInQuestionnaires.class.getResourceAsStream(BuiltInQuestionnaires.FOLDER + file)) {
                if (in != null) {
                    present++;
                    LoadResult result = new QuestionnaireLoader().load(file, in.readAllBytes());
                    assertThat(result.problems()).as("problems of the built-in %s", file).isEmpty();
                }
            }
        }
        assertThat(present).as("built-in files on the class path").isPositive();
        assertThat(BuiltInQuestionnaires.problems()).isEmpty();
        assertThat(BuiltInQuestionnaires.all()).hasSize(present);
    }

    @Test
    void aBuiltInIsFoundByItsIdWithItsExactBytes() {
        for (Questionnaire questionnaire : BuiltInQuestionnaires.all()) {
            assertThat(BuiltInQuestionnaires.byId(questionnaire.id())).containsSame(questionnaire);
            byte[] content = BuiltInQuestionnaires.content(questionnaire.id());
            assertThat(QuestionnaireLoader.sha256(content)).isEqualTo(questionnaire.contentHash());
        }
        assertThat(BuiltInQuestionnaires.byId("no-such-questionnaire")).isEmpty();
    }

    @Test
    void theCatalogueListsWhatItFoundInOrderAndSkipsMissingFiles() {
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.fromResources(getClass(), "/questionnaires/valid/",
                List.of("one-language.yaml", "not-there.yaml", "all-types.yaml"));

        assertThat(catalogue.all()).extracting(Questionnaire::id).containsExactly("one-language", "all-types");
        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.byId("all-types")).isPresent();
        assertThat(catalogue.content("all-types")).isEqualTo(TestFiles.bytes("valid/all-types.yaml"));
    }

    @Test
    void anInvalidFileIsLeftOutAndItsProblemsKept() {
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.fromResources(getClass(), "/questionnaires/broken/",
                List.of("missing-options.yaml"));

        assertThat(catalogue.all()).isEmpty();
        assertThat(catalogue.problems()).extracting(Problem::toString)
                .containsExactly("missing-options.yaml:14:9: question 'q1': a single question needs options: "
                        + "a list of {id, label, points}");
    }

    @Test
    void twoFilesWithOneIdKeepTheFirst() {
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.fromResources(getClass(), "/questionnaires/valid/",
                List.of("all-types.yaml", "all-types.yaml"));

        assertThat(catalogue.all()).hasSize(1);
        assertThat(catalogue.problems()).extracting(Problem::message)
                .containsExactly("the id 'all-types' is already used by another built-in questionnaire");
    }

    @Test
    void contentIsACopyAndAnUnknownIdIsNamed() {
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.fromResources(getClass(), "/questionnaires/valid/",
                List.of("all-types.yaml"));
        catalogue.content("all-types")[0] = 'X';

        assertThat(catalogue.content("all-types")).isEqualTo(TestFiles.bytes("valid/all-types.yaml"));
        assertThatThrownBy(() -> catalogue.content("nope")).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no built-in questionnaire 'nope'; built-in: all-types");
    }

    @Test
    void manyThreadsAskingAtOnceGetTheSameInstances() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Questionnaire>>> answers = pool.invokeAll(
                    java.util.Collections.nCopies(8, BuiltInQuestionnaires::all));
            List<Questionnaire> first = answers.get(0).get();
            for (Future<List<Questionnaire>> answer : answers) {
                List<Questionnaire> all = answer.get();
                assertThat(all).hasSameSizeAs(first);
                for (int i = 0; i < all.size(); i++) {
                    assertThat(all.get(i)).isSameAs(first.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
