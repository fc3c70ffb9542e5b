package fr.caprse.ui.common;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes portable files: {@code .rse.json} assessments and the Excel report. */
public interface AssessmentFiles {

    /** An assessment read from a file, with the questionnaire it names and that questionnaire's bytes. */
    record Imported(Assessment assessment, Questionnaire questionnaire, byte[] questionnaireContent) {
    }

    /** Reads a {@code .rse.json} file strictly; the exception message says what and where. */
    Imported read(Path file) throws IOException;

    /** Writes a {@code .rse.json} file atomically (temporary file, then rename). */
    void write(Assessment assessment, Questionnaire questionnaire, Path file) throws IOException;

    /** Writes the Excel report atomically, in the given language, with the previous assessment when any. */
    void writeReport(Assessment assessment, Questionnaire questionnaire, Assessment previous,
                     Questionnaire previousQuestionnaire, String language, Path file) throws IOException;
}
