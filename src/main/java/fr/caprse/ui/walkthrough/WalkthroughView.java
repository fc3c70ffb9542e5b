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
import fr.caprse.ui.common.MeasuredBox;
import fr.caprse.ui.common.MeasuredLabel;
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
    private final VBox card = new MeasuredBox(14);
    private final ScrollPane scroll = new ScrollPane(card);
    /** The field that takes the keyboard when the question opens (a number question's field). */
    private javafx.scene.control.Control firstField;
    /** Two-digit option keys (options 10 and up): the first digit, waiting a moment for a second. */
    private int pendingDigit = -1;
    private final javafx.animation.PauseTransition digitWait =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(OptionKeys.WAIT_MILLIS));
    private final Label position = new Label();
    private final Label saveState = new Label();
    /** A questionnaire trial: answers are kept in memory only, so the bar never says "saved". */
    private boolean trial;
    private final Button previous = new Button();
    private final Button next = new Button();
    private final ToggleButton flag = new ToggleButton();
    private final Runnable onEnd;
    private final ChangeListener<Object> rebuild = (o, a, b) -> show();
    private final ChangeListener<Object> sync = (o, a, b) -> sync();
    private final ChangeListener<WalkthroughViewModel.SaveState> saveListener = (o, a, b) -> showSaveState(b);
    private final javafx.collections.MapChangeListener<String, NumberInput.Problem> problemsListener = c -> showNumberProblem();

    // ---- the card, built once: each question fills these controls rather than making new ones ----
    /** The question the controls show. */
    private Question shown;
    /** True while the controls are filled for a new question: what they report then is not typing. */
    private boolean filling;
    private final Label themeTitle = new Label();
    /** The legal baseline under the theme's title, one pane per theme kept from question to question. */
    private final fr.caprse.ui.legal.LegalBaselineView legal;
    private final VBox legalSlot = new MeasuredBox();
    // wrapped texts, each laid out once per width (a plain label lays its text out at every height asked)
    private final Label noQuestion = new MeasuredLabel();
    private final Label questionText = new MeasuredLabel();
    private final Label previousAnswer = new MeasuredLabel();
    private final Label help = new MeasuredLabel();
    /** The question, last period's answer and the help: wrapped texts measured once per question. */
    private final VBox head = new MeasuredBox(14, questionText, previousAnswer, help);
    /** One pane per kind of answer, all in the card, only the current question's one visible. */
    private final VBox answerBox = new MeasuredBox();
    private final VBox maturityPane = new MeasuredBox(8);
    private final List<Level> levels;
    private final ToggleGroup levelGroup = new ToggleGroup();
    private final List<ToggleButton> levelButtons = new java.util.ArrayList<>();
    private final List<Label> levelDescriptions = new java.util.ArrayList<>();
    private final VBox singlePane = new MeasuredBox(8);
    private final Label singleHint = new Label();
    private final ToggleGroup radioGroup = new ToggleGroup();
    private final List<RadioButton> radios = new java.util.ArrayList<>();
    private final VBox multiplePane = new MeasuredBox(8);
    private final Label multipleHint = new Label();
    private final List<CheckBox> checks = new java.util.ArrayList<>();
    private final VBox numberPane = new VBox(8);
    private final TextField numberField = new TextField();
    private final Label numberUnit = new Label();
    private final Label numberError = new Label();
    private final VBox textPane = new VBox(8);
    private final TextArea textAnswer = new TextArea();
    private final VBox computedPane = new VBox(8);
    private final Label computed = new Label();
    private final CheckBox na = new CheckBox();
    private final VBox notes = new MeasuredBox(4);
    private final TextArea comment = new TextArea();
    private final TextArea evidence = new TextArea();

    public WalkthroughView(WalkthroughViewModel model, I18n i18n, Runnable onEnd) {
        this.model = model;
        this.i18n = i18n;
        this.onEnd = onEnd;
        this.levels = model.questionnaire().scale().levels();
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
        saveState.getStyleClass().add("save-state");
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

        buildCard();
        model.currentProperty().addListener(rebuild);
        model.revisionProperty().addListener(sync);
        model.saveStateProperty().addListener(saveListener);
        // keys work as soon as the page shows: take the focus when put in the window
        root.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                if (!styledOnce) {
                    styledOnce = true;
                    styleEveryAnswerControl();
                }
                javafx.application.Platform.runLater(this::takeFocus);
            }
        });
        show();
        showSaveState(model.saveStateProperty().get());
    }

    private boolean styledOnce;

    /**
     * Once, when the page first enters the window: every answer control is styled and laid out with the
     * id it carries when shown (options by their number, the two-digit hint), then the current question
     * is shown again. A control's first style look-up for an id is slow (half a millisecond a button);
     * done here, with the opening of the assessment, the first question with eleven options costs what
     * any other does instead of a visible hitch.
     */
    private void styleEveryAnswerControl() {
        for (List<? extends Node> pool : List.of(radios, checks)) {
            for (int i = 0; i < pool.size(); i++) {
                pool.get(i).setId("answer-option-" + (i + 1));
                pool.get(i).setVisible(true);
            }
        }
        for (Label hint : List.of(singleHint, multipleHint)) {
            hint.setId("option-keys-hint");
            hint.setVisible(true);
        }
        answerBox.getChildren().forEach(pane -> pane.setVisible(true));
        root.applyCss();
        root.layout();
        show();
    }

    /** The page is left for another one (it may come back): what is being typed is handed over now. */
    public void leave() {
        digitWait.stop();
        pendingDigit = -1;
        model.flushDrafts();
    }

    /** Stops listening to the model: call when the view is replaced. */
    public void dispose() {
        digitWait.stop();
        model.flushDrafts();
        model.currentProperty().removeListener(rebuild);
        model.revisionProperty().removeListener(sync);
        model.saveStateProperty().removeListener(saveListener);
        model.invalidNumbers().removeListener(problemsListener);
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

    /** Gives the keyboard to the question on screen (its number field, else the page): for a page shown again. */
    public void takeFocus() {
        if (firstField != null) {
            firstField.requestFocus();
        } else {
            root.requestFocus();
        }
    }

    /** Brings the shown controls up to date with the model after an answer: choices, N/A, flag, position. */
    private void sync() {
        Question question = shown;
        if (question == null) {
            return;
        }
        showPosition(model.positionInTheme(), model.visibleQuestions().size());
        Answer answer = model.answerOf(question);
        switch (question.type()) {
            case MATURITY -> {
                int level = answer.value() instanceof AnswerValue.LevelValue l ? l.level() : -1;
                for (int i = 0; i < levelButtons.size(); i++) {
                    levelButtons.get(i).setSelected(levels.get(i).value() == level);
                }
            }
            case SINGLE, YESNO -> {
                List<String> chosen = model.chosenOptions(question);
                for (int i = 0; i < question.options().size(); i++) {
                    radios.get(i).setSelected(chosen.contains(question.options().get(i).id()));
                }
            }
            case MULTIPLE -> {
                List<String> chosen = model.chosenOptions(question);
                for (int i = 0; i < question.options().size(); i++) {
                    checks.get(i).setSelected(chosen.contains(question.options().get(i).id()));
                }
            }
            case COMPUTED -> showComputed(question);
            default -> {
            }
        }
        na.setSelected(answer.na());
        flag.setSelected(answer.flagged());
    }

    /** The position last shown, as "question, of how many": the text is formatted again only when it changes. */
    private long shownPosition = -1;

    private void showPosition(int index, int count) {
        long now = ((long) index << 32) | count;
        if (now != shownPosition) {
            shownPosition = now;
            position.setText(i18n.get("walk.position", index, count));
        }
    }

    /**
     * Shows the current question in the controls already on the page: their texts, which of them the
     * question needs, and its answer. Nothing is created here, so a new question costs the page only
     * its new texts (no new controls to style, skin and lay out from scratch).
     */
    private void show() {
        digitWait.stop();
        pendingDigit = -1;
        // every question opens at its top, its title in view
        scroll.setVvalue(0);
        Question question = model.currentProperty().get();
        String lang = i18n.language();
        themeTitle.setText(model.currentTheme().title().get(lang));
        // the same pane while the theme stays: it is only swapped when the theme changes
        java.util.Optional<Node> baseline = legal.forTheme(model.currentTheme());
        if (baseline.isEmpty()) {
            legalSlot.getChildren().clear();
        } else if (legalSlot.getChildren().isEmpty() || legalSlot.getChildren().get(0) != baseline.get()) {
            legalSlot.getChildren().setAll(baseline.get());
        }
        legalSlot.setVisible(baseline.isPresent());
        filling = true;
        try {
            shown = question;
            noQuestion.setVisible(question == null);
            questionText.setVisible(question != null);
            head.setVisible(question != null);
            flag.setDisable(question == null);
            if (question == null) {
                firstField = null;
                position.setText("");
                shownPosition = -1;
                answerBox.getChildren().forEach(pane -> pane.setVisible(false));
                for (Node node : List.of(previousAnswer, help, na, notes)) {
                    node.setVisible(false);
                }
                return;
            }
            questionText.setText(Typography.forDisplay(question.text().get(lang), lang));
            // last period's answer right under the question, where the eye goes first
            java.util.Optional<Answer> before = model.previousAnswer(question);
            previousAnswer.setText(before.map(p -> i18n.get("walk.previous-answer", describe(question, p, lang))).orElse(""));
            previousAnswer.setVisible(before.isPresent());
            help.setText(question.help().isEmpty() ? "" : Typography.forDisplay(question.help().get(lang), lang));
            help.setVisible(!question.help().isEmpty());
            Answer answer = model.answerOf(question);
            firstField = null;
            Node pane = fillAnswer(question, answer, lang);
            answerBox.getChildren().forEach(child -> child.setVisible(child == pane));
            // the option list not on screen answers to no id: look-ups find only what is shown
            if (pane != singlePane) {
                forgetIds(singleHint, radios);
            }
            if (pane != multiplePane) {
                forgetIds(multipleHint, checks);
            }
            na.setVisible(question.na());
            notes.setVisible(question.type().isAnswered());
            if (question.type().isAnswered()) {
                setIfChanged(comment, model.draft(question, WalkthroughViewModel.Field.COMMENT)
                        .orElse(answer.comment() == null ? "" : answer.comment()));
                setIfChanged(evidence, model.draft(question, WalkthroughViewModel.Field.EVIDENCE)
                        .orElse(answer.evidence() == null ? "" : answer.evidence()));
            }
        } finally {
            filling = false;
        }
        sync();
        if (root.getScene() != null) {
            takeFocus();
        }
    }

    /** Fills the answer controls of the question's type; returns the pane that shows them. */
    private Node fillAnswer(Question question, Answer answer, String lang) {
        switch (question.type()) {
            case MATURITY -> {
                for (int i = 0; i < levels.size(); i++) {
                    levelDescriptions.get(i).setText(
                            question.levelDescription(model.questionnaire().scale(), levels.get(i).value()).get(lang));
                }
                return maturityPane;
            }
            case SINGLE, YESNO -> {
                fillOptions(question, lang, singlePane, singleHint, radios, this::newRadio);
                return singlePane;
            }
            case MULTIPLE -> {
                fillOptions(question, lang, multiplePane, multipleHint, checks, this::newCheck);
                return multiplePane;
            }
            case NUMBER, PERCENT -> {
                setIfChanged(numberField, model.draft(question, WalkthroughViewModel.Field.NUMBER)
                        .orElse(answer.value() instanceof AnswerValue.NumberValue n
                                ? Formats.number(n.number(), i18n.locale()) : ""));
                numberUnit.setText(question.type() == QuestionType.PERCENT ? "%" : question.unit(lang));
                showNumberProblem();
                firstField = numberField;
                return numberPane;
            }
            case TEXT -> {
                setIfChanged(textAnswer, model.draft(question, WalkthroughViewModel.Field.TEXT)
                        .orElse(answer.value() instanceof AnswerValue.TextValue t ? t.text() : ""));
                return textPane;
            }
            case COMPUTED -> {
                showComputed(question);
                return computedPane;
            }
            default -> throw new IllegalStateException("no controls for " + question.type());
        }
    }

    /**
     * Labels the first options of the pool for this question (adding to the pool only when a question
     * has more options than any before) and hides the others. An option's id is its number on screen
     * ({@code #answer-option-3} is the option typed "3", as {@code #answer-level-3} is level 3), so it stays
     * the same from one question to the next: a new id has the control's style looked up from scratch
     * (half a millisecond a button), a kept one costs nothing. A hidden one loses its id, so that a
     * look-up finds only the options on screen.
     */
    private <B extends javafx.scene.control.ButtonBase> void fillOptions(Question question, String lang, VBox pane,
            Label hint, List<B> pool, java.util.function.IntFunction<B> create) {
        boolean twoDigits = question.options().size() >= 10;
        hint.setVisible(twoDigits);
        // one id for the hint on screen
        if (twoDigits != "option-keys-hint".equals(hint.getId())) {
            hint.setId(twoDigits ? "option-keys-hint" : null);
        }
        while (pool.size() < question.options().size()) {
            B button = create.apply(pool.size());
            pool.add(button);
            pane.getChildren().add(button);
        }
        for (int i = 0; i < pool.size(); i++) {
            B button = pool.get(i);
            boolean used = i < question.options().size();
            button.setVisible(used);
            String id = used ? "answer-option-" + (i + 1) : null;
            if (!java.util.Objects.equals(id, button.getId())) {
                button.setId(id);
            }
            if (used) {
                Option option = question.options().get(i);
                button.setText(OptionKeys.label(i + 1, Typography.forDisplay(option.label().get(lang), lang)));
            }
        }
    }

    private static void forgetIds(Label hint, List<? extends Node> pool) {
        if (hint.getId() != null) {
            hint.setId(null);
        }
        for (Node node : pool) {
            if (node.getId() != null) {
                node.setId(null);
            }
        }
    }

    private RadioButton newRadio(int index) {
        RadioButton radio = new RadioButton();
        radio.setToggleGroup(radioGroup);
        radio.setWrapText(true);
        radio.setOnAction(e -> chooseOption(index));
        hideWhenInvisible(radio);
        return radio;
    }

    private CheckBox newCheck(int index) {
        CheckBox check = new CheckBox();
        check.setWrapText(true);
        check.setOnAction(e -> chooseOption(index));
        hideWhenInvisible(check);
        return check;
    }

    private void chooseOption(int index) {
        if (shown != null && index < shown.options().size()) {
            model.choose(shown.options().get(index).id());
        }
        // the model decides: a click that did not change the answer leaves the controls as they were
        sync();
    }

    private void showComputed(Question question) {
        Double value = model.computedValue(question);
        computed.setText(value == null ? i18n.get("walk.computed-missing")
                : Formats.decimal(value, i18n.locale()) + (question.hasUnit() ? " " + question.unit(i18n.language()) : ""));
    }

    private void showNumberProblem() {
        numberError.setText(shown == null ? "" : model.numberProblem(shown).map(this::message).orElse(""));
    }

    /** Accepts the number typed in the field for its question, if it was not handed over yet. */
    private void commitNumber() {
        if (shown != null && model.draft(shown, WalkthroughViewModel.Field.NUMBER).isPresent()) {
            model.enterNumber(shown, numberField.getText());
        }
        showNumberProblem();
    }

    /** Builds once the controls of every question type; {@link #show()} fills them for each question. */
    private void buildCard() {
        themeTitle.getStyleClass().add("theme-title");
        themeTitle.setId("theme-title");
        noQuestion.setText(i18n.get("walk.no-question"));
        questionText.setId("question-text");
        questionText.getStyleClass().add("question-text");
        previousAnswer.setId("previous-answer");
        previousAnswer.getStyleClass().add("previous-answer");
        help.setId("question-help");
        help.getStyleClass().add("question-help");

        String lang = i18n.language();
        for (Level level : levels) {
            ToggleButton button = new ToggleButton();
            button.setId("answer-level-" + level.value());
            button.getStyleClass().addAll("level-choice", "level-" + level.value());
            button.setToggleGroup(levelGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            Label head = new Label(level.value() + " · " + level.label().get(lang));
            head.getStyleClass().add("level-label");
            Label description = new MeasuredLabel();
            description.getStyleClass().add("level-description");
            levelDescriptions.add(description);
            button.setGraphic(new MeasuredBox(2, head, description));
            button.setWrapText(true);
            button.setOnAction(e -> {
                model.selectLevel(level.value());
                sync();
            });
            levelButtons.add(button);
            maturityPane.getChildren().add(button);
        }
        for (Label hint : List.of(singleHint, multipleHint)) {
            hint.setText(i18n.get("walk.option-keys"));
            hint.getStyleClass().add("question-help");
            hint.setWrapText(true);
            hideWhenInvisible(hint);
        }
        singlePane.getChildren().add(singleHint);
        multiplePane.getChildren().add(multipleHint);
        // as many options as the longest list of the questionnaire, made now rather than on the way
        int most = model.questionnaire().questions().stream().mapToInt(q -> q.options().size()).max().orElse(0);
        for (int i = 0; i < most; i++) {
            RadioButton radio = newRadio(i);
            radios.add(radio);
            singlePane.getChildren().add(radio);
            CheckBox check = newCheck(i);
            checks.add(check);
            multiplePane.getChildren().add(check);
        }

        numberField.setId("answer-number");
        numberField.setPrefColumnCount(12);
        numberField.setMaxWidth(Region.USE_PREF_SIZE);
        numberError.setId("answer-number-error");
        numberError.getStyleClass().add("field-error");
        numberError.setWrapText(true);
        model.invalidNumbers().addListener(problemsListener);
        numberField.textProperty().addListener((o, before, typed) -> {
            if (!filling && shown != null && shown.type().isNumeric()) {
                model.typed(shown, WalkthroughViewModel.Field.NUMBER, typed);
            }
        });
        numberField.setOnAction(e -> {
            commitNumber();
            if (numberError.getText().isEmpty()) {
                next.fire();
            }
        });
        numberField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitNumber();
            }
        });
        HBox line = new HBox(8, numberField, numberUnit);
        line.setAlignment(Pos.CENTER_LEFT);
        numberPane.getChildren().addAll(line, numberError);

        textAnswer.setId("answer-text");
        textAnswer.setWrapText(true);
        textAnswer.setPrefRowCount(4);
        textAnswer.textProperty().addListener((o, before, typed) -> {
            if (!filling && shown != null && shown.type() == QuestionType.TEXT) {
                model.typed(shown, WalkthroughViewModel.Field.TEXT, typed);
            }
        });
        textAnswer.focusedProperty().addListener((o, was, now) -> {
            if (!now && shown != null && model.draft(shown, WalkthroughViewModel.Field.TEXT).isPresent()) {
                model.enterText(shown, textAnswer.getText());
            }
        });
        textPane.getChildren().add(textAnswer);

        computed.setId("answer-computed");
        computed.getStyleClass().add("computed-value");
        Label how = new Label(i18n.get("walk.computed-how"));
        how.getStyleClass().add("question-help");
        computedPane.getChildren().addAll(computed, how);

        for (VBox pane : List.of(maturityPane, singlePane, multiplePane, numberPane, textPane, computedPane)) {
            pane.getStyleClass().add("answer-box");
            hideWhenInvisible(pane);
            answerBox.getChildren().add(pane);
        }

        na.setText(i18n.get("walk.na"));
        na.setId("answer-na");
        na.setOnAction(e -> {
            model.setNotApplicable(na.isSelected());
            sync();
        });

        note(comment, "answer-comment", "walk.comment.prompt", 2, WalkthroughViewModel.Field.COMMENT);
        note(evidence, "answer-evidence", "walk.evidence.prompt", 1, WalkthroughViewModel.Field.EVIDENCE);
        Label commentLabel = new Label(i18n.get("walk.comment"));
        commentLabel.setLabelFor(comment);
        Label evidenceLabel = new Label(i18n.get("walk.evidence"));
        evidenceLabel.setLabelFor(evidence);
        notes.getChildren().addAll(commentLabel, comment, evidenceLabel, evidence);
        notes.getStyleClass().add("notes-box");

        for (Node node : List.of(legalSlot, noQuestion, head, questionText, previousAnswer, help, na, notes)) {
            hideWhenInvisible(node);
        }
        card.getChildren().setAll(themeTitle, legalSlot, noQuestion, head, answerBox, na, notes);
    }

    /** A comment or evidence field: saved as it is typed, and when it loses the focus. */
    private void note(TextArea area, String id, String prompt, int rows, WalkthroughViewModel.Field field) {
        area.setId(id);
        area.setPromptText(i18n.get(prompt));
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().addListener((o, before, typed) -> {
            if (!filling && shown != null) {
                model.typed(shown, field, typed);
            }
        });
        area.focusedProperty().addListener((o, was, now) -> {
            if (!now && shown != null && model.draft(shown, field).isPresent()) {
                if (field == WalkthroughViewModel.Field.COMMENT) {
                    model.setComment(shown, area.getText());
                } else {
                    model.setEvidence(shown, area.getText());
                }
            }
        });
    }

    /** A control hidden for a question takes no room either. */
    private static void hideWhenInvisible(Node node) {
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Sets a field's text for a new question; an unchanged text keeps its caret and undo history. */
    private static void setIfChanged(TextInputControl field, String text) {
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
    }

    private String describe(Question question, Answer answer, String lang) {
        return Formats.answer(question, answer, model.questionnaire().scale(), lang, i18n);
    }

    private String message(NumberInput.Problem problem) {
        return problem.bound() == null ? i18n.get(problem.key()) : i18n.get(problem.key(), problem.bound().toPlainString());
    }

    /** For a questionnaire trial: the bar says an answer is noted for the trial, never that it is saved. */
    public void showSavesAsTrial() {
        trial = true;
        showSaveState(model.saveStateProperty().get());
    }

    private static final javafx.css.PseudoClass SAVED = javafx.css.PseudoClass.getPseudoClass("saved");
    private static final javafx.css.PseudoClass SAVING = javafx.css.PseudoClass.getPseudoClass("saving");
    private static final javafx.css.PseudoClass FAILED = javafx.css.PseudoClass.getPseudoClass("failed");

    /**
     * The state in the bar, its colour from a pseudo-class: a state changes twice per answer, and a
     * pseudo-class only moves the label to a style already worked out, where a style class has the
     * label's style looked up again.
     */
    private void showSaveState(WalkthroughViewModel.SaveState state) {
        saveState.setText(switch (state) {
            case SAVED -> "✔ " + i18n.get(trial ? "walk.kept-trial" : "walk.saved");
            case SAVING -> i18n.get("walk.saving");
            case FAILED -> "⚠ " + i18n.get("walk.save-failed");
            case INVALID -> "⚠ " + i18n.get("walk.invalid-number");
        });
        saveState.pseudoClassStateChanged(SAVED, state == WalkthroughViewModel.SaveState.SAVED);
        saveState.pseudoClassStateChanged(SAVING, state == WalkthroughViewModel.SaveState.SAVING);
        saveState.pseudoClassStateChanged(FAILED, state == WalkthroughViewModel.SaveState.FAILED
                || state == WalkthroughViewModel.SaveState.INVALID);
    }
}
