package fr.caprse.application.authoring;

import fr.caprse.application.QuestionnaireFileException;
import fr.caprse.application.QuestionnaireSource;
import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.platform.Said;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * "Try a questionnaire file…" in the app: a consultant's own file read and checked as {@code validate}
 * checks it (the same messages, with line and column), then walked through as a throw-away assessment
 * ({@link TrialWorkspace}: in memory, never in the workspace's list) and its sample report written
 * ({@link QuestionnairePreview}). Calls read the disk: the UI makes them in a background task.
 */
public final class QuestionnaireTrial {

    private QuestionnaireTrial() {
    }

    /**
     * A file read for a trial: the questionnaire with its exact bytes, or the problems that keep it from
     * loading ({@code FILE:LINE:COLUMN: message}, in file order, as {@code validate} prints them); the
     * warnings either way.
     */
    public record Reading(Path file, SourcedQuestionnaire questionnaire, List<Said> problems, List<Said> warnings) {
        public Reading {
            Objects.requireNonNull(file, "file");
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
            if (questionnaire == null && problems.isEmpty()) {
                throw new IllegalArgumentException("a file that does not load has at least one problem");
            }
        }

        public boolean ok() {
            return questionnaire != null;
        }
    }

    /** Reads and checks {@code file}; never throws for a bad file (its problems say why). */
    public static Reading read(QuestionnaireSource source, Path file) {
        QuestionnaireSource.Checked checked = source.check(file);
        if (!checked.ok()) {
            return new Reading(file, null, checked.problems(), checked.warnings());
        }
        try {
            // parsed once: the source caches the questionnaire by the hash of its bytes
            return new Reading(file, source.load(file), List.of(), checked.warnings());
        } catch (QuestionnaireFileException e) {
            // the file changed between the two reads: say what is wrong with it now
            return new Reading(file, null, e.problems().stream().map(Said::english).toList(), List.of());
        }
    }

    /**
     * Starts a throw-away assessment of {@code reading}'s questionnaire by the example organisation (its
     * profile can be changed in the assessment), nothing answered yet.
     */
    public static TrialWorkspace start(Reading reading, String language, Clock clock) {
        if (!reading.ok()) {
            throw new IllegalArgumentException(reading.file() + " does not load: " + reading.problems().get(0));
        }
        return new TrialWorkspace(reading.questionnaire(), QuestionnairePreview.exampleOrganisation(language), clock);
    }
}
