package fr.caprse.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.application.SourcedQuestionnaire.Origin;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one chain every questionnaire is found by: given file, then opened, then built in, then kept. */
class QuestionnaireSourceTest {

    @TempDir
    Path folder;

    /** A database stand-in that counts its reads. */
    private static final class Kept implements KeptQuestionnaires {
        final Map<String, byte[]> byHash = new HashMap<>();
        final Map<String, byte[]> byIdVersion = new HashMap<>();
        final AtomicInteger reads = new AtomicInteger();

        void keep(byte[] content, String id, String version) {
            byHash.put(fr.caprse.yaml.QuestionnaireLoader.sha256(content), content);
            byIdVersion.put(id + " " + version, content);
        }

        @Override
        public Optional<byte[]> byHash(String hash) {
            reads.incrementAndGet();
            return Optional.ofNullable(byHash.get(hash));
        }

        @Override
        public Optional<byte[]> find(String id, String version) {
            reads.incrementAndGet();
            return Optional.ofNullable(byIdVersion.get(id + " " + version));
        }
    }

    private static byte[] expressAs(String version) {
        return new String(BuiltInQuestionnaires.content("rse-express"), StandardCharsets.UTF_8)
                .replace("version: \"" + builtInExpressVersion() + "\"", "version: \"" + version + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String builtInExpressVersion() {
        return BuiltInQuestionnaires.byId("rse-express").orElseThrow().version();
    }

    @Test
    void builtInComesBeforeKeptAndKeptIsFoundByIdVersionAndByHash() {
        Kept kept = new Kept();
        byte[] old = expressAs("0.9.0");
        kept.keep(old, "rse-express", "0.9.0");
        QuestionnaireSource source = new QuestionnaireSource(kept);

        SourcedQuestionnaire builtIn = source.find("rse-express", builtInExpressVersion()).orElseThrow();
        assertThat(builtIn.origin()).isEqualTo(Origin.BUILT_IN);
        assertThat(builtIn.content()).isEqualTo(BuiltInQuestionnaires.content("rse-express"));

        SourcedQuestionnaire fromDatabase = source.find("rse-express", "0.9.0").orElseThrow();
        assertThat(fromDatabase.origin()).isEqualTo(Origin.KEPT);
        assertThat(fromDatabase.version()).isEqualTo("0.9.0");
        assertThat(fromDatabase.content()).isEqualTo(old);
        assertThat(source.byHash(fromDatabase.hash())).contains(fromDatabase);
        assertThat(source.byHash(builtIn.hash()).map(SourcedQuestionnaire::origin)).contains(Origin.BUILT_IN);
        assertThat(source.find("rse-express", "0.1.0")).isEmpty();
    }

    @Test
    void aKeptFileIsParsedOnceWhateverTheNumberOfLookUps() {
        Kept kept = new Kept();
        byte[] old = expressAs("0.9.0");
        kept.keep(old, "rse-express", "0.9.0");
        QuestionnaireSource source = new QuestionnaireSource(kept);
        String hash = fr.caprse.yaml.QuestionnaireLoader.sha256(old);
        SourcedQuestionnaire first = source.byHash(hash).orElseThrow();
        SourcedQuestionnaire second = source.byHash(hash).orElseThrow();
        assertThat(second.questionnaire()).isSameAs(first.questionnaire());
        assertThat(source.find("rse-express", "0.9.0").orElseThrow().questionnaire()).isSameAs(first.questionnaire());
    }

    @Test
    void aFileTheUserOpenedComesBeforeTheBuiltInOne() throws Exception {
        Kept kept = new Kept();
        QuestionnaireSource source = new QuestionnaireSource(kept);
        // same id and version as the built-in one, other bytes: the user's edited copy
        byte[] edited = new String(BuiltInQuestionnaires.content("rse-express"), StandardCharsets.UTF_8)
                .concat("\n# edited\n").getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("express-copy.yaml"), edited);
        SourcedQuestionnaire opened = source.open(file);
        assertThat(opened.origin()).isEqualTo(Origin.OPEN);
        SourcedQuestionnaire found = source.find("rse-express", builtInExpressVersion()).orElseThrow();
        assertThat(found.origin()).isEqualTo(Origin.OPEN);
        assertThat(found.content()).isEqualTo(edited);
        assertThat(kept.reads).hasValue(0);
    }

    @Test
    void theGivenFileAnswersForItsIdAndWarnsOnAnotherVersion() throws Exception {
        QuestionnaireSource source = QuestionnaireSource.withoutDatabase();
        SourcedQuestionnaire given = source.load(Files.write(folder.resolve("old.yaml"), expressAs("0.9.0")));
        QuestionnaireLookup lookup = source.lookup(given);

        assertThat(lookup.find("rse-express", builtInExpressVersion())).contains(given);
        assertThat(lookup.takeWarnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(QuestionnaireLookup.Miss.Kind.OTHER_VERSION);
            assertThat(w.otherVersion()).isEqualTo("0.9.0");
        });
        assertThat(lookup.find("rse-rso", "1.0.0")).isEmpty();
        assertThat(lookup.misses()).singleElement().extracting(QuestionnaireLookup.Miss::kind)
                .isEqualTo(QuestionnaireLookup.Miss.Kind.OTHER_QUESTIONNAIRE);
    }

    @Test
    void aLookUpThatFindsNothingSaysWhichBuiltInVersionsThereAre() {
        QuestionnaireLookup lookup = QuestionnaireSource.withoutDatabase().lookup(null);
        assertThat(lookup.resolve("rse-express", "0.9.0")).isEmpty();
        assertThat(lookup.misses()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(QuestionnaireLookup.Miss.Kind.NOT_AVAILABLE);
            assertThat(m.builtInVersions()).contains(builtInExpressVersion());
        });
    }

    @Test
    void aBrokenFileIsRefusedWithItsProblemsAndNotRemembered() throws Exception {
        QuestionnaireSource source = QuestionnaireSource.withoutDatabase();
        Path file = Files.writeString(folder.resolve("broken.yaml"), "format: cap-rse/questionnaire@1\nid: [\n");
        assertThatThrownBy(() -> source.open(file)).isInstanceOf(QuestionnaireFileException.class)
                .hasMessageStartingWith(file + ":");
        assertThatThrownBy(() -> source.open(folder.resolve("missing.yaml")))
                .isInstanceOf(QuestionnaireFileException.class).hasMessageContaining("no such file");
    }
}
