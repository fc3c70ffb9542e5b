package fr.caprse.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticVersionsTest {

    @Test
    void versionsSortByTheSemanticVersioningPrecedence() {
        // the example list of Semantic Versioning 2.0.0, section 11, plus numeric parts past 9
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.1.0", "1.9.0", "1.10.0", "2.0.0");
        List<String> shuffled = new ArrayList<>(ordered);
        Collections.reverse(shuffled);
        shuffled.sort(SemanticVersions.ORDER);
        assertThat(shuffled).containsExactlyElementsOf(ordered);
    }

    @Test
    void buildMetadataDoesNotChangePrecedence() {
        assertThat(SemanticVersions.compare("1.1.0+build.7", "1.1.0")).isZero();
        assertThat(SemanticVersions.compare("1.1.0", "1.0.0+zzz")).isPositive();
    }
}
