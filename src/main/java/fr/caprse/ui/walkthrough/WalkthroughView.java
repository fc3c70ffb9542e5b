package fr.caprse.ui.walkthrough;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.questionnaire.Level;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.i18n.I18n;
import fr.caprse.i18n.Typography;
import fr.caprse.ui.common.CompactButtons;
import fr.caprse.ui.common.Formats;
import fr.caprse.ui.common.NumberInput;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One question at a time, big enough for a projector: the question, its help, the answer controls
 * for its type, N/A, comment and evidence, the previous assessment's answer, and previous/next.
 * Keys: 0–4 pick a level, 1–9 pick an option (numbered on screen), ↑/↓ move the level, ←/→ go to the
 * previous/next question, N toggles "not applicable", F flags it, Enter in a number field moves on.
 */
public final class WalkthroughView {

    private final WalkthroughViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final VBox card = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(card);
    /** The field that takes the keyboard when the question opens (a number question's field). */
    private javafx.scene.control.Control firstField;
    /** Two-digit option keys (options 10 and up): the first digit, waiting a moment for a second. */
    private int pendingDigit = -1;
    private final javafx.animation.PauseTransition digitWait =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(OptionKeys.WAIT_MILLIS));
    private final Label position = new Label();
    private final Label saveState = new Label();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final ToggleButton flag = new ToggleButton();
    private final Runnable onEnd;
    private final ChangeListener<Object> rebuild = (o, a, b) -> show();
    /** Brings the controls of the shown question up to date after an answer, without rebuilding them. */
    private final List<Runnable> syncs = new java.util.ArrayList<>();
    private final ChangeListener<Object> sync = (o, a, b) -> sync();
    private final ChangeListener<WalkthroughViewModel.SaveState> saveListener = (o, a, b) -> showSaveState(b);
    /** The legal baseline under the theme's title, one pane per theme kept from question to question. */
    private final fr.caprse.ui.legal.LegalBaselineView legal;

    public WalkthroughView(WalkthroughViewModel model, I18n i18n, Runnable onEnd) {
        this.model = model;
        this.i18n = i18n;
        this.onEnd = onEnd;
        this.legal = new fr.caprse.ui.legal.LegalBaselineView(i18n);
        root.getStyleClass().add("walkthrough");
        card.getStyleClass().add("question-card");
        scroll.setFitToWidth(true);
        scroll.setId("question-scroll");
        scroll.getStyleClass().add("edge-to-edge");
        root.setCenter(scroll);

        previous.setId("previous");
        previous.setText(i18n.get("walk.previous"));
        previous.setOnAction(e -> {
            model.previous();
            focusProblem();
        });
        next.setId("next");
        next.setText(i18n.get("walk.next"));
        next.getStyleClass().add("accent");
        next.setDefaultButton(false);
        next.setOnAction(e -> {
            if (!model.next()) {
                onEnd.run();
            } else {
                focusProblem();
            }
        });
        flag.setId("flag");
        flag.setText(i18n.get("walk.flag"));
        flag.setOnAction(e -> model.toggleFlag());
        saveState.setId("save-state");
        position.setId("question-position");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        saveState.setMinWidth(Region.USE_PREF_SIZE);
        position.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, previous, flag, position, spacer, saveState, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("walk-bar");
        bar.setId("walk-bar");
        root.setBottom(bar);
        CompactButtons.install(bar, List.of(
                new CompactButtons.Item(previous, "←", i18n.get("walk.previous")),
                new CompactButtons.Item(flag, "⚑", i18n.get("walk.flag")),
                new CompactButtons.Item(next, "→", i18n.get("walk.next"))));
        digitWait.setOnFinished(e -> {
            int digit = pendingDigit;
            pendingDigit = -1;
            pickOption(digit);
        });

        model.currentProperty().addListener(rebuild);
        model.revisionProperty().addListener(sync);
        model.saveStateProperty().addListener(saveListener);
        // keys work as soon as the page shows: take the focus when put in the window
        root.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(this::takeFocus);
            }
        });
        show();
        showSaveState(model.saveStateProperty().get());
    }

    /** Stops listening to the model: call when the view is replaced. */
    public void dispose() {
        digitWait.stop();
        model.flushDrafts();
        model.currentProperty().removeListener(rebuild);
        model.revisionProperty().removeListener(sync);
        model.saveStateProperty().removeListener(saveListener);
    }

    public Node root() {
        return root;
    }

    /**
     * The walk-through's keys; the enclosing page installs this as a filter on its whole area, so the
     * keys work wherever the focus is (the side list included) except while typing in a field.
     */
    public void onKey(KeyEvent event) {
        boolean typing = event.getTarget() instanceof TextInputControl;
        if (typing) {
            if (event.getCode() == KeyCode.ENTER && event.isControlDown()) {
                next.fire();
                event.consume();
            } else if (event.getTarget() instanceof TextField
                    && (event.getCode() == KeyCode.PAGE_DOWN || event.getCode() == KeyCode.PAGE_UP)) {
                (event.getCode() == KeyCode.PAGE_DOWN ? next : previous).fire();
                event.consume();
            }
            return;
        }
        Question question = model.currentProperty().get();
        KeyCode code = event.getCode();
        if (code.isDigitKey() && question != null) {
            int digit = code.getCode() - (code.isKeypadKey() ? KeyCode.NUMPAD0.getCode() : KeyCode.DIGIT0.getCode());
            if (question.type() == QuestionType.MATURITY) {
                model.selectLevel(digit);
            } else if (question.type().hasOptions()) {
                optionDigit(question, digit);
            }
            event.consume();
        } else if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN) {
            next.fire();
            event.consume();
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) {
            model.previous();
            event.consume();
        } else if ((code == KeyCode.UP || code == KeyCode.DOWN) && question != null && question.type() == QuestionType.MATURITY) {
            AnswerValue value = model.answerOf(question).value();
            int level = value instanceof AnswerValue.LevelValue l ? l.level() : -1;
            model.selectLevel(Math.max(0, Math.min(model.questionnaire().scale().highest(), level + (code == KeyCode.DOWN ? 1 : -1))));
            event.consume();
        } else if (code == KeyCode.F && !event.isShortcutDown()) {
            model.toggleFlag();
            event.consume();
        } else if (code == KeyCode.N && !event.isShortcutDown() && question != null && question.na()) {
            model.setNotApplicable(!model.answerOf(question).na());
            event.consume();
        }
    }

    /**
     * A digit typed on an option question. Up to nine options, the digit picks at once; with ten or
     * more, a digit that can start a two-digit number waits {@link OptionKeys#WAIT_MILLIS} ms for a
     * second one ("1" then "0" picks option 10; "1" alone picks option 1 once the wait is over).
     */
    private void optionDigit(Question question, int digit) {
        int count = question.options().size();
        if (pendingDigit >= 0) {
            digitWait.stop();
            int number = pendingDigit * 10 + digit;
            pendingDigit = -1;
            pickOption(number);
            return;
        }
        if (OptionKeys.mayStartTwoDigits(digit, count)) {
            pendingDigit = digit;
            digitWait.playFromStart();
        } else {
            pickOption(digit);
        }
    }

    private void pickOption(int number) {
        Question question = model.currentProperty().get();
        if (question != null && question.type().hasOptions() && number >= 1 && number <= question.options().size()) {
            model.choose(question.options().get(number - 1).id());
        }
    }

    /** After a refused move: the number that cannot be read gets the focus, its message beside it. */
    private void focusProblem() {
        Question question = model.currentProperty().get();
        if (question != null && model.numberProblem(question).isPresent() && firstField != null) {
            firstField.requestFocus();
        }
    }

    private void takeFocus() {
        if (firstField != null) {
            firstField.requestFocus();
        } else {
            root.requestFocus();
        }
    }

    private void sync() {
        Question question = model.currentProperty().get();
        if (question != null) {
            position.setText(i18n.get("walk.position", model.positionInTheme(), model.visibleQuestions().size()));
        }
        syncs.forEach(Runnable::run);
    }

    private void show() {
        card.getChildren().clear();
        syncs.clear();
        firstField = null;
        digitWait.stop();
        pendingDigit = -1;
        // every question opens at its top, its title in view
        scroll.setVvalue(0);
        Question question = model.currentProperty().get();
        String lang = i18n.language();
        Label themeTitle = new Label(model.currentTheme().title().get(lang));
        themeTitle.getStyleClass().add("theme-title");
        themeTitle.setId("theme-title");
        card.getChildren().add(themeTitle);
        legal.forTheme(model.currentTheme()).ifPresent(card.getChildren()::add);
        if (question == null) {
            Label none = new Label(i18n.get("walk.no-question"));
            none.setWrapText(true);
            card.getChildren().add(none);
            position.setText("");
            flag.setDisable(true);
            return;
        }
        flag.setDisable(false);
        position.setText(i18n.get("walk.position", model.positionInTheme(), model.visibleQuestions().size()));
        Label text = new Label(Typography.forDisplay(question.text().get(lang), lang));
        text.setId("question-text");
        text.getStyleClass().add("question-text");
        text.setWrapText(true);
        card.getChildren().add(text);
        // last period's answer right under the question, where the eye goes first
        model.previousAnswer(question).ifPresent(p -> {
            Label previousAnswer = new Label(i18n.get("walk.previous-answer", describe(question, p, lang)));
            previousAnswer.setId("previous-answer");
            previousAnswer.getStyleClass().add("previous-answer");
            previousAnswer.setWrapText(true);
            card.getChildren().add(previousAnswer);
        });
        if (!question.help().isEmpty()) {
            Label help = new Label(Typography.forDisplay(question.help().get(lang), lang));
            help.setId("question-help");
            help.getStyleClass().add("question-help");
            help.setWrapText(true);
            card.getChildren().add(help);
        }
        Answer answer = model.answerOf(question);
        card.getChildren().add(answerControls(question, answer, lang));
        if (question.na()) {
            CheckBox na = new CheckBox(i18n.get("walk.na"));
            na.setId("answer-na");
            syncs.add(() -> na.setSelected(model.answerOf(question).na()));
            na.setOnAction(e -> model.setNotApplicable(na.isSelected()));
            card.getChildren().add(na);
        }
        if (question.type().isAnswered()) {
            card.getChildren().add(notes(question, answer));
        }
        syncs.add(() -> flag.setSelected(model.answerOf(question).flagged()));
        sync();
        if (root.getScene() != null) {
            takeFocus();
        }
    }

    private Node answerControls(Question question, Answer answer, String lang) {
        VBox box = new VBox(8);
        box.getStyleClass().add("answer-box");
        switch (question.type()) {
            case MATURITY -> {
                ToggleGroup group = new ToggleGroup();
                for (Level level : model.questionnaire().scale().levels()) {
                    ToggleButton button = new ToggleButton();
                    button.setId("answer-level-" + level.value());
                    button.getStyleClass().addAll("level-choice", "level-" + level.value());
                    button.setToggleGroup(group);
                    syncs.add(() -> button.setSelected(model.answerOf(question).value() instanceof AnswerValue.LevelValue l
                            && l.level() == level.value()));
                    button.setMaxWidth(Double.MAX_VALUE);
                    button.setAlignment(Pos.CENTER_LEFT);
                    Label head = new Label(level.value() + " · " + level.label().get(lang));
                    head.getStyleClass().add("level-label");
                    Label description = new Label(question.levelDescription(model.questionnaire().scale(), level.value()).get(lang));
                    description.setWrapText(true);
                    description.getStyleClass().add("level-description");
                    VBox content = new VBox(2, head, description);
                    button.setGraphic(content);
                    button.setWrapText(true);
                    button.setOnAction(e -> model.selectLevel(level.value()));
                    box.getChildren().add(button);
                }
            }
            case SINGLE, YESNO -> {
                ToggleGroup group = new ToggleGroup();
                keyHint(question, box);
                for (Option option : question.options()) {
                    RadioButton radio = new RadioButton(OptionKeys.label(question.options().indexOf(option) + 1,
                            Typography.forDisplay(option.label().get(lang), lang)));
                    radio.setId("answer-option-" + option.id());
                    radio.setToggleGroup(group);
                    radio.setWrapText(true);
                    syncs.add(() -> radio.setSelected(model.chosenOptions(question).contains(option.id())));
                    radio.setOnAction(e -> model.choose(option.id()));
                    box.getChildren().add(radio);
                }
            }
            case MULTIPLE -> {
                keyHint(question, box);
                for (Option option : question.options()) {
                    CheckBox check = new CheckBox(OptionKeys.label(question.options().indexOf(option) + 1,
                            Typography.forDisplay(option.label().get(lang), lang)));
                    check.setId("answer-option-" + option.id());
                    check.setWrapText(true);
                    syncs.add(() -> check.setSelected(model.chosenOptions(question).contains(option.id())));
                    check.setOnAction(e -> model.choose(option.id()));
                    box.getChildren().add(check);
                }
            }
            case NUMBER, PERCENT -> {
                TextField field = new TextField(model.draft(question, WalkthroughViewModel.Field.NUMBER)
                        .orElse(answer.value() instanceof AnswerValue.NumberValue n
                                ? Formats.number(n.number(), i18n.locale()) : ""));
                field.setId("answer-number");
                field.setPrefColumnCount(12);
                field.setMaxWidth(Region.USE_PREF_SIZE);
                Label unit = new Label(question.type() == QuestionType.PERCENT ? "%" : question.unit(lang));
                Label error = new Label();
                error.setId("answer-number-error");
                error.getStyleClass().add("field-error");
                error.setWrapText(true);
                Runnable showProblem = () -> error.setText(model.numberProblem(question).map(this::message).orElse(""));
                showProblem.run();
                // held by the field, listened to weakly: gone with the question's controls
                javafx.collections.MapChangeListener<String, NumberInput.Problem> problems = c -> showProblem.run();
                field.getProperties().put("problems", problems);
                model.invalidNumbers().addListener(new javafx.collections.WeakMapChangeListener<>(problems));
                field.textProperty().addListener((o, before, typed) ->
                        model.typed(question, WalkthroughViewModel.Field.NUMBER, typed));
                Runnable commit = () -> {
                    if (model.draft(question, WalkthroughViewModel.Field.NUMBER).isPresent()) {
                        model.enterNumber(question, field.getText());
                    }
                    showProblem.run();
                };
                field.setOnAction(e -> {
                    commit.run();
                    if (error.getText().isEmpty()) {
                        next.fire();
                    }
                });
                field.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        commit.run();
                    }
                });
                firstField = field;
                HBox line = new HBox(8, field, unit);
                line.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().addAll(line, error);
            }
            case TEXT -> {
                TextArea area = new TextArea(model.draft(question, WalkthroughViewModel.Field.TEXT)
                        .orElse(answer.value() instanceof AnswerValue.TextValue t ? t.text() : ""));
                area.setId("answer-text");
                area.setWrapText(true);
                area.setPrefRowCount(4);
                area.textProperty().addListener((o, before, typed) ->
                        model.typed(question, WalkthroughViewModel.Field.TEXT, typed));
                area.focusedProperty().addListener((o, was, now) -> {
                    if (!now && model.draft(question, WalkthroughViewModel.Field.TEXT).isPresent()) {
                        model.enterText(question, area.getText());
                    }
                });
                box.getChildren().add(area);
            }
            case COMPUTED -> {
                Double value = model.computedValue(question);
                Label computed = new Label(value == null ? i18n.get("walk.computed-missing")
                        : Formats.decimal(value, i18n.locale()) + (question.hasUnit() ? " " + question.unit(lang) : ""));
                computed.setId("answer-computed");
                computed.getStyleClass().add("computed-value");
                Label how = new Label(i18n.get("walk.computed-how"));
                how.getStyleClass().add("question-help");
                box.getChildren().addAll(computed, how);
            }
        }
        return box;
    }

    private Node notes(Question question, Answer answer) {
        TextArea comment = new TextArea(model.draft(question, WalkthroughViewModel.Field.COMMENT)
                .orElse(answer.comment() == null ? "" : answer.comment()));
        comment.setId("answer-comment");
        comment.setPromptText(i18n.get("walk.comment.prompt"));
        comment.setPrefRowCount(2);
        comment.setWrapText(true);
        comment.textProperty().addListener((o, before, typed) ->
                model.typed(question, WalkthroughViewModel.Field.COMMENT, typed));
        comment.focusedProperty().addListener((o, was, now) -> {
            if (!now && model.draft(question, WalkthroughViewModel.Field.COMMENT).isPresent()) {
                model.setComment(question, comment.getText());
            }
        });
        TextArea evidence = new TextArea(model.draft(question, WalkthroughViewModel.Field.EVIDENCE)
                .orElse(answer.evidence() == null ? "" : answer.evidence()));
        evidence.setId("answer-evidence");
        evidence.setPromptText(i18n.get("walk.evidence.prompt"));
        evidence.setPrefRowCount(1);
        evidence.setWrapText(true);
        evidence.textProperty().addListener((o, before, typed) ->
                model.typed(question, WalkthroughViewModel.Field.EVIDENCE, typed));
        evidence.focusedProperty().addListener((o, was, now) -> {
            if (!now && model.draft(question, WalkthroughViewModel.Field.EVIDENCE).isPresent()) {
                model.setEvidence(question, evidence.getText());
            }
        });
        Label commentLabel = new Label(i18n.get("walk.comment"));
        commentLabel.setLabelFor(comment);
        Label evidenceLabel = new Label(i18n.get("walk.evidence"));
        evidenceLabel.setLabelFor(evidence);
        VBox box = new VBox(4, commentLabel, comment, evidenceLabel, evidence);
        box.getStyleClass().add("notes-box");
        return box;
    }

    /** Under an option list of ten or more: how to type the two-digit numbers. */
    private void keyHint(Question question, VBox box) {
        if (question.options().size() >= 10) {
            Label hint = new Label(i18n.get("walk.option-keys"));
            hint.setId("option-keys-hint");
            hint.getStyleClass().add("question-help");
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
    }

    private String describe(Question question, Answer answer, String lang) {
        return Formats.answer(question, answer, model.questionnaire().scale(), lang, i18n);
    }

    private String message(NumberInput.Problem problem) {
        return problem.bound() == null ? i18n.get(problem.key()) : i18n.get(problem.key(), problem.bound().toPlainString());
    }

    private void showSaveState(WalkthroughViewModel.SaveState state) {
        saveState.getStyleClass().removeAll("saved", "saving", "failed");
        switch (state) {
            case SAVED -> {
                saveState.setText("✔ " + i18n.get("walk.saved"));
                saveState.getStyleClass().add("saved");
            }
            case SAVING -> {
                saveState.setText(i18n.get("walk.saving"));
                saveState.getStyleClass().add("saving");
            }
            case FAILED -> {
                saveState.setText("⚠ " + i18n.get("walk.save-failed"));
                saveState.getStyleClass().add("failed");
            }
            case INVALID -> {
                saveState.setText("⚠ " + i18n.get("walk.invalid-number"));
                saveState.getStyleClass().add("failed");
            }
        }
    }
}
