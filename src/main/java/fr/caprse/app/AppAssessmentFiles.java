package fr.caprse.app;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.ui.common.AssessmentFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Portable files for the desktop app. WORK IN PROGRESS: wired to the JSON codec and report writer next. */
final class AppAssessmentFiles implements AssessmentFiles {

    @Override
    public Imported read(Path file) throws IOException {
        throw new IOException("not wired yet");
    }

    @Override
    public void write(Assessment assessment, Questionnaire questionnaire, Path file) throws IOException {
        throw new IOException("not wired yet");
    }

    @Override
    public void writeReport(Assessment assessment, Questionnaire questionnaire, Assessment previous,
                            Questionnaire previousQuestionnaire, String language, Path file) throws IOException {
        throw new IOException("not wired yet");
    }
}
