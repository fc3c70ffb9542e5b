package fr.caprse.application.authoring;

import fr.caprse.application.SourcedQuestionnaire;
import fr.caprse.application.Workspace;
import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.excel.ReportInput;
import fr.caprse.excel.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The store of a questionnaire being tried: one organisation and one assessment, held in memory only. The
 * walk-through, the profile, the results and the action plan work on it as on the app's database, but
 * nothing reaches the disk and nothing shows in the home page's list; the trial is gone when it is left.
 * Its ids are negative, so that they never meet a stored assessment's (the order of background work and
 * the "left on" question are kept by id).
 */
public final class TrialWorkspace implements Workspace {

    /** The id of the trial's assessment and of its organisation. */
    public static final long TRIAL_ID = -1;

    private final SourcedQuestionnaire questionnaire;
    private final Clock clock;
    private final String period;
    private Assessment assessment;

    TrialWorkspace(SourcedQuestionnaire questionnaire, Organisation organisation, Clock clock) {
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.period = String.valueOf(Year.now(clock).getValue());
        this.assessment = Assessment.start(questionnaire.id(), questionnaire.version(), organisation, period, clock.instant());
    }

    /** The assessment being tried. */
    public synchronized AssessmentEntry entry() {
        return new AssessmentEntry(TRIAL_ID, TRIAL_ID, period, questionnaire.id(), questionnaire.version(),
                assessment.modified());
    }

    /** The questionnaire being tried, with its file's bytes. */
    public SourcedQuestionnaire questionnaire() {
        return questionnaire;
    }

    @Override
    public synchronized List<OrganisationEntry> organisations() {
        return List.of(new OrganisationEntry(TRIAL_ID, assessment.organisation()));
    }

    @Override
    public List<AssessmentEntry> assessments(long organisationId) {
        return organisationId == TRIAL_ID ? List.of(entry()) : List.of();
    }

    /** A trial holds one assessment: starting another on the same questionnaire starts the trial afresh. */
    @Override
    public synchronized AssessmentEntry start(Long organisationId, Organisation profile, String period,
                                              SourcedQuestionnaire other) {
        if (!other.hash().equals(questionnaire.hash())) {
            throw new IllegalArgumentException("a trial is about " + questionnaire.id() + " only");
        }
        assessment = Assessment.start(questionnaire.id(), questionnaire.version(), profile, this.period, clock.instant());
        return entry();
    }

    @Override
    public synchronized Assessment load(long assessmentId) {
        check(assessmentId);
        return assessment;
    }

    @Override
    public SourcedQuestionnaire sourceOf(long assessmentId) {
        check(assessmentId);
        return questionnaire;
    }

    @Override
    public synchronized void saveAnswer(long assessmentId, Answer answer) {
        check(assessmentId);
        assessment = assessment.withAnswer(answer, clock.instant());
    }

    @Override
    public synchronized void saveActions(long assessmentId, List<Action> actions) {
        check(assessmentId);
        assessment = assessment.withActions(actions, clock.instant());
    }

    @Override
    public synchronized void saveProfile(long assessmentId, Organisation organisation) {
        check(assessmentId);
        assessment = assessment.withOrganisation(organisation, clock.instant());
    }

    /** Forgets every answer and the actions: the trial starts again with the same profile. */
    @Override
    public synchronized void deleteAssessment(long assessmentId) {
        check(assessmentId);
        assessment = Assessment.start(questionnaire.id(), questionnaire.version(), assessment.organisation(), period,
                clock.instant());
    }

    /** A trial has no other period: it is never carried over. */
    @Override
    public NewPeriod duplicate(AssessmentEntry from, String period) {
        throw new UnsupportedOperationException("A questionnaire being tried has no next period; start a real "
                + "assessment on it from the home page.");
    }

    /** Writes the report of the trial as answered so far, in {@code locale}, whole or not at all. */
    public void writeReport(Locale locale, Path target) throws IOException {
        Assessment answered = load(TRIAL_ID);
        new ReportWriter().write(ReportInput.scored(questionnaire.questionnaire(), answered), locale, target);
    }

    private static void check(long assessmentId) {
        if (assessmentId != TRIAL_ID) {
            throw new NoSuchElementException("The assessment " + assessmentId + " is not the one being tried.");
        }
    }
}
