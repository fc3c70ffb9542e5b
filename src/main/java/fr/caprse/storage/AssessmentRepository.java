package fr.caprse.storage;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.period.CarryOver;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Assessments and their answers. Each assessment keeps the organisation's profile as it was for its
 * period (a size or head count that changed since does not change an old score) and the exact
 * questionnaire file it is answered with. Every method is one transaction: {@link #saveAnswer} commits
 * one answer the moment it is given.
 */
public final class AssessmentRepository {

    private static final String SUMMARY = "SELECT a.id, a.organisation_id, a.org_name, a.period, a.questionnaire_id, "
            + "a.questionnaire_version, a.questionnaire_hash, a.created, a.modified, "
            + "(SELECT count(*) FROM answers w WHERE w.assessment_id = a.id AND (w.kind IS NOT NULL OR w.na <> 0)) AS answered "
            + "FROM assessments a ";

    private static final String SAVE_ANSWER = "INSERT INTO answers (assessment_id, question_id, position, kind, value, na, "
            + "comment, evidence, author, answered_at, flagged) VALUES (?, ?, "
            + "(SELECT coalesce(max(position), 0) + 1 FROM answers WHERE assessment_id = ?), ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (assessment_id, question_id) DO UPDATE SET kind = excluded.kind, value = excluded.value, "
            + "na = excluded.na, comment = excluded.comment, evidence = excluded.evidence, author = excluded.author, "
            + "answered_at = excluded.answered_at, flagged = excluded.flagged";

    private final Database database;

    AssessmentRepository(Database database) {
        this.database = database;
    }

    /**
     * Starts an assessment of an organisation for a period, on a questionnaire: keeps the questionnaire's
     * file (unless kept already) and a copy of the organisation's current profile.
     *
     * @param questionnaireFile the bytes the questionnaire was loaded from; their SHA-256 must be the
     *                          questionnaire's {@code contentHash} when it has one
     */
    public AssessmentSummary create(long organisationId, String period, Questionnaire questionnaire, byte[] questionnaireFile) {
        checkPeriod(period);
        checkFile(questionnaire, questionnaireFile);
        Instant now = database.clock().instant();
        return database.write("Cap RSE cannot start the assessment " + period, c -> {
            Organisation profile = currentProfile(c, organisationId);
            Assessment fresh = Assessment.start(questionnaire.id(), questionnaire.version(), profile, period, now);
            return summary(c, insert(c, organisationId, fresh, questionnaireFile, now));
        });
    }

    /**
     * Starts an assessment together with its organisation, in one transaction: the organisation is
     * created when {@code organisationId} is null, else its current profile is replaced by
     * {@code profile}; then the assessment is started with that profile. Both are stored, or neither.
     */
    public AssessmentSummary start(Long organisationId, Organisation profile, String period, Questionnaire questionnaire,
                                   byte[] questionnaireFile) {
        Objects.requireNonNull(profile, "profile");
        checkPeriod(period);
        checkFile(questionnaire, questionnaireFile);
        Instant now = database.clock().instant();
        return database.write("Cap RSE cannot start the assessment " + period, c -> {
            long organisation = organisationId == null ? OrganisationRepository.create(c, profile, now).id()
                    : OrganisationRepository.update(c, organisationId, profile, now).id();
            Assessment fresh = Assessment.start(questionnaire.id(), questionnaire.version(), profile, period, now);
            return summary(c, insert(c, organisation, fresh, questionnaireFile, now));
        });
    }

    /**
     * Stores a whole assessment as it is, dates included (an imported file): one transaction, so it is
     * all there or not at all.
     */
    public AssessmentSummary insert(long organisationId, Assessment assessment, byte[] questionnaireFile) {
        Objects.requireNonNull(assessment, "assessment");
        checkPeriod(assessment.period());
        Instant now = database.clock().instant();
        return database.write("Cap RSE cannot save the assessment " + assessment.period(), c -> {
            currentProfile(c, organisationId);
            return summary(c, insert(c, organisationId, assessment, questionnaireFile, now));
        });
    }

    /**
     * Stores a whole assessment as it is (an imported file) under the organisation its profile stands for:
     * the one with the same registry id, else the same name; a new one when there is none. One
     * transaction: the organisation and the assessment are both stored, or neither. Nothing already in
     * the database is replaced; the assessments of the same organisation, period and questionnaire are
     * returned so that the user can decide which to keep.
     */
    public ImportedAssessment insert(Assessment assessment, byte[] questionnaireFile) {
        Objects.requireNonNull(assessment, "assessment");
        checkPeriod(assessment.period());
        Instant now = database.clock().instant();
        return database.write("Cap RSE cannot save the assessment " + assessment.period(), c -> {
            Optional<StoredOrganisation> known = OrganisationRepository.findMatching(c, assessment.organisation());
            long organisationId = known.isPresent() ? known.get().id()
                    : OrganisationRepository.create(c, assessment.organisation(), now).id();
            List<AssessmentSummary> samePeriod;
            try (PreparedStatement select = c.prepareStatement(SUMMARY
                    + "WHERE a.organisation_id = ? AND a.period = ? AND a.questionnaire_id = ? ORDER BY a.id")) {
                select.setLong(1, organisationId);
                select.setString(2, assessment.period());
                select.setString(3, assessment.questionnaireId());
                samePeriod = summaries(select);
            }
            AssessmentSummary stored = summary(c, insert(c, organisationId, assessment, questionnaireFile, now));
            return new ImportedAssessment(stored, known.isEmpty(), samePeriod);
        });
    }

    private static long insert(Connection c, long organisationId, Assessment assessment, byte[] questionnaireFile,
                               Instant now) throws SQLException {
        String hash = QuestionnaireRepository.store(c, assessment.questionnaireId(), assessment.questionnaireVersion(),
                questionnaireFile, now);
        long id;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO assessments (organisation_id, period, "
                + "questionnaire_id, questionnaire_version, questionnaire_hash, org_name, org_registry_id, org_sector, "
                + "org_size, org_employees, org_legal_form, org_territory, org_ess, created, modified) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, organisationId);
            insert.setString(2, assessment.period());
            insert.setString(3, assessment.questionnaireId());
            insert.setString(4, assessment.questionnaireVersion());
            insert.setString(5, hash);
            int next = Sql.setProfile(insert, 6, assessment.organisation());
            Sql.setInstant(insert, next, Objects.requireNonNullElse(assessment.created(), now));
            Sql.setInstant(insert, next + 1, Objects.requireNonNullElse(assessment.modified(), now));
            insert.executeUpdate();
            id = OrganisationRepository.lastInsertedId(c);
        }
        for (Answer answer : assessment.answers().values()) {
            upsertAnswer(c, id, answer);
        }
        WorkshopRepository.insertParticipants(c, id, assessment.participants());
        for (Vote vote : assessment.votes()) {
            WorkshopRepository.upsertVote(c, id, vote);
        }
        for (Action action : assessment.actions()) {
            ActionRepository.insert(c, id, action);
        }
        return id;
    }

    /** The assessments of an organisation, the latest period first. */
    public List<AssessmentSummary> listByOrganisation(long organisationId) {
        return database.read("Cap RSE cannot read the assessments", c -> {
            try (PreparedStatement select = c.prepareStatement(SUMMARY
                    + "WHERE a.organisation_id = ? ORDER BY a.period DESC, a.id DESC")) {
                select.setLong(1, organisationId);
                return summaries(select);
            }
        });
    }

    /** Every assessment, by organisation name then latest period first. */
    public List<AssessmentSummary> list() {
        return database.read("Cap RSE cannot read the assessments", c -> {
            try (PreparedStatement select = c.prepareStatement(SUMMARY
                    + "ORDER BY a.org_name COLLATE NOCASE, a.organisation_id, a.period DESC, a.id DESC")) {
                return summaries(select);
            }
        });
    }

    public Optional<AssessmentSummary> summary(long assessmentId) {
        return database.read("Cap RSE cannot read the assessment", c -> {
            try (PreparedStatement select = c.prepareStatement(SUMMARY + "WHERE a.id = ?")) {
                select.setLong(1, assessmentId);
                List<AssessmentSummary> found = summaries(select);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The whole assessment: profile, answers, participants, votes and actions, in the order they were given. */
    public Optional<Assessment> load(long assessmentId) {
        return database.read("Cap RSE cannot read the assessment", c -> load(c, assessmentId));
    }

    private static Optional<Assessment> load(Connection c, long assessmentId) throws SQLException {
        String questionnaireId;
        String questionnaireVersion;
        Organisation profile;
        String period;
        Instant created;
        Instant modified;
        try (PreparedStatement select = c.prepareStatement("SELECT * FROM assessments WHERE id = ?")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                questionnaireId = rows.getString("questionnaire_id");
                questionnaireVersion = rows.getString("questionnaire_version");
                profile = Sql.profile(rows, "org_");
                period = rows.getString("period");
                created = Sql.instant(rows, "created");
                modified = Sql.instant(rows, "modified");
            }
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT question_id, kind, value, na, comment, evidence, "
                + "author, answered_at, flagged FROM answers WHERE assessment_id = ? ORDER BY position")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String questionId = rows.getString("question_id");
                    AnswerValue value = AnswerValues.read(rows.getString("kind"), rows.getString("value"));
                    answers.put(questionId, new Answer(questionId, value, rows.getInt("na") != 0, rows.getString("comment"),
                            rows.getString("evidence"), rows.getString("author"), Sql.instant(rows, "answered_at"),
                            rows.getInt("flagged") != 0));
                }
            }
        }
        List<Participant> participants = WorkshopRepository.participants(c, assessmentId);
        List<Vote> votes = WorkshopRepository.votes(c, assessmentId);
        List<Action> actions = ActionRepository.list(c, assessmentId).stream().map(StoredAction::action).toList();
        return Optional.of(new Assessment(questionnaireId, questionnaireVersion, profile, period, created, modified,
                answers, participants, votes, actions));
    }

    /**
     * Saves one answer in its own transaction, replacing the previous answer to the same question (which
     * keeps its place in the order). When this returns, the answer is on disk.
     */
    public void saveAnswer(long assessmentId, Answer answer) {
        Objects.requireNonNull(answer, "answer");
        Instant now = database.clock().instant();
        database.write("Cap RSE cannot save the answer to " + answer.questionId(), c -> {
            touch(c, assessmentId, now);
            upsertAnswer(c, assessmentId, answer);
            return null;
        });
    }

    /**
     * Saves several answers in one transaction (a filled template read into the assessment): all of them
     * are on disk when this returns, or none.
     */
    public void saveAnswers(long assessmentId, java.util.Collection<Answer> answers) {
        Objects.requireNonNull(answers, "answers");
        Instant now = database.clock().instant();
        database.write("Cap RSE cannot save the " + answers.size() + " answers", c -> {
            touch(c, assessmentId, now);
            for (Answer answer : answers) {
                upsertAnswer(c, assessmentId, answer);
            }
            return null;
        });
    }

    /** Forgets the answer to a question (value, N/A, comment and evidence). */
    public void removeAnswer(long assessmentId, String questionId) {
        Instant now = database.clock().instant();
        database.write("Cap RSE cannot clear the answer to " + questionId, c -> {
            touch(c, assessmentId, now);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM answers WHERE assessment_id = ? AND question_id = ?")) {
                delete.setLong(1, assessmentId);
                delete.setString(2, questionId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Changes the organisation profile this assessment is scored with (not the organisation's current one). */
    public void updateProfile(long assessmentId, Organisation profile) {
        Objects.requireNonNull(profile, "profile");
        Instant now = database.clock().instant();
        database.write("Cap RSE cannot save the organisation profile", c -> {
            updateProfile(c, assessmentId, profile, now);
            return null;
        });
    }

    private static void updateProfile(Connection c, long assessmentId, Organisation profile, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE assessments SET org_name = ?, org_registry_id = ?, "
                + "org_sector = ?, org_size = ?, org_employees = ?, org_legal_form = ?, org_territory = ?, org_ess = ?, "
                + "modified = ? WHERE id = ?")) {
            int next = Sql.setProfile(update, 1, profile);
            Sql.setInstant(update, next, now);
            update.setLong(next + 1, assessmentId);
            if (update.executeUpdate() == 0) {
                throw missing(assessmentId);
            }
        }
    }

    /**
     * Changes the profile an assessment is scored with and the organisation's current profile alike, in
     * one transaction.
     */
    public void saveProfile(long assessmentId, Organisation profile) {
        Objects.requireNonNull(profile, "profile");
        Instant now = database.clock().instant();
        database.write("Cap RSE cannot save the organisation profile", c -> {
            long organisationId;
            try (PreparedStatement select = c.prepareStatement("SELECT organisation_id FROM assessments WHERE id = ?")) {
                select.setLong(1, assessmentId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw missing(assessmentId);
                    }
                    organisationId = rows.getLong(1);
                }
            }
            OrganisationRepository.update(c, organisationId, profile, now);
            updateProfile(c, assessmentId, profile, now);
            return null;
        });
    }

    /** Deletes an assessment with its answers, workshop and actions. Its questionnaire file stays. */
    public void delete(long assessmentId) {
        database.write("Cap RSE cannot delete the assessment", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM assessments WHERE id = ?")) {
                delete.setLong(1, assessmentId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Starts the assessment of a new period from a previous one: the answers (with their comments,
     * evidence, author and date) are copied where {@code questionnaire} still asks the question the same
     * way (see {@link CarryOver}); the organisation's current profile is used. Review flags, workshop votes
     * and actions are not copied. {@code previousQuestionnaire} is the one the previous assessment was
     * answered with, to tell which questions are new.
     */
    public DuplicateResult duplicate(long fromAssessmentId, String newPeriod, Questionnaire previousQuestionnaire,
                                     Questionnaire questionnaire, byte[] questionnaireFile) {
        checkPeriod(newPeriod);
        checkFile(questionnaire, questionnaireFile);
        Instant now = database.clock().instant();
        return database.write("Cap RSE cannot start the assessment " + newPeriod, c -> {
            Assessment previous = load(c, fromAssessmentId).orElseThrow(() -> missing(fromAssessmentId));
            long organisationId;
            try (PreparedStatement select = c.prepareStatement("SELECT organisation_id FROM assessments WHERE id = ?")) {
                select.setLong(1, fromAssessmentId);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    organisationId = rows.getLong(1);
                }
            }
            CarryOver plan = CarryOver.plan(previousQuestionnaire, previous.answers(), questionnaire);
            Assessment next = new Assessment(questionnaire.id(), questionnaire.version(), currentProfile(c, organisationId),
                    newPeriod, now, now, plan.carried(), List.of(), List.of(), List.of());
            return new DuplicateResult(summary(c, insert(c, organisationId, next, questionnaireFile, now)),
                    plan.notCarriedOver(), plan.newQuestions());
        });
    }

    static void upsertAnswer(Connection c, long assessmentId, Answer answer) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(SAVE_ANSWER)) {
            upsert.setLong(1, assessmentId);
            upsert.setString(2, answer.questionId());
            upsert.setLong(3, assessmentId);
            Sql.setText(upsert, 4, AnswerValues.kind(answer.value()));
            Sql.setText(upsert, 5, AnswerValues.text(answer.value()));
            upsert.setInt(6, answer.na() ? 1 : 0);
            Sql.setText(upsert, 7, answer.comment());
            Sql.setText(upsert, 8, answer.evidence());
            Sql.setText(upsert, 9, answer.author());
            Sql.setInstant(upsert, 10, answer.answeredAt());
            upsert.setInt(11, answer.flagged() ? 1 : 0);
            upsert.executeUpdate();
        }
    }

    /** Marks the assessment changed; fails (and so rolls the transaction back) when it no longer exists. */
    static void touch(Connection c, long assessmentId, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE assessments SET modified = ? WHERE id = ?")) {
            Sql.setInstant(update, 1, now);
            update.setLong(2, assessmentId);
            if (update.executeUpdate() == 0) {
                throw missing(assessmentId);
            }
        }
    }

    static StorageException missing(long assessmentId) {
        return new StorageException(StorageException.Reason.NO_ASSESSMENT, "There is no assessment " + assessmentId
                + " in the database (it may have been deleted).", null, assessmentId);
    }

    private static Organisation currentProfile(Connection c, long organisationId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT * FROM organisations WHERE id = ?")) {
            select.setLong(1, organisationId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new StorageException(StorageException.Reason.NO_ORGANISATION, "There is no organisation "
                            + organisationId + " in the database (it may have been deleted).", null, organisationId);
                }
                return Sql.profile(rows, "");
            }
        }
    }

    private static AssessmentSummary summary(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SUMMARY + "WHERE a.id = ?")) {
            select.setLong(1, assessmentId);
            return summaries(select).get(0);
        }
    }

    private static List<AssessmentSummary> summaries(PreparedStatement select) throws SQLException {
        List<AssessmentSummary> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new AssessmentSummary(rows.getLong("id"), rows.getLong("organisation_id"), rows.getString("org_name"),
                        rows.getString("period"), rows.getString("questionnaire_id"), rows.getString("questionnaire_version"),
                        rows.getString("questionnaire_hash"), Sql.instant(rows, "created"), Sql.instant(rows, "modified"),
                        rows.getInt("answered")));
            }
        }
        return found;
    }

    private static void checkPeriod(String period) {
        if (period == null || period.isBlank()) {
            throw new IllegalArgumentException("an assessment needs a period (a year such as 2026)");
        }
    }

    private static void checkFile(Questionnaire questionnaire, byte[] file) {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(file, "questionnaireFile");
        String hash = QuestionnaireRepository.sha256(file);
        if (!questionnaire.contentHash().isEmpty() && !questionnaire.contentHash().equalsIgnoreCase(hash)) {
            throw new IllegalArgumentException("the bytes given are not the file questionnaire " + questionnaire.id() + " "
                    + questionnaire.version() + " was loaded from (SHA-256 " + hash + ", expected "
                    + questionnaire.contentHash() + ")");
        }
    }
}
