package fr.caprse.ui.walkthrough;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.Evaluation;
import fr.caprse.ui.common.NumberInput;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The walk-through, one question at a time: which theme and question are shown, the answers given
 * so far, which questions apply (recomputed after every answer, so a question whose
 * {@code applies_when} turns false disappears at once), each theme's progress, and the save state.
 * Every change of an answer is handed at once to {@code saver}, which commits it in the background.
 */
public final class WalkthroughViewModel {

    /**
     * Where the answers stand on their way to the disk: all saved; some being typed or written
     * (shown "Enregistrement…" until the text is on disk); a save failed; or a number typed that
     * cannot be read, which is kept on screen and never reported as saved.
     */
    public enum SaveState { SAVED, SAVING, FAILED, INVALID }

    /** The free-text fields of a question that save as they are typed, a short while after the last key. */
    public enum Field { COMMENT, EVIDENCE, TEXT, NUMBER }

    /** How long after the last key a typed text is saved. */
    public static final java.time.Duration DEBOUNCE = java.time.Duration.ofMillis(500);

    /** Runs an action once after a delay; a new call for the same key replaces the pending one. */
    @FunctionalInterface
    public interface Debouncer {
        /** Schedules {@code action} in {@code delay}; returns what cancels it. */
        Runnable schedule(java.time.Duration delay, Runnable action);
    }

    /** A text typed in a field, not yet handed to the saver. */
    private record Draft(Question question, Field field, String text, Runnable cancel) {
    }

    /** Progress of one theme: applicable questions a person answers, and how many are answered. */
    public record ThemeProgress(Theme theme, int answered, int applicable) {
        public boolean complete() {
            return answered == applicable;
        }
    }

    private final Questionnaire questionnaire;
    private Organisation organisation;
    private final Map<String, Answer> previousAnswers;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final AnswerSaver saver;
    private final Clock clock;
    private final String author;

    private final javafx.beans.property.ReadOnlyIntegerWrapper themeIndex = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Question> current = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Question> visibleQuestions = FXCollections.observableArrayList();
    private final ObservableList<ThemeProgress> progress = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    /** Bumped after every answer change, so views refresh what they show of the current question. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper revision = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ObservableList<Question> visibleView = FXCollections.unmodifiableObservableList(visibleQuestions);
    private final ObservableList<ThemeProgress> progressView = FXCollections.unmodifiableObservableList(progress);
    private Evaluation evaluation;
    private int pendingSaves;
    private boolean failed;
    private final Debouncer debouncer;
    /** Texts being typed, by question id and field, until the debounce hands them to the saver. */
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    /** Numbers typed that cannot be read, by question id: kept on screen, never saved. */
    private final javafx.collections.ObservableMap<String, NumberInput.Problem> invalidNumbers =
            FXCollections.observableHashMap();
    private final javafx.collections.ObservableMap<String, NumberInput.Problem> invalidNumbersView =
            FXCollections.unmodifiableObservableMap(invalidNumbers);

    /** Commits an answer; calls back {@code done} with null on success or the failure. */
    @FunctionalInterface
    public interface AnswerSaver {
        void save(Answer answer, Consumer<Throwable> done);
    }

    public WalkthroughViewModel(Questionnaire questionnaire, Organisation organisation, Map<String, Answer> answers,
                                Map<String, Answer> previousAnswers, AnswerSaver saver, Clock clock, String author) {
        this(questionnaire, organisation, answers, previousAnswers, saver, clock, author, WalkthroughViewModel::fxDelay);
    }

    public WalkthroughViewModel(Questionnaire questionnaire, Organisation organisation, Map<String, Answer> answers,
                                Map<String, Answer> previousAnswers, AnswerSaver saver, Clock clock, String author,
                                Debouncer debouncer) {
        this.debouncer = debouncer;
        this.questionnaire = questionnaire;
        this.organisation = organisation;
        this.previousAnswers = Map.copyOf(previousAnswers);
        this.saver = saver;
        this.clock = clock;
        this.author = author;
        this.answers.putAll(answers);
        refresh();
        goToTheme(0);
    }

    /** The profile changed: which questions apply may change with it. */
    public void setOrganisation(Organisation updated) {
        this.organisation = updated;
        refresh();
        revision.set(revision.get() + 1);
    }

    // ---- navigation ----------------------------------------------------------------------------

