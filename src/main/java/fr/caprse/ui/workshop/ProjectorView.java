package fr.caprse.ui.workshop;

import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.workshop.VoteSpread;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.Formats;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The projector board: one question in large type with its level descriptions, the participants × levels
 * grid (the current participant highlighted, a click on a cell is a vote), the spread of the votes once
 * shown, the divergence flag, and the consensus with the room's note. The keys are read by
 * {@link #handle(KeyEvent)} (listed in docs/workshop.md).
 */
public final class ProjectorView {

    private final WorkshopViewModel model;
    private final Supplier<I18n> texts;
    private final BorderPane root = new BorderPane();
    private final Label position = label("workshop-position", "projector-position");
    private final Label theme = label("workshop-theme", "projector-theme");
    private final Label secret = label("workshop-secret", "projector-badge");
    private final Label question = label("workshop-question", "projector-question");
    private final Label help = label("workshop-help", "projector-help");
    private final GridPane grid = new GridPane();
    private final Label stats = label("workshop-stats", "projector-stats");
    private final Label divergence = label("workshop-divergence", "projector-divergence");
    private final Label consensus = label("workshop-consensus", "projector-consensus");
    private final Label recorded = label("workshop-recorded", "projector-recorded");
    private final TextField note = new TextField();
    private final Label message = label("workshop-message", "projector-message");
    private final Label keys = label("workshop-keys", "projector-keys");
    private boolean swallowTyped;
    /** The share of the board's width (percent) given to the participants' names. */
    private static final double NAMES_SHARE = 24;

    public ProjectorView(WorkshopViewModel model, Supplier<I18n> texts) {
        this.model = model;
        this.texts = texts;
        root.getStyleClass().add("projector");
        root.setId("projector");
        HBox top = new HBox(24, theme, spacer(), secret, position);
        top.getStyleClass().add("projector-top");
        top.setAlignment(Pos.CENTER_LEFT);
        grid.setId("workshop-grid");
        grid.setMinWidth(0);
        grid.getStyleClass().add("projector-grid");
        note.setId("workshop-note");
        note.getStyleClass().add("projector-note");
        note.textProperty().addListener((o, a, b) -> model.setNote(b));
        // the N that opened the note must not be typed into it
        note.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> swallowTyped = false);
        note.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER) {
                root.requestFocus();
                e.consume();
            }
        });
        HBox consensusLine = new HBox(24, consensus, recorded);
        consensusLine.setAlignment(Pos.CENTER_LEFT);
        HBox statsLine = new HBox(24, stats, divergence);
        statsLine.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(10, question, help, statsLine, consensusLine, message, grid, note);
        body.setMinWidth(0);
        question.setMinWidth(0);
        consensus.setWrapText(true);
        recorded.setWrapText(true);
        recorded.setMinWidth(0);
        stats.setMinWidth(Region.USE_PREF_SIZE);
        divergence.setWrapText(true);
        body.getStyleClass().add("projector-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("projector-scroll");
        scroll.setFocusTraversable(false);
        root.setTop(top);
        root.setCenter(scroll);
        root.setBottom(keys);
        root.setFocusTraversable(true);
        question.setWrapText(true);
        help.setWrapText(true);
        message.setWrapText(true);
        keys.setWrapText(true);
        model.revisionProperty().addListener((o, a, b) -> refresh());
        model.facilitatorProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public BorderPane root() {
        return root;
    }

    /** Whether the facilitator is typing the discussion note (keys then go to the note). */
    public boolean isEditingNote() {
        return note.isFocused();
    }

    /** Reads one key of the board; returns whether it was used. */
    public boolean handle(KeyEvent event) {
        if (note.isFocused()) {
            return false;
        }
        KeyCode code = event.getCode();
        if (code.isDigitKey() && !event.isShortcutDown()) {
            int level = Integer.parseInt(digit(code));
            model.typeLevel(level);
            return true;
        }
        switch (code) {
            case BACK_SPACE -> model.correct();
            case DOWN, TAB -> {
                if (event.isShiftDown()) {
                    model.previousParticipant();
                } else {
                    model.nextParticipant();
                }
            }
            case UP -> model.previousParticipant();
            case RIGHT, PAGE_DOWN -> model.nextQuestion();
            case LEFT, PAGE_UP -> model.previousQuestion();
            case A -> model.toggleAbsent();
            case S -> model.toggleSecretRound();
            case R -> model.reveal();
            case PLUS, ADD, EQUALS -> model.raiseConsensus();
            case MINUS, SUBTRACT -> model.lowerConsensus();
            case ENTER -> model.resolve();
            case N -> {
                swallowTyped = true;
                note.requestFocus();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String digit(KeyCode code) {
        String name = code.getName();
        return name.substring(name.length() - 1);
    }

    void refresh() {
        I18n i18n = texts.get();
        String language = i18n.language();
        Optional<Question> current = model.question();
        Questionnaire questionnaire = model.workshop().questionnaire();
        secret.setVisible(model.secretRoundProperty().get());
        secret.setText(i18n.get(model.votesHidden() ? "workshop.secret.hidden" : "workshop.secret.revealed"));
        keys.setText(i18n.get("workshop.keys"));
        message.setText(model.messageProperty().get());
        message.setVisible(!model.messageProperty().get().isEmpty());
        message.setManaged(message.isVisible());
        if (current.isEmpty()) {
            position.setText("");
            theme.setText("");
            question.setText(i18n.get("workshop.no-question"));
            grid.getChildren().clear();
            return;
        }
        Question q = current.get();
        position.setText(i18n.get("workshop.position", model.questionPosition(), model.questions().size()));
        theme.setText(questionnaire.themeOf(q.id()).map(t -> t.title().get(language)).orElse(""));
        question.setText(q.text().get(language));
        help.setText(q.help().get(language));
        help.setVisible(model.facilitatorProperty().get() && !q.help().isEmpty());
        help.setManaged(help.isVisible());
        buildGrid(i18n, questionnaire, q);
        VoteSpread spread = model.spread();
        boolean hidden = model.votesHidden();
        if (hidden) {
            stats.setText(i18n.get("workshop.stats.hidden", spread.votes()));
            divergence.setVisible(false);
        } else if (spread.votes() == 0) {
            stats.setText(i18n.get("workshop.stats.none"));
            divergence.setVisible(false);
        } else {
            stats.setText(i18n.get("workshop.stats", spread.votes(), spread.min(), spread.max(),
                    Formats.decimal(spread.median(), i18n.locale())));
            divergence.setVisible(spread.divergent());
            divergence.setText(i18n.get("workshop.divergent", spread.span()));
        }
        divergence.setManaged(divergence.isVisible());
        Integer level = model.consensus();
        consensus.setText(level == null || hidden ? i18n.get("workshop.consensus.none")
                : i18n.get("workshop.consensus", level, questionnaire.scale().level(level).label().get(language)));
        recorded.setText(model.recordedLevel().map(l -> i18n.get("workshop.recorded", l))
                .orElse(i18n.get("workshop.unresolved")));
        recorded.getStyleClass().removeAll("projector-resolved");
        if (model.recordedLevel().isPresent()) {
            recorded.getStyleClass().add("projector-resolved");
        }
        note.setPromptText(i18n.get("workshop.note.prompt"));
        if (!note.getText().equals(model.note())) {
            note.setText(model.note());
        }
    }

    private void buildGrid(I18n i18n, Questionnaire questionnaire, Question q) {
        String language = i18n.language();
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        int highest = questionnaire.scale().highest();
        // fixed shares of the width, so that the grid never runs off the screen: names wrap, descriptions wrap
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(NAMES_SHARE);
        grid.getColumnConstraints().add(names);
        for (int level = 0; level <= highest; level++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth((100.0 - NAMES_SHARE) / (highest + 1));
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        boolean hidden = model.votesHidden();
        VoteSpread spread = model.spread();
        for (int level = 0; level <= highest; level++) {
            Label head = new Label(level + " · " + questionnaire.scale().level(level).label().get(language));
            head.getStyleClass().addAll("projector-level-head", "projector-level-" + level);
            head.setId("workshop-level-" + level);
            Label description = new Label(q.levelDescription(questionnaire.scale(), level).get(language));
            description.getStyleClass().add("projector-level-description");
            description.setWrapText(true);
            description.setMinWidth(0);
            head.setMinWidth(0);
            head.setWrapText(true);
            Label count = new Label(hidden || spread.count(level) == 0 ? "" : "█".repeat(spread.count(level)) + " " + spread.count(level));
            count.setId("workshop-count-" + level);
            count.getStyleClass().addAll("projector-count", "projector-level-" + level);
            VBox cell = new VBox(4, head, description);
            cell.getStyleClass().add("projector-level-cell");
            grid.add(cell, level + 1, 0);
            grid.add(count, level + 1, 1);
        }
        List<Participant> rows = model.rows();
        for (int r = 0; r < rows.size(); r++) {
            Participant participant = rows.get(r);
            boolean isCurrent = r == model.cursor();
            boolean absent = model.isAbsent(participant);
            Label name = new Label(model.displayName(participant)
                    + (participant.group() == null ? "" : " · " + WorkshopMessages.group(i18n, participant.group()))
                    + (absent ? " · " + i18n.get("workshop.absent") : "")
                    + (participant.removed() ? " · " + i18n.get("workshop.removed") : ""));
            name.setId("workshop-row-" + participant.id());
            name.setWrapText(true);
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            name.getStyleClass().add("projector-name");
            if (isCurrent) {
                name.getStyleClass().add("projector-current");
            }
            if (absent || participant.removed()) {
                name.getStyleClass().add("projector-absent");
            }
            grid.add(name, 0, r + 2);
            Optional<Integer> vote = model.voteOf(participant);
            for (int level = 0; level <= highest; level++) {
                Label cell = new Label();
                cell.setId("workshop-vote-" + participant.id() + "-" + level);
                cell.getStyleClass().add("projector-vote");
                cell.setMaxWidth(Double.MAX_VALUE);
                if (isCurrent) {
                    cell.getStyleClass().add("projector-current-cell");
                }
                if (vote.isPresent() && hidden && level == 0) {
                    cell.setText("✓");
                    cell.getStyleClass().add("projector-voted-hidden");
                } else if (vote.isPresent() && !hidden && vote.get() == level) {
                    cell.setText("●");
                    cell.getStyleClass().addAll("projector-voted", "projector-level-" + level);
                }
                int chosen = level;
                cell.setOnMouseClicked(e -> {
                    model.vote(participant, chosen);
                    root.requestFocus();
                });
                grid.add(cell, level + 1, r + 2);
            }
        }
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Node spacer() {
        Region region = new Region();
        HBox.setHgrow(region, Priority.ALWAYS);
        return region;
    }
}
