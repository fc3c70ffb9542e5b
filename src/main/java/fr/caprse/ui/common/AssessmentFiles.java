package fr.caprse.ui.common;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.file.Path;

/** Portable files: {@code .rse.json} assessments in and out of the store, and the Excel report. */
public interface AssessmentFiles {

    /**
     * An imported assessment, and how many assessments of the same organisation, period and
     * questionnaire were there before it (an import never replaces anything).
     */
    record Imported(Workspace.AssessmentEntry entry, int alreadyThere) {
    }

    /** Reads a {@code .rse.json} file strictly and stores it; the exception message says what and where. */
    Imported importFile(Path file) throws IOException;

    /** Writes an assessment of the store to a {@code .rse.json} file atomically. */
    void export(Workspace.AssessmentEntry entry, Path file) throws IOException;

    /** Writes the Excel report atomically, in the given language, with the previous assessment when any. */
    void writeReport(Assessment assessment, Questionnaire questionnaire, Assessment previous,
                     Questionnaire previousQuestionnaire, String language, Path file) throws IOException;
}
