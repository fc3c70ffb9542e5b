package fr.caprse.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The portable assessment file, {@code .rse.json} (contract: assessment-file.md; format
 * {@value #FORMAT}).
 *
 * <p><b>Writing</b> is stable, so two saves of the same assessment are byte-identical: UTF-8, two-space
 * indentation, {@code \n} line ends and a final newline; keys in a fixed order (format, questionnaire,
 * organisation, period, created, modified, answers, participants, votes, actions); answers and votes in
 * questionnaire order (which is why the writer takes the questionnaire), votes of one question in the
 * order of the participants list; numbers exactly as typed ({@code BigDecimal.toPlainString()}); dates
 * in UTC to the second (anything finer is dropped). Absent fields ({@code null}, empty lists) are left
 * out. Besides the contract's {@code value} and {@code na}, an answer keeps its {@code comment},
 * {@code evidence}, {@code flagged} (written only when true), {@code author} and {@code answered_at},
 * so that nothing the app holds is lost on the way.
 *
 * <p><b>Reading</b> is strict and all-or-nothing: every problem is collected (unknown format, unknown
 * key, unknown question, a value of the wrong kind, an unknown option, a number outside min/max, a value
 * and N/A together, N/A where the questionnaire does not offer it, a bad date ...), each naming the file,
 * line, column and question, and thrown as one {@link AssessmentFileException}.
 */
public final class AssessmentJson {

    /** The value of the {@code format} key this version reads and writes. */
    public static final String FORMAT = "cap-rse/assessment@1";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

    private AssessmentJson() {
    }

    /**
     * Reads an assessment file. {@code fileName} names the file in problems; {@code resolver} finds the
     * questionnaire the file names, against which the answers are checked.
     */
    public static Assessment read(byte[] content, String fileName, QuestionnaireResolver resolver)
            throws AssessmentFileException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(resolver, "resolver");
        return new AssessmentReader(fileName, resolver).read(content);
    }

    /**
     * Writes an assessment of {@code questionnaire} (the same id; answers and votes are written in its
     * order, and any answer to a question it does not have comes last, by id, so that nothing is lost).
     */
    public static byte[] write(Assessment assessment, Questionnaire questionnaire) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(questionnaire, "questionnaire");
        if (!assessment.questionnaireId().equals(questionnaire.id())) {
            throw new IllegalArgumentException("the assessment is on questionnaire " + assessment.questionnaireId()
                    + ", not " + questionnaire.id());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(prettyPrinter());
            writeAssessment(json, assessment, questionOrder(questionnaire));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeAssessment(JsonGenerator json, Assessment assessment, Comparator<String> order)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeObjectFieldStart("questionnaire");
        json.writeStringField("id", assessment.questionnaireId());
        json.writeStringField("version", assessment.questionnaireVersion());
        json.writeEndObject();
        writeOrganisation(json, assessment.organisation());
        json.writeStringField("period", assessment.period());
        writeInstant(json, "created", assessment.created());
        writeInstant(json, "modified", assessment.modified());

        json.writeObjectFieldStart("answers");
        List<String> ids = new ArrayList<>(assessment.answers().keySet());
        ids.sort(order);
        for (String id : ids) {
            json.writeFieldName(id);
            writeAnswer(json, assessment.answers().get(id));
        }
        json.writeEndObject();

        if (!assessment.participants().isEmpty()) {
            json.writeArrayFieldStart("participants");
            for (Participant participant : assessment.participants()) {
                json.writeStartObject();
                json.writeStringField("id", participant.id());
                json.writeStringField("name", participant.name());
                writeOptional(json, "role", participant.role());
                writeOptional(json, "group", participant.group());
                if (participant.removed()) {
                    json.writeBooleanField("removed", true);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!assessment.votes().isEmpty()) {
            writeVotes(json, assessment, order);
        }
        if (!assessment.actions().isEmpty()) {
            json.writeArrayFieldStart("actions");
            for (Action action : assessment.actions()) {
                json.writeStartObject();
                writeOptional(json, "question", action.questionId());
                json.writeStringField("title", action.title());
                writeOptional(json, "owner", action.owner());
                writeOptional(json, "due", action.due() == null ? null : action.due().toString());
                json.writeStringField("status", action.status().code());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeOrganisation(JsonGenerator json, Organisation org) throws IOException {
        json.writeObjectFieldStart("organisation");
        json.writeStringField("name", org.name());
        writeOptional(json, "id", org.registryId());
        writeOptional(json, "sector", org.sector());
        writeOptional(json, "size", org.size() == null ? null : org.size().code());
        if (org.employees() != null) {
            json.writeNumberField("employees", org.employees());
        }
        writeOptional(json, "legal_form", org.legalForm());
        writeOptional(json, "territory", org.territory());
        if (org.ess() != null) {
            json.writeBooleanField("ess", org.ess());
        }
        json.writeEndObject();
    }

    private static void writeAnswer(JsonGenerator json, Answer answer) throws IOException {
        json.writeStartObject();
        AnswerValue value = answer.value();
        if (value != null) {
            json.writeFieldName("value");
            if (value instanceof AnswerValue.LevelValue level) {
                json.writeNumber(level.level());
            } else if (value instanceof AnswerValue.Choice choice) {
                json.writeString(choice.optionId());
            } else if (value instanceof AnswerValue.Choices choices) {
                json.writeStartArray();
                for (String optionId : choices.optionIds()) {
                    json.writeString(optionId);
                }
                json.writeEndArray();
            } else if (value instanceof AnswerValue.NumberValue number) {
                json.writeNumber(number.number().toPlainString());
            } else if (value instanceof AnswerValue.TextValue text) {
                json.writeString(text.text());
            }
        }
        if (answer.na()) {
            json.writeBooleanField("na", true);
        }
        writeOptional(json, "comment", answer.comment());
        writeOptional(json, "evidence", answer.evidence());
        if (answer.flagged()) {
            json.writeBooleanField("flagged", true);
        }
        writeOptional(json, "author", answer.author());
        writeInstant(json, "answered_at", answer.answeredAt());
        json.writeEndObject();
    }

    /** Votes by question (answer order), then by participant in the order of the participants list. */
    private static void writeVotes(JsonGenerator json, Assessment assessment, Comparator<String> order)
            throws IOException {
        Map<String, Integer> participantRank = new HashMap<>();
        for (Participant participant : assessment.participants()) {
            participantRank.putIfAbsent(participant.id(), participantRank.size());
        }
        Comparator<String> byParticipant = Comparator.<String>comparingInt(
                id -> participantRank.getOrDefault(id, Integer.MAX_VALUE)).thenComparing(Comparator.naturalOrder());
        Map<String, List<Vote>> byQuestion = new LinkedHashMap<>();
        for (Vote vote : assessment.votes()) {
            byQuestion.computeIfAbsent(vote.questionId(), k -> new ArrayList<>()).add(vote);
        }
        List<String> questionIds = new ArrayList<>(byQuestion.keySet());
        questionIds.sort(order);
        json.writeObjectFieldStart("votes");
        for (String questionId : questionIds) {
            List<Vote> votes = new ArrayList<>(byQuestion.get(questionId));
            votes.sort(Comparator.comparing(Vote::participantId, byParticipant));
            json.writeObjectFieldStart(questionId);
            for (Vote vote : votes) {
                json.writeNumberField(vote.participantId(), vote.value());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeOptional(JsonGenerator json, String key, String value) throws IOException {
        if (value != null) {
            json.writeStringField(key, value);
        }
    }

    private static void writeInstant(JsonGenerator json, String key, Instant instant) throws IOException {
        if (instant != null) {
            json.writeStringField(key, INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    /** Question ids in questionnaire order; ids the questionnaire does not have come after, by id. */
    private static Comparator<String> questionOrder(Questionnaire questionnaire) {
        Map<String, Integer> rank = new HashMap<>();
        for (String id : questionnaire.index().keySet()) {
            rank.put(id, rank.size());
        }
        return Comparator.<String>comparingInt(id -> rank.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    /** Two spaces, {@code "key": value}, one item per line, {@code {}} and {@code []} when empty. */
    static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
