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
    private final Consumer<List<Action>> saver;

    public ActionPlanViewModel(List<Action> initial, Consumer<List<Action>> saver) {
        this.actions.setAll(initial);
        this.saver = saver;
    }

    public ObservableList<Action> actions() {
        return actions;
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
