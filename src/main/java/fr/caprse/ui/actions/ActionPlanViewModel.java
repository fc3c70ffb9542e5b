package fr.caprse.ui.actions;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The action plan of an assessment: actions created from recommendations or by hand, with an owner,
 * a due date and a status. Every change is handed to {@code saver}, which keeps it with the assessment.
 */
public final class ActionPlanViewModel {

    private final ObservableList<Action> actions = FXCollections.observableArrayList();
    private final ObservableList<Action> readOnly = FXCollections.unmodifiableObservableList(actions);
    private final Consumer<List<Action>> saver;
    private final java.util.function.Function<String, fr.caprse.domain.questionnaire.Text> recommendations;

    public ActionPlanViewModel(List<Action> initial, Consumer<List<Action>> saver) {
        this(initial, saver, questionId -> fr.caprse.domain.questionnaire.Text.EMPTY);
    }

    /**
     * With {@code recommendations}, the recommendation of a question in every language: an action added
     * from a recommendation and not edited since is shown in the language of the screen.
     */
    public ActionPlanViewModel(List<Action> initial, Consumer<List<Action>> saver,
                               java.util.function.Function<String, fr.caprse.domain.questionnaire.Text> recommendations) {
        this.actions.setAll(initial);
        this.saver = saver;
        this.recommendations = recommendations;
    }

    public ObservableList<Action> actions() {
        return readOnly;
    }

    /**
     * The title to show in {@code language}: an action still worded as its question's recommendation
     * (in any language) is shown in this one; a title the user wrote stays as written.
     */
    public String title(Action action, String language) {
        if (action.questionId() == null) {
            return action.title();
        }
        fr.caprse.domain.questionnaire.Text recommendation = recommendations.apply(action.questionId());
        if (recommendation != null && recommendation.byLanguage().containsValue(action.title())) {
            String shown = recommendation.get(language);
            return shown == null || shown.isEmpty() ? action.title() : shown;
        }
        return action.title();
    }

    /** Sets the title typed by the user, unless it is only the shown recommendation unchanged. */
    public void rename(int index, String typed, String language) {
        Action action = actions.get(index);
        String title = typed.trim();
        if (title.isEmpty() || title.equals(title(action, language))) {
            return;
        }
        update(index, new Action(action.questionId(), title, action.owner(), action.due(), action.status()));
    }

    public void setOwner(int index, String owner) {
        Action a = actions.get(index);
        update(index, new Action(a.questionId(), a.title(), owner == null || owner.isBlank() ? null : owner.trim(), a.due(), a.status()));
    }

    public void setDue(int index, LocalDate due) {
        Action a = actions.get(index);
        update(index, new Action(a.questionId(), a.title(), a.owner(), due, a.status()));
    }

    public void setStatus(int index, ActionStatus status) {
        Action a = actions.get(index);
        if (status != null) {
            update(index, new Action(a.questionId(), a.title(), a.owner(), a.due(), status));
        }
    }

    /** Adds an action for a question (from its recommendation), unless one for that question exists. */
    public boolean addForQuestion(String questionId, String title, LocalDate due) {
        if (questionId != null && actions.stream().anyMatch(a -> questionId.equals(a.questionId()))) {
            return false;
        }
        actions.add(new Action(questionId, title, null, due, ActionStatus.TODO));
        save();
        return true;
    }

    public void add(String title) {
        actions.add(new Action(null, title, null, null, ActionStatus.TODO));
        save();
    }

    public void update(int index, Action action) {
        if (!actions.get(index).equals(action)) {
            actions.set(index, action);
            save();
        }
    }

    public void remove(int index) {
        actions.remove(index);
        save();
    }

    public boolean hasActionFor(String questionId) {
        return actions.stream().anyMatch(a -> questionId.equals(a.questionId()));
    }

    private void save() {
        saver.accept(List.copyOf(actions));
    }
}
