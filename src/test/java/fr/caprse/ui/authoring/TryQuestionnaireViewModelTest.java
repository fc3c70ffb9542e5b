package fr.caprse.ui.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TryQuestionnaireViewModelTest {

    @Test
    void problemsNameTheFileWithoutItsFolderAndKeepEverythingElse() {
        Path file = Path.of("/home/consultant/drafts/mine.yaml");
        assertThat(TryQuestionnaireViewModel.shortNames(List.of(
                "/home/consultant/drafts/mine.yaml:12:5: question 'q1': unknown key 'wieght'",
                "other.yaml:1:1: no such file"), file))
                .containsExactly("mine.yaml:12:5: question 'q1': unknown key 'wieght'", "other.yaml:1:1: no such file");
    }
}
