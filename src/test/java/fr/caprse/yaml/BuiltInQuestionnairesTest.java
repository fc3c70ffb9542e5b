package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
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

    /** SHA-256 of each file as it shipped: an archived version is never edited, or old assessments would move. */
    private static final Map<String, String> SHIPPED = Map.of(
            "rse-rso 1.0.0", "f03127a7c8cf0c8ecf888283c21ebf56a54604225139f4e540b4cc0abc01c76c",
            "rse-express 1.0.0", "912e4aacb837df702f75dcc2c76e55e006cebffffaa19227fd9237de707b1d00",
            "vsme-basic 1.0.0", "6046f5539b71756996f67a2d5fd8f69013a95e04e3d6391223faf5c77e76daa6");

    @Test
    void everyShippedVersionIsStillFoundByIdAndVersionWithItsExactBytes() {
        for (Map.Entry<String, String> shipped : SHIPPED.entrySet()) {
            String[] idVersion = shipped.getKey().split(" ");
            Questionnaire questionnaire = BuiltInQuestionnaires.find(idVersion[0], idVersion[1])
                    .orElseThrow(() -> new AssertionError(shipped.getKey() + " is no longer built in"));
            assertThat(questionnaire.contentHash()).as(shipped.getKey()).isEqualTo(shipped.getValue());
            assertThat(QuestionnaireLoader.sha256(BuiltInQuestionnaires.content(idVersion[0], idVersion[1])))
                    .isEqualTo(shipped.getValue());
            assertThat(BuiltInQuestionnaires.versions(idVersion[0])).contains(questionnaire)
                    .last().isSameAs(BuiltInQuestionnaires.byId(idVersion[0]).orElseThrow());
        }
        assertThat(BuiltInQuestionnaires.problems()).isEmpty();
        assertThat(BuiltInQuestionnaires.find("rse-rso", "0.9.0")).isEmpty();
    }

    @Test
    void everyArchivedFileIsListedAndNamedAfterItsIdAndVersion() throws IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("questionnaires", "archive"))) {
            assertThat(files.map(f -> "archive/" + f.getFileName()).sorted())
                    .containsExactlyElementsOf(BuiltInQuestionnaires.ARCHIVED.stream().sorted().toList());
        }
        for (String name : BuiltInQuestionnaires.ARCHIVED) {
            Questionnaire questionnaire = BuiltInQuestionnaires.versions(name.replaceAll("archive/(.*)-\\d+\\.\\d+\\.\\d+.*", "$1"))
                    .stream().filter(q -> name.equals("archive/" + q.id() + "-" + q.version() + ".yaml")).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " does not hold the id and version its name says"));
            assertThat(SHIPPED).containsEntry(questionnaire.id() + " " + questionnaire.version(), questionnaire.contentHash());
        }
    }

    @Test
    void anArchivedFileThatDiffersFromTheCurrentOneOfTheSameVersionIsRefused() {
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.fromResources(getClass(), "/questionnaires/",
                List.of("valid/all-types.yaml"), List.of("valid/all-types.yaml", "archive/all-types-edited.yaml"));

        assertThat(catalogue.all()).extracting(Questionnaire::id).containsExactly("all-types");
        assertThat(catalogue.problems()).extracting(Problem::message).containsExactly("the questionnaire 'all-types' "
                + "version 2.1.0-draft.1 is already built in; an archived file keeps an earlier version");
    }

    @Test
    void anArchivedVersionIsFoundByVersionButNeverOfferedAsCurrent() {
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.fromResources(getClass(), "/questionnaires/",
                List.of("archive/all-types-3.0.0.yaml"), List.of("valid/all-types.yaml"));

        assertThat(catalogue.byId("all-types")).hasValueSatisfying(q -> assertThat(q.version()).isEqualTo("3.0.0"));
        assertThat(catalogue.find("all-types", "2.1.0-draft.1")).isPresent();
        assertThat(catalogue.versions("all-types")).extracting(Questionnaire::version).containsExactly("2.1.0-draft.1", "3.0.0");
        assertThat(catalogue.content("all-types", "2.1.0-draft.1")).isEqualTo(TestFiles.bytes("valid/all-types.yaml"));
        assertThat(catalogue.all()).hasSize(1);
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

    @Test
    void everyBuiltInFileIsNamedByItsFirstLinesAndParsedOnlyWhenAskedFor() {
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.fromResources(BuiltInQuestionnaires.class,
                BuiltInQuestionnaires.FOLDER, BuiltInQuestionnaires.FILES, BuiltInQuestionnaires.ARCHIVED);
        assertThat(catalogue.loaded()).isEmpty();
        assertThat(catalogue.versionNames("rse-rso")).contains("1.0.0");

        assertThat(catalogue.find("rse-rso", "1.0.0")).isPresent();

        assertThat(catalogue.loaded()).containsExactly("archive/rse-rso-1.0.0.yaml");
        assertThat(catalogue.problems()).isEmpty();
        for (String id : List.of("rse-rso", "rse-express", "vsme-basic")) {
            assertThat(catalogue.versions(id)).extracting(Questionnaire::version)
                    .containsExactlyElementsOf(catalogue.versionNames(id));
        }
    }

    @Test
    void aFileWhoseFirstLinesDoNotSayItsIdIsParsedUpFront() {
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.fromResources(getClass(), "/questionnaires/",
                List.of("valid/all-types.yaml", "lazy/quoted-key.yaml"));

        assertThat(catalogue.loaded()).containsExactly("lazy/quoted-key.yaml");
        assertThat(catalogue.byId("one-language")).isPresent();
        assertThat(catalogue.all()).extracting(Questionnaire::id).containsExactly("all-types", "one-language");
    }

    @Test
    void anInvalidFileIsOnlyFoundOutWhenParsedAndNeverHidesTheOthers() {
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.fromResources(getClass(), "/questionnaires/",
                List.of("broken/missing-options.yaml", "valid/all-types.yaml"));

        assertThat(catalogue.byId("all-types")).isPresent();
        assertThat(catalogue.byId("broken")).isEmpty();
        assertThatThrownBy(() -> catalogue.content("broken")).isInstanceOf(NoSuchElementException.class);
        assertThat(catalogue.problems()).extracting(Problem::toString).containsExactly("broken/missing-options.yaml:14:9: "
                + "question 'q1': a single question needs options: a list of {id, label, points}");
        assertThat(catalogue.all()).extracting(Questionnaire::id).containsExactly("all-types");
    }
}
