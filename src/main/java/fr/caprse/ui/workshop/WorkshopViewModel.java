package fr.caprse.ui.workshop;

import fr.caprse.application.workshop.WorkshopService;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.scoring.Evaluation;
import fr.caprse.domain.workshop.VoteSpread;
import fr.caprse.domain.workshop.Workshop;
import fr.caprse.domain.workshop.WorkshopException;
import fr.caprse.i18n.I18n;
import fr.caprse.ui.common.DialogService;
import fr.caprse.application.task.BackgroundTask;
import fr.caprse.application.task.TaskExecutor;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The workshop as the facilitator drives it: one maturity question at a time, the present participants'
 * votes typed in turn (the current one highlighted), a secret round whose votes stay hidden until revealed,
 * the spread of the votes, and the consensus recorded as the assessment's answer. Every change is checked
 * by the domain's {@link Workshop} at once, shown, and committed through the ordered save runner.
 */
public final class WorkshopViewModel {

    /** The workshop's pages. */
    public enum Page { BOARD, PARTICIPANTS, RESULTS }

    private final WorkshopService service;
    private final long assessmentId;
    private final Organisation organisation;
    private final TaskExecutor saves;
    private final DialogService dialogs;
    private final Supplier<I18n> texts;
    private final String author;
    private final Map<String, Answer> answers;
    private Workshop workshop;
    private List<Question> questions;

    private final IntegerProperty questionIndex = new SimpleIntegerProperty(0);
    /** Index into the current question's rows ({@link #rows()}); rows().size() when everyone has voted. */
    private final IntegerProperty cursor = new SimpleIntegerProperty(0);
    private final BooleanProperty facilitator = new SimpleBooleanProperty(false);
    private final BooleanProperty dark = new SimpleBooleanProperty(true);
    private final BooleanProperty secretRound = new SimpleBooleanProperty(false);
    private final Set<String> revealed = new HashSet<>();
    private Integer consensus;
    private String note = "";
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final IntegerProperty revision = new SimpleIntegerProperty(0);
    private final javafx.beans.property.ObjectProperty<Page> page = new javafx.beans.property.SimpleObjectProperty<>(Page.BOARD);

    public WorkshopViewModel(WorkshopService service, long assessmentId, Workshop workshop, Organisation organisation,
                             Map<String, Answer> answers, TaskExecutor saves, DialogService dialogs,
                             Supplier<I18n> texts, String author) {
        this.service = service;
        this.assessmentId = assessmentId;
        this.workshop = workshop;
        this.organisation = organisation;
        this.answers = new LinkedHashMap<>(answers);
        this.saves = saves;
        this.dialogs = dialogs;
        this.texts = texts;
        this.author = author;
        this.questions = applicableQuestions();
        enterQuestion();
    }

    private List<Question> applicableQuestions() {
        Evaluation evaluation = Evaluation.of(workshop.questionnaire(), organisation, answers);
        return workshop.votingQuestions().stream().filter(q -> evaluation.applies(q.id())).toList();
    }

    // ---- what the view shows ----

    public Workshop workshop() {
        return workshop;
    }

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question() {
        return questions.isEmpty() ? Optional.empty() : Optional.of(questions.get(questionIndex.get()));
    }

    public int questionPosition() {
        return questionIndex.get() + 1;
    }

    /**
     * The rows of the current question's board: the participants still in the workshop, then removed ones
     * whose vote on it is kept.
     */
    public List<Participant> rows() {
        String id = questionId();
        return workshop.participants().stream()
                .filter(p -> !p.removed() || (id != null && workshop.vote(id, p.id()).isPresent())).toList();
    }

    /** The highlighted participant, if any (empty once everyone present has voted). */
    public Optional<Participant> current() {
        List<Participant> rows = rows();
        int index = cursor.get();
        return index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }

    public int cursor() {
        return cursor.get();
    }

    public boolean isAbsent(Participant participant) {
        return questionId() != null && !workshop.isPresent(questionId(), participant.id()) && !participant.removed();
    }

    public Optional<Integer> voteOf(Participant participant) {
        return questionId() == null ? Optional.empty() : workshop.vote(questionId(), participant.id());
    }

    /** Whether the votes on the current question are hidden (a secret round not yet revealed). */
    public boolean votesHidden() {
        return secretRound.get() && questionId() != null && !revealed.contains(questionId());
    }

    public VoteSpread spread() {
        return questionId() == null ? VoteSpread.of(List.of(), workshop.questionnaire().scale().highest())
                : workshop.spread(questionId());
    }

    /** The level the consensus will be recorded at (null: no vote yet and no answer). */
    public Integer consensus() {
        return consensus;
    }

    public String note() {
        return note;
    }

    /** The recorded answer of the current question (the consensus), if any. */
    public Optional<Integer> recordedLevel() {
        Answer answer = questionId() == null ? null : answers.get(questionId());
        return answer != null && answer.value() instanceof AnswerValue.LevelValue level
                ? Optional.of(level.level()) : Optional.empty();
    }