    public void goToTheme(int index) {
        if (index < 0 || index >= questionnaire.themes().size()) {
            return;
        }
        flushDrafts();
        themeIndex.set(index);
        refreshVisible();
        current.set(visibleQuestions.isEmpty() ? null : visibleQuestions.get(0));
    }

    /** Shows a question (and its theme); does nothing when it does not apply. */
    public void goTo(String questionId) {
        flushDrafts();
        for (int i = 0; i < questionnaire.themes().size(); i++) {
            for (Question question : questionnaire.themes().get(i).questions()) {
                if (question.id().equals(questionId) && applies(question)) {
                    themeIndex.set(i);
                    refreshVisible();
                    current.set(question);
                    return;
                }
            }
        }
    }

    /** The next applicable question, crossing into the next theme at the end of one; false at the very end. */
    public boolean next() {
        if (blocked()) {
            return true;
        }
        List<Question> all = applicableInOrder();
        int position = current.get() == null ? -1 : all.indexOf(current.get());
        if (position + 1 < all.size()) {
            goTo(all.get(position + 1).id());
            return true;
        }
        return false;
    }

    public boolean previous() {
        if (blocked()) {
            return true;
        }
        List<Question> all = applicableInOrder();
        int position = current.get() == null ? all.size() : all.indexOf(current.get());
        if (position > 0) {
            goTo(all.get(position - 1).id());
            return true;
        }
        return false;
    }

    /**
     * True when the shown question holds a number that cannot be read: the walk-through stays on it
     * (next and previous do not move) so that the user sees the message rather than losing the text.
     */
    public boolean blocked() {
        flushDrafts();
        Question question = current.get();
        return question != null && invalidNumbers.containsKey(question.id());
    }

