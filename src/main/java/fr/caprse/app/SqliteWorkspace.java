package fr.caprse.app;

import fr.caprse.application.period.NextPeriod;
import fr.caprse.application.workshop.WorkshopService;
import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.storage.AssessmentSummary;
import fr.caprse.storage.Database;
import fr.caprse.storage.StorageException;
import fr.caprse.storage.StoredOrganisation;
import fr.caprse.storage.StoredQuestionnaire;
import fr.caprse.ui.common.Workspace;
import fr.caprse.yaml.LoadResult;
import fr.caprse.yaml.Problem;
import fr.caprse.yaml.QuestionnaireLoader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The desktop app's store: the SQLite database of the user data folder behind the UI's {@link Workspace}. */
final class SqliteWorkspace implements Workspace {

    private final Database database;
    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    private final Map<String, Questionnaire> parsed = new ConcurrentHashMap<>();
    private final WorkshopService workshops;

    SqliteWorkspace(Database database) {
        this.database = database;
        this.workshops = new WorkshopService(database, java.time.Clock.systemDefaultZone());
    }

    @Override
    public java.util.Optional<WorkshopService> workshops() {
        return java.util.Optional.of(workshops);
    }

    @Override
    public List<OrganisationEntry> organisations() {
        return database.organisations().list().stream().map(SqliteWorkspace::entry).toList();
    }

    @Override
    public OrganisationEntry saveOrganisation(Long id, Organisation organisation) {
        return entry(id == null ? database.organisations().create(organisation)
                : database.organisations().update(id, organisation));
    }

    @Override
    public List<AssessmentEntry> assessments(long organisationId) {
        return database.assessments().listByOrganisation(organisationId).stream().map(SqliteWorkspace::entry).toList();
    }

    @Override
    public AssessmentEntry createAssessment(long organisationId, String period, Questionnaire questionnaire, byte[] content) {
        byte[] file = content != null ? content : database.questionnaires().byHash(questionnaire.contentHash())
                .map(StoredQuestionnaire::content)
                .orElseThrow(() -> new StorageException("The questionnaire " + questionnaire.id() + " "
                        + questionnaire.version() + " is not kept in the database; open its file again."));
        return entry(database.assessments().create(organisationId, period, questionnaire, file));
    }

    @Override
    public Assessment load(long assessmentId) {
        return database.assessments().load(assessmentId)
                .orElseThrow(() -> new StorageException("The assessment " + assessmentId + " no longer exists."));
    }

    @Override
    public Questionnaire questionnaireOf(long assessmentId) {
        StoredQuestionnaire stored = database.questionnaires().ofAssessment(assessmentId)
                .orElseThrow(() -> new StorageException("The questionnaire of assessment " + assessmentId + " is missing."));
        return parsed.computeIfAbsent(stored.contentHash(), hash -> {
            LoadResult result = loader.load(stored.id() + "-" + stored.version() + ".yaml", stored.content());
            if (!result.ok()) {
                throw new StorageException("The kept questionnaire " + stored.id() + " " + stored.version()
                        + " cannot be read: " + result.problems().stream().map(Problem::toString)
                        .collect(Collectors.joining("; ")));
            }
            return result.questionnaire();
        });
    }

    @Override
    public void saveAnswer(long assessmentId, Answer answer) {
        database.assessments().saveAnswer(assessmentId, answer);
    }

    @Override
    public void saveActions(long assessmentId, List<Action> actions) {
        database.actions().replaceAll(assessmentId, actions);
    }

    @Override
    public void updateProfile(long assessmentId, Organisation organisation) {
        database.assessments().updateProfile(assessmentId, organisation);
    }

    @Override
    public void deleteAssessment(long assessmentId) {
        database.assessments().delete(assessmentId);
    }

    @Override
    public NewPeriod duplicate(AssessmentEntry from, String period) {
        NextPeriod.Started started = new NextPeriod(database).start(from.id(), period);
        return new NewPeriod(entry(started.created()), started.fromVersion(), started.toVersion(),
                started.newQuestions(), started.notCarriedOver());
    }

    private static OrganisationEntry entry(StoredOrganisation stored) {
        return new OrganisationEntry(stored.id(), stored.organisation());
    }

    static AssessmentEntry entry(AssessmentSummary summary) {
        return new AssessmentEntry(summary.id(), summary.organisationId(), summary.period(), summary.questionnaireId(),
                summary.questionnaireVersion(), summary.modified());
    }
}