    public Map<String, Answer> answers() {
        return Map.copyOf(answers);
    }

    public Organisation organisation() {
        return organisation;
    }

    public WorkshopService.Results results() {
        return WorkshopService.results(workshop, organisation, answers);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    public BooleanProperty facilitatorProperty() {
        return facilitator;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public BooleanProperty secretRoundProperty() {
        return secretRound;
    }

    public javafx.beans.property.ObjectProperty<Page> pageProperty() {
        return page;
    }

    // ---- moving ----

    public void nextQuestion() {
        if (questionIndex.get() < questions.size() - 1) {
            questionIndex.set(questionIndex.get() + 1);
            enterQuestion();
        }
    }

    public void previousQuestion() {
        if (questionIndex.get() > 0) {
            questionIndex.set(questionIndex.get() - 1);
            enterQuestion();
        }
    }

    public void goTo(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                questionIndex.set(i);
                enterQuestion();
                return;
            }
        }
    }

    private void enterQuestion() {
        note = "";
        consensus = null;
        Answer answer = questionId() == null ? null : answers.get(questionId());
        if (answer != null) {
            note = answer.comment() == null ? "" : answer.comment();
        }
        cursor.set(firstWaiting());
        refreshConsensus();
        message.set("");
        changed();
    }

    /** The first present participant who has not voted yet, else the end. */
    private int firstWaiting() {
        List<Participant> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            Participant p = rows.get(i);
            if (!p.removed() && !isAbsent(p) && voteOf(p).isEmpty()) {
                return i;
            }
        }
        return rows.size();
    }

    private int nextVoter(int from) {
        List<Participant> rows = rows();
        for (int i = from; i < rows.size(); i++) {
            if (!rows.get(i).removed() && !isAbsent(rows.get(i))) {
                return i;
            }
        }
        return rows.size();
    }

    public void nextParticipant() {
        cursor.set(Math.min(rows().size(), cursor.get() + 1));
        changed();
    }

    public void previousParticipant() {
        cursor.set(Math.max(0, cursor.get() - 1));
        changed();
    }

    // ---- votes ----

    /** The facilitator typed {@code level}: it is the highlighted participant's vote, then the next one's turn. */
    public void typeLevel(int level) {
        Optional<Participant> participant = current();
        if (participant.isEmpty()) {
            message.set(texts.get().get("workshop.message.everyone-voted"));
            changed();
            return;
        }
        if (vote(participant.get(), level)) {
            cursor.set(nextVoter(cursor.get() + 1));
            changed();
        }
    }

    /** A click on the participants × levels grid. */
    public boolean vote(Participant participant, int level) {
        String questionId = questionId();
        if (questionId == null) {
            return false;
        }
        try {
            workshop = workshop.withVote(questionId, participant.id(), level);
        } catch (WorkshopException e) {
            message.set(WorkshopMessages.of(texts.get(), e));
            changed();
            return false;
        }
        Vote vote = new Vote(questionId, participant.id(), level);
        save(() -> service.saveVote(assessmentId, vote));
        message.set("");
        refreshConsensus();
        changed();
        return true;
    }

    /** Backspace: back to the previous participant, whose vote is withdrawn to be typed again. */
    public void correct() {
        String questionId = questionId();
        if (questionId == null) {
            return;
        }
        List<Participant> rows = rows();
        int index = Math.min(cursor.get(), rows.size()) - 1;
        while (index >= 0 && (rows.get(index).removed() || isAbsent(rows.get(index)))) {
            index--;
        }
        if (index < 0) {
            return;
        }
        Participant participant = rows.get(index);
        if (voteOf(participant).isPresent()) {
            workshop = workshop.withoutVote(questionId, participant.id());
            save(() -> service.removeVote(assessmentId, questionId, participant.id()));
        }
        cursor.set(index);
        message.set("");
        refreshConsensus();
        changed();
    }

    /** Marks the highlighted participant absent for this question, or present again. */
    public void toggleAbsent() {
        Optional<Participant> participant = current();
        String questionId = questionId();
        if (participant.isEmpty() || questionId == null || participant.get().removed()) {
            return;
        }
        boolean present = isAbsent(participant.get());
        workshop = workshop.withPresence(questionId, participant.get().id(), present);
        String id = participant.get().id();
        save(() -> service.savePresence(assessmentId, questionId, id, present));
        if (!present) {
            cursor.set(nextVoter(cursor.get()));
        }
        refreshConsensus();
        changed();
    }

    public void toggleSecretRound() {
        secretRound.set(!secretRound.get());
        if (secretRound.get() && questionId() != null) {
            revealed.remove(questionId());
        }
        changed();
    }

    /** Shows the votes of a secret round all at once. */
    public void reveal() {
        if (questionId() != null) {
            revealed.add(questionId());
            refreshConsensus();
            changed();
        }
    }

    // ---- consensus ----

    private void refreshConsensus() {
        if (votesHidden()) {
            return;
        }
        Optional<Integer> recorded = recordedLevel();
        if (recorded.isPresent()) {
            consensus = recorded.get();
        } else {
            consensus = spread().suggestedLevel();
        }
    }

    public void raiseConsensus() {
        int highest = workshop.questionnaire().scale().highest();
        consensus = consensus == null ? 0 : Math.min(highest, consensus + 1);
        changed();
    }

    public void lowerConsensus() {
        consensus = consensus == null ? 0 : Math.max(0, consensus - 1);
        changed();
    }

    public void setNote(String text) {
        note = text == null ? "" : text;
    }

    /** Records the consensus as the question's answer (what scoring uses), with the discussion note. */
    public void resolve() {
        String questionId = questionId();
        if (questionId == null) {
            return;
        }
        if (votesHidden()) {
            message.set(texts.get().get("workshop.message.reveal-first"));
            changed();
            return;
        }
        if (consensus == null) {
            message.set(texts.get().get("workshop.message.no-consensus"));
            changed();
            return;
        }
        int level = consensus;
        String text = note;
        Answer previous = answers.get(questionId);
        Workshop current = workshop;
        inOrder(BackgroundTask.of(p -> service.resolve(assessmentId, current, previous, questionId, level, text, author))
                .onSuccess(answer -> {
                    answers.put(questionId, answer);
                    questions = applicableQuestions();
                    message.set(texts.get().get("workshop.message.recorded", level));
                    changed();
                }).onFailure(this::saveFailed));
    }

    // ---- participants ----

    /** Adds a participant; returns the message to show under the form (empty when added). */
    public String addParticipant(String name, String role, String group) {
        try {
            workshop = workshop.withParticipant(name, role, group);
        } catch (WorkshopException e) {
            return WorkshopMessages.of(texts.get(), e);
        }
        Workshop saved = workshop;
        save(() -> service.saveParticipants(assessmentId, saved));
        cursor.set(firstWaiting());
        changed();
        return "";
    }

    public String updateParticipant(String participantId, String name, String role, String group) {
        try {
            workshop = workshop.withParticipantDetails(participantId, name, role, group);
        } catch (WorkshopException e) {
            return WorkshopMessages.of(texts.get(), e);
        }
        Workshop saved = workshop;
        save(() -> service.saveParticipants(assessmentId, saved));
        changed();
        return "";
    }

    public void removeParticipant(String participantId) {
        workshop = workshop.withoutParticipant(participantId);
        Workshop saved = workshop;
        save(() -> service.saveParticipants(assessmentId, saved));
        cursor.set(Math.min(cursor.get(), rows().size()));
        changed();
    }

    /** Imports a participant's own file as their votes (off the FX thread); the message says what happened. */
    public void importParticipantFile(Path file, String name, String group, java.util.function.Consumer<String> done) {
        Workshop current = workshop;
        fr.caprse.domain.assessment.Assessment assessment = new fr.caprse.domain.assessment.Assessment(
                current.questionnaire().id(), current.questionnaire().version(), organisation, "", null, null,
                answers, List.of(), List.of(), List.of());
        inOrder(BackgroundTask.of(p -> service.importParticipantFile(assessmentId, current, assessment, file, name, group))
                .onSuccess(imported -> {
                    workshop = imported.workshop();
                    cursor.set(firstWaiting());
                    refreshConsensus();
                    changed();
                    done.accept(texts.get().get("workshop.import.done", imported.participant().name(), imported.votes()));
                }).onFailure(failure -> done.accept(failure instanceof WorkshopException e ? WorkshopMessages.of(texts.get(), e)
                        : texts.get().get("workshop.import.failed", String.valueOf(failure.getMessage())))));
    }

    // ---- plumbing ----

    private String questionId() {
        return question().map(Question::id).orElse(null);
    }

    /** Commits a change after every earlier save of this assessment (votes are saved in the order typed). */
    private void save(Runnable write) {
        inOrder(BackgroundTask.ofAction(p -> write.run()).onFailure(this::saveFailed));
    }

    private <V> void inOrder(BackgroundTask<V> task) {
        task.inOrderOf(BackgroundTask.assessment(assessmentId)).executeWith(saves);
    }

    private void saveFailed(Throwable failure) {
        String why = fr.caprse.ui.common.Errors.message(failure, texts.get());
        message.set(texts.get().get("workshop.message.save-failed", why));
        dialogs.showError(texts.get().get("error.save.title"), texts.get().get("error.save.message", why));
        changed();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** The name to show for a participant: theirs in facilitator mode, else their number. */
    public String displayName(Participant participant) {
        if (facilitator.get()) {
            return participant.name();
        }
        return texts.get().get("workshop.participant.anonymous", workshop.participants().indexOf(participant) + 1);
    }

}
