package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.yaml.LoadResult;
import fr.caprse.yaml.QuestionnaireLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theStartingQuestionnaireValidatesAsItIsWithEveryTypeAConditionAndAFormula(String language) throws IOException {
        Path file = dir.resolve("mine-" + language + ".yaml");

        CliTestSupport init = CliTestSupport.run("init", file.toString(), "--lang", language);
        CliTestSupport validate = CliTestSupport.run("validate", file.toString());

        assertThat(init.exitCode()).isZero();
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).as("no problem and no warning").isEmpty();
        LoadResult loaded = new QuestionnaireLoader().load(file);
        assertThat(loaded.questionnaire().themes()).hasSize(2);
        assertThat(loaded.questionnaire().languages()).containsExactlyInAnyOrder("fr", "en");
        Set<QuestionType> types = loaded.questionnaire().questions().stream().map(Question::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class)));
        assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
        assertThat(loaded.questionnaire().questions()).anyMatch(q -> q.appliesWhen() != null);
        assertThat(Files.readString(file)).startsWith(language.equals("fr") ? "# Questionnaire Cap RSE" : "# A Cap RSE");
    }

    @Test
    void anExistingFileIsNeverReplaced() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), "my own work");

        CliTestSupport init = CliTestSupport.run("init", file.toString());

        assertThat(init.exitCode()).isEqualTo(CapRseCli.BAD_INPUT);
        assertThat(init.err()).contains("already exists");
        assertThat(Files.readString(file)).isEqualTo("my own work");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliTestSupport init = CliTestSupport.run("init", dir.resolve("x.yaml").toString(), "--lang", "de");

        assertThat(init.exitCode()).isEqualTo(CapRseCli.USAGE);
        assertThat(Files.exists(dir.resolve("x.yaml"))).isFalse();
    }
}
