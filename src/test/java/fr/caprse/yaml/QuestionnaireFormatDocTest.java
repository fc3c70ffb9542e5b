package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/questionnaire-format.md stays true: its example is a tested file, and it names every key. */
class QuestionnaireFormatDocTest {

    private static final Path DOC = Path.of("docs/questionnaire-format.md");

    private static String doc() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    /** The first ```yaml block after the heading "## A complete example". */
    private static String exampleBlock() throws IOException {
        String doc = doc();
        int heading = doc.indexOf("\n## A complete example");
        assertThat(heading).as("the example heading").isPositive();
        int start = doc.indexOf("```yaml\n", heading) + "```yaml\n".length();
        int end = doc.indexOf("\n```", start);
        return doc.substring(start, end + 1);
    }

    @Test
    void theDocumentedExampleIsTheTestedFile() throws IOException {
        String file = new String(TestFiles.bytes("valid/example.yaml"), StandardCharsets.UTF_8);

        assertThat(exampleBlock()).isEqualTo(file);
    }

    @Test
    void theDocumentedExampleIsValidAndShowsWhatItClaims() throws IOException {
        LoadResult result = new QuestionnaireLoader().load("example.yaml", exampleBlock().getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        Questionnaire q = result.questionnaire();
        assertThat(q.themes()).hasSize(2);
        assertThat(q.questions()).hasSize(6);
        assertThat(q.questions().stream().map(x -> x.type()).collect(Collectors.toSet())).hasSize(6);
        assertThat(q.questions()).anyMatch(x -> x.appliesWhen() != null);
        assertThat(q.questions()).anyMatch(x -> x.type() == QuestionType.COMPUTED && x.formula() != null);
        assertThat(q.questions()).anyMatch(x -> x.bands() != null);
    }

    @Test
    void theDocNamesEveryKeyAndEveryTypeTheLoaderAccepts() throws IOException {
        String doc = doc();
        for (Map.Entry<String, List<String>> entry : QuestionnaireReader.allowedKeys().entrySet()) {
            for (String key : entry.getValue()) {
                assertThat(doc).as("the %s key %s", entry.getKey(), key).contains("`" + key + "`");
            }
        }
        for (QuestionType type : QuestionType.values()) {
            assertThat(doc).contains("| `" + type.fileName() + "` |");
        }
    }

    @Test
    void theLimitsInTheDocAreTheLoadersLimits() throws IOException {
        String doc = doc();
        assertThat(Set.of(SafeYaml.MAX_BYTES, SafeYaml.MAX_DEPTH, SafeYaml.MAX_ALIASES, (int) SafeYaml.MAX_VALUES,
                Problems.MAX_LISTED)).containsExactlyInAnyOrder(5 * 1024 * 1024, 50, 100, 100_000, 1000);
        assertThat(doc).contains("larger than 5 MB", "more than 100 000 values", "deeper than 50 levels",
                "more than 100 aliases", "At most 1 000 problems");
    }
}
