package fr.caprse.ui.observatory;

import fr.caprse.application.BadInputException;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.observatory.Aggregation;
import fr.caprse.application.observatory.AggregationException;
import fr.caprse.application.observatory.AggregationRequest;
import fr.caprse.application.observatory.AggregationSummary;
import fr.caprse.application.observatory.BenchmarkPackStore;
import fr.caprse.application.form.FilledFormInputs;
import fr.caprse.application.observatory.InputReaders;
import fr.caprse.application.observatory.ObservatoryQuestionnaires;
import fr.caprse.application.observatory.VsmeTemplateInputs;
import fr.caprse.application.task.BackgroundTask;
import fr.caprse.application.task.TaskExecutor;
import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.domain.benchmark.Grouping;
import fr.caprse.i18n.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Observatoire window: the files and folders to consolidate, the options of {@code aggregate}, a
 * run in the background with its progress (files read, set aside) and a Cancel, the summary and the
 * files set aside with their reasons; and the import of a benchmark pack for the results page.
 */
public final class ObservatoryViewModel {

    private final TaskExecutor tasks;
    private final QuestionnaireSource questionnaires;
    private final BenchmarkPackStore packs;
    private final I18n i18n;
    private final ObservableList<Path> inputs = FXCollections.observableArrayList();
    private final ObjectProperty<Grouping> by = new SimpleObjectProperty<>();
    private final IntegerProperty minGroup = new SimpleIntegerProperty(AggregationRequest.DEFAULT_MIN_GROUP);
    private final BooleanProperty longCsv = new SimpleBooleanProperty(true);
    private final BooleanProperty pack = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<String> rejected = FXCollections.observableArrayList();
    private BackgroundTask<AggregationSummary> task;

    public ObservatoryViewModel(TaskExecutor tasks, QuestionnaireSource questionnaires, BenchmarkPackStore packs,
                                I18n i18n) {
        this.tasks = tasks;
        this.questionnaires = questionnaires;
        this.packs = packs;
        this.i18n = i18n;
    }

    public ObservableList<Path> inputs() {
        return inputs;
    }

    public ObjectProperty<Grouping> byProperty() {
        return by;
    }

    public IntegerProperty minGroupProperty() {
        return minGroup;
    }

    public BooleanProperty longCsvProperty() {
        return longCsv;
    }

    public BooleanProperty packProperty() {
        return pack;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<String> rejected() {
        return FXCollections.unmodifiableObservableList(rejected);
    }

    /** The CSV and the pack written beside the workbook: {@code name-answers.csv}, {@code name-benchmarks.json}. */
    static Path sibling(Path workbook, String suffix) {
        String name = workbook.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
        return workbook.resolveSibling(base + suffix);
    }

    /** Consolidates {@link #inputs()} into {@code output} in the background. */
    public void run(Path output) {
        if (running.get() || inputs.isEmpty()) {
            return;
        }
        AggregationRequest request = new AggregationRequest(List.copyOf(inputs), output, by.get(),
                longCsv.get() ? sibling(output, "-answers.csv") : null,
                pack.get() ? sibling(output, "-benchmarks.json") : null, null, minGroup.get(), null, i18n.language(),
                null);
        AtomicInteger read = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        AtomicInteger setAside = new AtomicInteger();
        rejected.clear();
        running.set(true);
        progress.set(0);
        status.set(i18n.get("observatory.progress", 0, "…", 0));
        var resolver = ObservatoryQuestionnaires.resolver(questionnaires);
        Aggregation aggregation = new Aggregation(new InputReaders(resolver, List.of(new VsmeTemplateInputs(),
                new FilledFormInputs(resolver))));
        task = BackgroundTask.of(p -> {
            try {
                return aggregation.run(request, (r, t, rej) -> {
                    read.set(r);
                    total.set(t);
                    setAside.set(rej);
                    p.update(t == 0 ? 0 : (double) r / t);
                }, p::isCancelled);
            } catch (AggregationException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }).onProgress(fraction -> {
            progress.set(fraction);
            status.set(i18n.get("observatory.progress", read.get(), total.get(), setAside.get()));
        }).onSuccess(summary -> {
            summary.rejected().forEach(r -> rejected.add(r.source() + " — " + withoutFileName(r)));
            if (summary.consolidated() == 0) {
                status.set(i18n.get("observatory.none"));
            } else {
                String text = i18n.get("observatory.done", summary.consolidated(), summary.filesFound(),
                        summary.rejected().size(), summary.duplicates().size(), output.getFileName());
                if (summary.packProblem() != null) {
                    text += "\n" + i18n.get("observatory.pack-note", summary.packProblem());
                }
                status.set(text);
            }
            progress.set(1);
        }).onFailure(error -> status.set(i18n.get("observatory.failed", error.getMessage())))
                .onCancelled(() -> {
                    status.set(i18n.get("observatory.cancelled"));
                    progress.set(0);
                })
                .onFinished(() -> running.set(false));
        task.executeWith(tasks);
    }

    /** The reason without the file's name in front ("notes.xlsx: …" in English, "notes.xlsx : …" in French). */
    static String withoutFileName(AggregationSummary.Rejection rejection) {
        String reason = rejection.reason();
        String source = rejection.source().replace('\\', '/');
        String name = source.substring(source.lastIndexOf('/') + 1);
        for (String separator : List.of(": ", " : ")) {
            if (!name.isEmpty() && reason.startsWith(name + separator)) {
                return reason.substring(name.length() + separator.length());
            }
        }
        return reason;
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Imports a benchmark pack; the message to show (imported, or why it was refused). */
    public String importPack(Path file) {
        try {
            BenchmarkPack imported = packs.importPack(file);
            return i18n.get("observatory.pack-imported", imported.questionnaireId());
        } catch (BadInputException e) {
            return i18n.get("observatory.pack-refused", e.getMessage());
        }
    }
}
