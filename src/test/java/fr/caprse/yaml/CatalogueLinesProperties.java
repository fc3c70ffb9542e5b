package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The catalogue cuts a file's first lines without a pattern ({@link QuestionnaireCatalogue#lines}),
 * exactly where {@code split("\r?\n", -1)} cut them: on texts made of letters, spaces, carriage returns
 * and line feeds in any order, the two agree.
 */
class CatalogueLinesProperties {

    private static final char[] PIECES = {'a', 'é', ' ', ':', '\r', '\n'};

    @Test
    void cutsWhereTheRegularExpressionCut() {
        qt().withExamples(2000).forAll(texts()).checkAssert(text ->
                assertThat(QuestionnaireCatalogue.lines(text)).isEqualTo(Arrays.asList(text.split("\r?\n", -1))));
    }

    @Test
    void examples() {
        assertThat(QuestionnaireCatalogue.lines("id: a\r\nversion: 1\n")).containsExactly("id: a", "version: 1", "");
        assertThat(QuestionnaireCatalogue.lines("a\r\r\nb\rc")).containsExactly("a\r", "b\rc");
        assertThat(QuestionnaireCatalogue.lines("")).containsExactly("");
    }

    private static Gen<String> texts() {
        return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 40).map(CatalogueLinesProperties::text);
    }

    private static String text(List<Integer> pieces) {
        StringBuilder text = new StringBuilder();
        pieces.forEach(i -> text.append(PIECES[i]));
        return text.toString();
    }
}
