package fr.caprse.app;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.excel.ReportInput;
import fr.caprse.excel.ReportWriter;
import fr.caprse.json.AssessmentJson;
import fr.caprse.storage.Database;
import fr.caprse.storage.StoredQuestionnaire;
import fr.caprse.yaml.BuiltInQuestionnaires;
import fr.caprse.yaml.LoadResult;
import fr.caprse.yaml.QuestionnaireLoader;
import fr.caprse.ui.common.AssessmentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Portable files for the desktop app: {@code .rse.json} through the same codec as the command line,
 * and the Excel report through the same writer as {@code export}. A file names its questionnaire by id
 * and version: the built-in one when it matches, else a version kept in the database.
 */
final class AppAssessmentFiles implements AssessmentFiles {

    private final Database database;
    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    AppAssessmentFiles(Database database) {
        this.database = database;
    }

    @Override
    public Imported read(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        Assessment assessment;
        try {
            assessment = AssessmentJson.read(content, file.getFileName().toString(),
                    (id, version) -> find(id, version).map(Found::questionnaire));
        } catch (fr.caprse.json.AssessmentFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        Found found = find(assessment.questionnaireId(), assessment.questionnaireVersion()).orElseThrow();
        return new Imported(assessment, found.questionnaire(), found.content());
    }

    /** A questionnaire with the bytes of its file. */
    private record Found(Questionnaire questionnaire, byte[] content) {
    }

    private Optional<Found> find(String id, String version) {
        Optional<Found> builtIn = BuiltInQuestionnaires.byId(id).filter(q -> q.version().equals(version))
                .map(q -> new Found(q, BuiltInQuestionnaires.content(id)));
        if (builtIn.isPresent()) {
            return builtIn;
        }
        return database.questionnaires().find(id, version).flatMap(this::parse);
    }

    private Optional<Found> parse(StoredQuestionnaire stored) {
        LoadResult result = loader.load(stored.id() + "-" + stored.version() + ".yaml", stored.content());
        return result.ok() ? Optional.of(new Found(result.questionnaire(), stored.content())) : Optional.empty();
    }

    @Override
    public void write(Assessment assessment, Questionnaire questionnaire, Path file) throws IOException {
        byte[] json = AssessmentJson.write(assessment, questionnaire);
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, json);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void writeReport(Assessment assessment, Questionnaire questionnaire, Assessment previous,
                            Questionnaire previousQuestionnaire, String language, Path file) throws IOException {
        ReportInput scored = ReportInput.scored(questionnaire, assessment);
        ReportInput.Previous before = previous == null || previousQuestionnaire == null ? null
                : new ReportInput.Previous(previous.period(),
                Scorer.score(previousQuestionnaire, previous.organisation(), previous.answers()));
        ReportInput input = new ReportInput(questionnaire, assessment, scored.score(), scored.computedValues(), before);
        new ReportWriter().write(input, Locale.forLanguageTag(language), file);
    }
}
