package fr.caprse.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.yaml.LoadResult;
import fr.caprse.yaml.QuestionnaireLoader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class WalkthroughViewModelTest {

    private static final String YAML = """
            id: small
            version: "1.0.0"
            languages: [fr, en]
            title: {fr: "Petit", en: "Small"}
            description: {fr: "d", en: "d"}
            scale:
              levels:
                - {value: 0, label: {fr: "0", en: "0"}, description: {fr: "0", en: "0"}}
                - {value: 1, label: {fr: "1", en: "1"}, description: {fr: "1", en: "1"}}
                - {value: 2, label: {fr: "2", en: "2"}, description: {fr: "2", en: "2"}}
            themes:
              - id: env
                title: {fr: "Environnement", en: "Environment"}
                description: {fr: "d", en: "d"}
                questions:
                  - id: premises
                    type: yesno
                    weight: 0
                    text: {fr: "Locaux ?", en: "Premises?"}
                    help: {fr: "h", en: "h"}
                  - id: water
                    type: maturity
                    applies_when: "answer.premises == 'yes'"
                    na: true
                    text: {fr: "Eau ?", en: "Water?"}
                    help: {fr: "h", en: "h"}
                    recommendation: {fr: "r", en: "r"}
                  - id: waste-share
                    type: percent
                    weight: 0
                    text: {fr: "Part ?", en: "Share?"}
                    help: {fr: "h", en: "h"}
              - id: gov
                title: {fr: "Gouvernance", en: "Governance"}
                description: {fr: "d", en: "d"}
                questions:
                  - id: purpose
                    type: maturity
                    text: {fr: "Raison d’être ?", en: "Purpose?"}
                    help: {fr: "h", en: "h"}
                    recommendation: {fr: "r", en: "r"}
            """;

    private final Questionnaire questionnaire = load();
    private final List<Answer> saved = new ArrayList<>();
    private final List<Consumer<Throwable>> pending = new ArrayList<>();
    private final WalkthroughViewModel model = new WalkthroughViewModel(questionnaire, Organisation.named("Atelier"),
            Map.of(), Map.of(), (answer, done) -> {
                saved.add(answer);
                pending.add(done);
            }, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC), "ana");

    private static Questionnaire load() {
        LoadResult result = new QuestionnaireLoader().load("small.yaml", YAML.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        return result.questionnaire();
    }

    @Test
    void aQuestionAppearsAndDisappearsAsSoonAsTheAnswerItDependsOnChanges() {
        assertThat(ids(model.visibleQuestions())).containsExactly("premises", "waste-share");
        model.choose("yes");
        assertThat(ids(model.visibleQuestions())).containsExactly("premises", "water", "waste-share");
        model.choose("no");
        assertThat(ids(model.visibleQuestions())).containsExactly("premises", "waste-share");
    }

    @Test
    void everyAnswerIsHandedToTheSaverStampedAndTheStateFollowsTheCommit() {
        model.choose("yes");
        assertThat(model.saveStateProperty().get()).isEqualTo(WalkthroughViewModel.SaveState.SAVING);
        assertThat(saved).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(new AnswerValue.Choice("yes"));
            assertThat(a.author()).isEqualTo("ana");
            assertThat(a.answeredAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        });
        pending.get(0).accept(null);
        assertThat(model.saveStateProperty().get()).isEqualTo(WalkthroughViewModel.SaveState.SAVED);
    }

    @Test
    void aFailedSaveIsShownAndStaysShownUntilTheNextSuccess() {
        model.choose("yes");
        model.choose("no");
        pending.get(0).accept(new IllegalStateException("disk full"));
        pending.get(1).accept(null);
        assertThat(model.saveStateProperty().get()).isEqualTo(WalkthroughViewModel.SaveState.FAILED);
    }

    @Test
    void nextCrossesIntoTheNextThemeAndSkipsQuestionsThatDoNotApply() {
        assertThat(model.currentProperty().get().id()).isEqualTo("premises");
        model.next();
        assertThat(model.currentProperty().get().id()).isEqualTo("waste-share");
        model.next();
        assertThat(model.currentProperty().get().id()).isEqualTo("purpose");
        assertThat(model.currentTheme().id()).isEqualTo("gov");
        assertThat(model.next()).isFalse();
        model.previous();
        assertThat(model.currentProperty().get().id()).isEqualTo("waste-share");
    }

    @Test
    void notApplicableIsOnlyPossibleWhereTheQuestionnaireAllowsIt() {
        model.setNotApplicable(true);
        assertThat(saved).isEmpty();
        model.choose("yes");
        model.goTo("water");
        model.setNotApplicable(true);
        assertThat(model.answerOf(question("water")).na()).isTrue();
    }

    @Test
    void aNumberIsReadTheFrenchOrTheEnglishWayAndCheckedAgainstItsBounds() {
        model.goTo("waste-share");
        assertThat(model.enterNumber("12,5")).isEmpty();
        assertThat(model.answerOf(question("waste-share")).value()).isEqualTo(new AnswerValue.NumberValue(new BigDecimal("12.5")));
        assertThat(model.enterNumber("140")).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("number.error.max"));
        assertThat(model.enterNumber("douze")).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("number.error.format"));
        assertThat(model.answerOf(question("waste-share")).value()).isEqualTo(new AnswerValue.NumberValue(new BigDecimal("12.5")));
    }

    @Test
    void aFieldCommittedAfterTheWalkThroughMovedOnWritesToItsOwnQuestion() {
        model.goTo("waste-share");
        Question shown = model.currentProperty().get();
        model.next();                               // Enter in the field moves on first...
        model.enterNumber(shown, "30");             // ...then the field, losing the focus, commits
        model.setComment(shown, "pesée de mars");
        assertThat(model.answerOf(question("waste-share")).value()).isEqualTo(new AnswerValue.NumberValue(new BigDecimal("30")));
        assertThat(model.answerOf(question("waste-share")).comment()).isEqualTo("pesée de mars");
        assertThat(model.answerOf(question("purpose")).isAnswered()).isFalse();
        assertThat(model.answerOf(question("purpose")).comment()).isNull();
    }

    @Test
    void progressCountsApplicableQuestionsAndTheirAnswers() {
        model.choose("yes");
        WalkthroughViewModel.ThemeProgress env = model.progress().get(0);
        assertThat(env.answered()).isEqualTo(1);
        assertThat(env.applicable()).isEqualTo(3);
    }

    @Test
    void aCommentAloneIsKeptButDoesNotCountAsAnAnswer() {
        model.setComment("à voir avec le comptable");
        assertThat(saved).singleElement().satisfies(a -> assertThat(a.comment()).isEqualTo("à voir avec le comptable"));
        assertThat(model.progress().get(0).answered()).isZero();
    }

    /** The debounce of these tests: scheduled actions run when the test says the time has come. */
    private final List<Runnable> due = new ArrayList<>();
    private final WalkthroughViewModel typing = new WalkthroughViewModel(questionnaire, Organisation.named("Atelier"),
            Map.of(), Map.of(), (answer, done) -> {
                saved.add(answer);
                pending.add(done);
            }, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC), "ana", (delay, action) -> {
                assertThat(delay).isEqualTo(WalkthroughViewModel.DEBOUNCE);
                boolean[] cancelled = new boolean[1];
                due.add(() -> {
                    if (!cancelled[0]) {
                        action.run();
                    }
                });
                return () -> cancelled[0] = true;
            });

    private void debounceElapses() {
        List<Runnable> now = new ArrayList<>(due);
        due.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void aTextBeingTypedReadsSavingUntilItIsOnDiskAndIsSavedOnceAfterTheLastKey() {
        Question shown = typing.currentProperty().get();
        typing.typed(shown, WalkthroughViewModel.Field.COMMENT, "Char");
        typing.typed(shown, WalkthroughViewModel.Field.COMMENT, "Charte");
        assertThat(typing.saveStateProperty().get()).isEqualTo(WalkthroughViewModel.SaveState.SAVING);
        assertThat(saved).isEmpty();
        debounceElapses();
        assertThat(saved).singleElement().satisfies(a -> assertThat(a.comment()).isEqualTo("Charte"));
        assertThat(typing.saveStateProperty().get()).as("handed to the saver, not yet on disk")
                .isEqualTo(WalkthroughViewModel.SaveState.SAVING);
        pending.get(0).accept(null);
        assertThat(typing.saveStateProperty().get()).isEqualTo(WalkthroughViewModel.SaveState.SAVED);
    }

    @Test
    void movingOnSavesWhatIsBeingTypedAtOnceOnItsOwnQuestion() {
        Question shown = typing.currentProperty().get();
        typing.typed(shown, WalkthroughViewModel.Field.EVIDENCE, "statuts.pdf");
        typing.next();
        assertThat(saved).singleElement().satisfies(a -> {
            assertThat(a.questionId()).isEqualTo(shown.id());
            assertThat(a.evidence()).isEqualTo("statuts.pdf");
        });
        debounceElapses();
        assertThat(saved).hasSize(1);
    }

    @Test
    void anInvalidNumberIsKeptNeverSavedAndHoldsTheWalkThroughOnItsQuestion() {
        typing.goTo("waste-share");
        Question shown = typing.currentProperty().get();
        typing.typed(shown, WalkthroughViewModel.Field.NUMBER, "douze");
        assertThat(typing.next()).isTrue();
        assertThat(typing.currentProperty().get()).isEqualTo(shown);
        assertThat(typing.saveStateProperty().get()).isEqualTo(WalkthroughViewModel.SaveState.INVALID);
        assertThat(typing.numberProblem(shown)).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("number.error.format"));
        assertThat(saved).isEmpty();
        typing.typed(shown, WalkthroughViewModel.Field.NUMBER, "12,5");
        typing.next();
        assertThat(typing.currentProperty().get().id()).isEqualTo("purpose");
        assertThat(saved).singleElement().satisfies(a -> assertThat(a.value())
                .isEqualTo(new AnswerValue.NumberValue(new BigDecimal("12.5"))));
    }

    private Question question(String id) {
        return questionnaire.question(id).orElseThrow();
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }
}
