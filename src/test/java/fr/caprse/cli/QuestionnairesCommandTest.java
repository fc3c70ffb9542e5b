package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnairesCommandTest {

    @Test
    void listsEveryBuiltInWithItsFiguresUnderAHeader() {
        CliTestSupport result = CliTestSupport.run("questionnaires");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0).split("\\s+")).containsExactly("ID", "VERSION", "THEMES", "QUESTIONS", "SCORED", "TITLE");
        List<Questionnaire> all = BuiltInQuestionnaires.all();
        assertThat(all).isNotEmpty();
        assertThat(lines).hasSize(all.size() + 1);
        for (int i = 0; i < all.size(); i++) {
            Questionnaire q = all.get(i);
            String title = q.title().get("en");
            assertThat(lines.get(i + 1)).endsWith(title);
            String[] columns = lines.get(i + 1).substring(0, lines.get(i + 1).length() - title.length()).trim().split("\\s+");
            assertThat(columns).containsExactly(q.id(), q.version(), String.valueOf(q.themes().size()),
                    String.valueOf(q.questions().size()), String.valueOf(q.scoredQuestionCount()));
        }
        assertThat(result.err()).isEmpty();
    }

    @Test
    void titlesCanBeShownInFrench() {
        CliTestSupport result = CliTestSupport.run("questionnaires", "--lang", "fr");

        assertThat(result.exitCode()).isZero();
        for (Questionnaire q : BuiltInQuestionnaires.all()) {
            assertThat(result.out()).contains(q.title().get("fr"));
        }
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliTestSupport result = CliTestSupport.run("questionnaires", "--lang", "de");

        assertThat(result.exitCode()).isEqualTo(CapRseCli.USAGE);
        assertThat(result.err()).contains("fr, en");
    }
}