    private List<Question> applicableInOrder() {
        List<Question> all = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            if (applies(question)) {
                all.add(question);
            }
        }
        return all;
    }

    // ---- answering -----------------------------------------------------------------------------

    /** Picks a maturity level of the current question (digit keys 0 to 4). */
    public void selectLevel(int level) {
        Question question = current.get();
        if (question == null || question.type() != QuestionType.MATURITY
                || level < 0 || level > questionnaire.scale().highest()) {
            return;
        }
        put(answerOf(question).withValue(new AnswerValue.LevelValue(level)));
    }

    /** Picks the option of a single or yesno question, or toggles one of a multiple question. */
    public void choose(String optionId) {
        Question question = current.get();
        if (question == null || question.option(optionId).isEmpty()) {
            return;
        }
        if (question.type() == QuestionType.MULTIPLE) {
            List<String> chosen = new ArrayList<>(chosenOptions(question));
            if (!chosen.remove(optionId)) {
                chosen.add(optionId);
            }
            // keep the questionnaire's order of options, whatever the order of the clicks
            List<String> ordered = question.options().stream().map(o -> o.id()).filter(chosen::contains).toList();
            put(ordered.isEmpty() ? answerOf(question).withValue(null) : answerOf(question).withValue(new AnswerValue.Choices(ordered)));
        } else {
            put(answerOf(question).withValue(new AnswerValue.Choice(optionId)));
        }
    }

    /**
     * Sets the number of a number or percent question from what was typed ("12,5" or "12.5"); an empty
     * text clears the answer. Returns the problem to show beside the field, or empty when accepted.
     */
    public Optional<NumberInput.Problem> enterNumber(String typed) {
        return enterNumber(current.get(), typed);
    }

    /**
     * The same for a given question: a field that loses the focus after the walk-through has moved on
     * still writes to its own question, never to the one now shown.
     */
    public Optional<NumberInput.Problem> enterNumber(Question question, String typed) {
        if (question == null || !question.type().isNumeric()) {
            return Optional.empty();
        }
        cancelDraft(question, Field.NUMBER);
        if (typed == null || typed.isBlank()) {
            invalidNumbers.remove(question.id());
            if (answerOf(question).value() != null) {
                put(answerOf(question).withValue(null));
            } else {
                updateSaveState();
            }
            return Optional.empty();
        }
        NumberInput.Result result = NumberInput.parse(typed, question);
        if (result.problem() != null) {
            invalidNumbers.put(question.id(), result.problem());
            updateSaveState();
            return Optional.of(result.problem());
        }
        invalidNumbers.remove(question.id());
        BigDecimal number = result.number();
        AnswerValue value = new AnswerValue.NumberValue(number);
        if (value.equals(answerOf(question).value())) {
            updateSaveState();
        } else {
            put(answerOf(question).withValue(value));
        }
        return Optional.empty();
    }

    public void enterText(String text) {
        enterText(current.get(), text);
    }

    public void enterText(Question question, String text) {
        if (question == null || question.type() != QuestionType.TEXT) {
            return;
        }
        cancelDraft(question, Field.TEXT);
        AnswerValue value = text == null || text.isBlank() ? null : new AnswerValue.TextValue(text);
        if (java.util.Objects.equals(value, answerOf(question).value())) {
            updateSaveState();
            return;
        }
        put(answerOf(question).withValue(text == null || text.isBlank() ? null : new AnswerValue.TextValue(text)));
    }

    /** Marks the current question "not applicable" (only where the questionnaire allows it), or clears it. */
    public void setNotApplicable(boolean na) {
        Question question = current.get();
        if (question == null || (na && !question.na())) {
            return;
        }
        put(answerOf(question).withNa(na));
    }

    public void setComment(String comment) {
        setComment(current.get(), comment);
    }

    public void setComment(Question question, String comment) {
        if (question != null) {
            cancelDraft(question, Field.COMMENT);
            updateSaveState();
        }
        if (question != null && !java.util.Objects.equals(emptyToNull(comment), answerOf(question).comment())) {
            put(answerOf(question).withComment(comment));
        }
    }

    public void setEvidence(String evidence) {
        setEvidence(current.get(), evidence);
    }

    public void setEvidence(Question question, String evidence) {
        if (question != null) {
            cancelDraft(question, Field.EVIDENCE);
            updateSaveState();
        }
        if (question != null && !java.util.Objects.equals(emptyToNull(evidence), answerOf(question).evidence())) {
            put(answerOf(question).withEvidence(evidence));
        }
    }

    public void toggleFlag() {
        Question question = current.get();
        if (question != null) {
            put(answerOf(question).withFlagged(!answerOf(question).flagged()));
        }
    }

    /** Clears the value or N/A of the current question (its comment stays). */
    public void clearAnswer() {
        Question question = current.get();
        if (question != null) {
            put(answerOf(question).withValue(null));
        }
    }

    // ---- typing: texts saved a short while after the last key ------------------------------------

    /**
     * A text being typed in a field of a question: saved {@link #DEBOUNCE} after the last key (or at
     * once by {@link #flushDrafts()}, when the field loses the focus or the walk-through moves on).
     * Until it is on disk the save state reads "saving".
     */
    public void typed(Question question, Field field, String text) {
        if (question == null) {
            return;
        }
        String key = question.id() + "/" + field;
        Draft old = drafts.remove(key);
        if (old != null) {
            old.cancel().run();
        }
        if (field == Field.NUMBER) {
            invalidNumbers.remove(question.id());
        }
        Runnable[] cancel = new Runnable[1];
        cancel[0] = debouncer.schedule(DEBOUNCE, () -> {
            Draft draft = drafts.get(key);
            if (draft != null && draft.cancel() == cancel[0]) {
                drafts.remove(key);
                commit(draft);
            }
        });
        drafts.put(key, new Draft(question, field, text, cancel[0]));
        updateSaveState();
    }

    /** Hands every text still being typed to the saver now (the page closes, the walk-through moves). */
    public void flushDrafts() {
        List<Draft> waiting = new ArrayList<>(drafts.values());
        drafts.clear();
        for (Draft draft : waiting) {
            draft.cancel().run();
            commit(draft);
        }
        updateSaveState();
    }

    /** The text being typed in a field, if it has not been saved yet. */
    public Optional<String> draft(Question question, Field field) {
        Draft draft = drafts.get(question.id() + "/" + field);
        return draft == null ? Optional.empty() : Optional.of(draft.text());
    }

    /** Why the number typed for a question cannot be read, if it cannot. */
    public Optional<NumberInput.Problem> numberProblem(Question question) {
        return Optional.ofNullable(invalidNumbers.get(question.id()));
    }

    /** Questions whose typed number cannot be read (observable, for the message beside the field). */
    public javafx.collections.ObservableMap<String, NumberInput.Problem> invalidNumbers() {
        return invalidNumbersView;
    }

    private void commit(Draft draft) {
        switch (draft.field()) {
            case COMMENT -> setComment(draft.question(), draft.text());
            case EVIDENCE -> setEvidence(draft.question(), draft.text());
            case TEXT -> enterText(draft.question(), draft.text());
            case NUMBER -> enterNumber(draft.question(), draft.text());
        }
    }

    private void cancelDraft(Question question, Field field) {
        Draft draft = drafts.remove(question.id() + "/" + field);
        if (draft != null) {
            draft.cancel().run();
        }
    }

    private void updateSaveState() {
        if (failed) {
            saveState.set(SaveState.FAILED);
        } else if (!invalidNumbers.isEmpty()) {
            saveState.set(SaveState.INVALID);
        } else if (pendingSaves > 0 || !drafts.isEmpty()) {
            saveState.set(SaveState.SAVING);
        } else {
            saveState.set(SaveState.SAVED);
        }
    }

    /** The debounce of the running application: a JavaFX pause, on the FX thread. */
    private static Runnable fxDelay(java.time.Duration delay, Runnable action) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }

    private void put(Answer answer) {
        Answer stamped = answer.stamped(author, clock.instant());
        answers.put(stamped.questionId(), stamped);
        refresh();
        revision.set(revision.get() + 1);
        pendingSaves++;
        updateSaveState();
        saver.save(stamped, failure -> {
            pendingSaves--;
            if (failure != null) {
                failed = true;
            }
            updateSaveState();
        });
    }

    // ---- what is shown -------------------------------------------------------------------------

    private void refresh() {
        evaluation = Evaluation.of(questionnaire, organisation, answers);
        List<ThemeProgress> list = new ArrayList<>();
        for (Theme theme : questionnaire.themes()) {
            int applicable = 0;
            int answered = 0;
            for (Question question : theme.questions()) {
                if (question.type().isAnswered() && applies(question)) {
                    applicable++;
                    if (answerOf(question).isAnswered()) {
                        answered++;
                    }
                }
            }
            list.add(new ThemeProgress(theme, answered, applicable));
        }
        progress.setAll(list);
        refreshVisible();
        // the current question may just have stopped applying: move on to the next one that does
        Question shown = current.get();
        if (shown != null && !applies(shown)) {
            current.set(visibleQuestions.isEmpty() ? null : visibleQuestions.get(0));
        }
    }

    private void refreshVisible() {
        Theme theme = questionnaire.themes().get(themeIndex.get());
        List<Question> visible = theme.questions().stream().filter(this::applies).toList();
        if (!visible.equals(visibleQuestions)) {
            visibleQuestions.setAll(visible);
        }
    }

    public boolean applies(Question question) {
        return evaluation.applies(question.id());
    }

    /** The value of a computed question for the current answers, or null when it cannot be computed. */
    public Double computedValue(Question question) {
        Object value = evaluation.value(question.id());
        return value instanceof Double number && !number.isNaN() && !number.isInfinite() ? number : null;
    }

    /** The answer kept for a question, or an empty one (not answered). */
    public Answer answerOf(Question question) {
        Answer answer = answers.get(question.id());
        return answer != null ? answer : new Answer(question.id(), null, false, null, null, null, null, false);
    }

    public List<String> chosenOptions(Question question) {
        AnswerValue value = answerOf(question).value();
        if (value instanceof AnswerValue.Choices choices) {
            return choices.optionIds();
        }
        if (value instanceof AnswerValue.Choice choice) {
            return List.of(choice.optionId());
        }
        return List.of();
    }

    /** The same organisation's answer to this question in its previous assessment, if any. */
    public Optional<Answer> previousAnswer(Question question) {
        return Optional.ofNullable(previousAnswers.get(question.id())).filter(Answer::isAnswered);
    }

    public Map<String, Answer> answers() {
        return Map.copyOf(answers);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Theme currentTheme() {
        return questionnaire.themes().get(themeIndex.get());
    }

    /** 1-based position of the current question among the visible questions of its theme. */
    public int positionInTheme() {
        return current.get() == null ? 0 : visibleQuestions.indexOf(current.get()) + 1;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty themeIndexProperty() {
        return themeIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Question> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<Question> visibleQuestions() {
        return visibleView;
    }

    public ObservableList<ThemeProgress> progress() {
        return progressView;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
