package fr.caprse.application;

import fr.caprse.application.period.NextPeriod;
import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.storage.AssessmentSummary;
import fr.caprse.storage.Database;
import fr.caprse.storage.StorageException;
import fr.caprse.storage.StoredOrganisation;
import java.util.List;

/** The app's store: the SQLite database of the user data folder, questionnaires from {@link QuestionnaireSource}. */
public final class SqliteWorkspace implements Workspace {

    private final fr.caprse.application.workshop.WorkshopService workshops;

    private final Database database;
    private final QuestionnaireSource questionnaires;

    public SqliteWorkspace(Database database, QuestionnaireSource questionnaires) {
        this.database = database;
        this.workshops = new fr.caprse.application.workshop.WorkshopService(database, java.time.Clock.systemDefaultZone());
        this.questionnaires = questionnaires;
    }

    @Override
    public List<OrganisationEntry> organisations() {
        return database.organisations().list().stream().map(SqliteWorkspace::entry).toList();
    }

    @Override
    public List<AssessmentEntry> assessments(long organisationId) {
        return database.assessments().listByOrganisation(organisationId).stream().map(SqliteWorkspace::entry).toList();
    }

    @Override
    public AssessmentEntry start(Long organisationId, Organisation profile, String period, SourcedQuestionnaire questionnaire) {
        return entry(database.assessments().start(organisationId, profile, period, questionnaire.questionnaire(),
                questionnaire.content()));
    }

    @Override
    public Assessment load(long assessmentId) {
        return database.assessments().load(assessmentId)
                .orElseThrow(() -> new StorageException("The assessment " + assessmentId + " no longer exists."));
    }

    @Override
    public SourcedQuestionnaire sourceOf(long assessmentId) {
        AssessmentSummary summary = database.assessments().summary(assessmentId)
                .orElseThrow(() -> new StorageException("The assessment " + assessmentId + " no longer exists."));
        return questionnaires.byHash(summary.questionnaireHash())
                .orElseThrow(() -> new StorageException("The questionnaire " + summary.questionnaireId() + " "
                        + summary.questionnaireVersion() + " of this assessment is missing or cannot be read."));
    }

    @Override
    public void saveAnswer(long assessmentId, Answer answer) {
        database.assessments().saveAnswer(assessmentId, answer);
    }

    @Override
    public void saveAnswers(long assessmentId, List<Answer> answers) {
        database.assessments().saveAnswers(assessmentId, answers);
    }

    @Override
    public void saveActions(long assessmentId, List<Action> actions) {
        database.actions().replaceAll(assessmentId, actions);
    }

    @Override
    public void saveProfile(long assessmentId, Organisation organisation) {
        database.assessments().saveProfile(assessmentId, organisation);
    }

    @Override
    public void deleteAssessment(long assessmentId) {
        database.assessments().delete(assessmentId);
    }

    @Override
    public NewPeriod duplicate(AssessmentEntry from, String period) {
        NextPeriod.Started started = new NextPeriod(database, questionnaires).start(from.id(), period);
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

    @Override
    public java.util.Optional<fr.caprse.application.workshop.WorkshopService> workshops() {
        return java.util.Optional.of(workshops);
    }
}
