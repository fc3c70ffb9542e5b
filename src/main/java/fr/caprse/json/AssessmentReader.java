package fr.caprse.json;

import fr.caprse.platform.Suggestions;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.json.JsonTree.ArrayNode;
import fr.caprse.json.JsonTree.BooleanNode;
import fr.caprse.json.JsonTree.Field;
import fr.caprse.json.JsonTree.Node;
import fr.caprse.json.JsonTree.NullNode;
import fr.caprse.json.JsonTree.NumberNode;
import fr.caprse.json.JsonTree.ObjectNode;
import fr.caprse.json.JsonTree.StringNode;
import fr.caprse.json.JsonTree.Where;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one {@code .rse.json} file strictly: every problem is collected, with its place and question,
 * and the file is either read whole or not at all.
 */
final class AssessmentReader {

    static final List<String> TOP_KEYS = List.of("format", "questionnaire", "organisation", "period", "created",
            "modified", "answers", "participants", "votes", "actions");
    static final List<String> QUESTIONNAIRE_KEYS = List.of("id", "version");
    static final List<String> ORGANISATION_KEYS = List.of("name", "id", "sector", "size", "employees", "legal_form",
            "territory", "ess");
    static final List<String> ANSWER_KEYS = List.of("value", "na", "comment", "evidence", "flagged", "author",
            "answered_at");
    static final List<String> PARTICIPANT_KEYS = List.of("id", "name", "role", "group", "removed");
    static final List<String> ACTION_KEYS = List.of("question", "title", "owner", "due", "status");

    /** Numbers keep at most this many digits on either side of the decimal point. */
    static final int MAX_DIGITS = 18;

    private final String file;
    private final QuestionnaireResolver resolver;
    private final List<FileProblem> problems = new ArrayList<>();
    private Questionnaire questionnaire;
    /** The questionnaire's questions by id, built once (the questionnaire rebuilds its index on each call). */
    private Map<String, Question> questions = Map.of();

    AssessmentReader(String file, QuestionnaireResolver resolver) {
        this.file = file;
        this.resolver = resolver;
    }

    Assessment read(byte[] content) throws AssessmentFileException {
        Node root;
        try {
            root = JsonTree.parse(content);
        } catch (JsonTree.SyntaxError e) {
            problem(e.where(), null, "not valid JSON: " + e.getMessage());
            throw failure();
        }
        if (!(root instanceof ObjectNode top)) {
            problem(root.where(), null, "an assessment file is a JSON object { \"format\": \"" + AssessmentJson.FORMAT
                    + "\", ... }, found " + root.kind());
            throw failure();
        }
        Node format = top.get("format");
        if (format == null) {
            problem(top.where(), null, "\"format\" is missing: this is not a Cap RSE assessment file (expected \"format\": \""
                    + AssessmentJson.FORMAT + "\")");
            throw failure();
        }
        if (!(format instanceof StringNode formatText) || !AssessmentJson.FORMAT.equals(formatText.text())) {
            problem(format.where(), null, "unknown format " + shown(format) + ": this version of Cap RSE reads \""
                    + AssessmentJson.FORMAT + "\" files");
            throw failure();
        }
        checkKeys(top, TOP_KEYS, "the file", null);

        String[] questionnaireRef = questionnaireRef(top);
        Organisation organisation = organisation(top);
        String period = text(top, "period", "period", null, true);
        if (period != null && period.isBlank()) {
            problem(top.get("period").where(), null, "period must not be empty (for example \"2026\")");
        }
        Instant created = instant(top, "created", "created", null);
        Instant modified = instant(top, "modified", "modified", null);
        List<Participant> participants = participants(top);
        Map<String, Answer> answers = Map.of();
        List<Vote> votes = List.of();
        List<Action> actions = List.of();
        if (questionnaire != null) {
            answers = answers(top);
            votes = votes(top, participants);
            actions = actions(top);
        }
        if (!problems.isEmpty()) {
            throw failure();
        }
        return new Assessment(questionnaireRef[0], questionnaireRef[1], organisation, period, created, modified,
                answers, participants, votes, actions);
    }

    // ------------------------------------------------------------------ parts

    private String[] questionnaireRef(ObjectNode top) {
        ObjectNode ref = object(top, "questionnaire", "questionnaire", true);
        if (ref == null) {
            return new String[2];
        }
        checkKeys(ref, QUESTIONNAIRE_KEYS, "questionnaire", null);
        String id = text(ref, "id", "questionnaire.id", null, true);
        String version = text(ref, "version", "questionnaire.version", null, true);
        if (id != null && version != null) {
            Optional<Questionnaire> found = resolver.resolve(id, version);
            if (found.isEmpty()) {
                problem(ref.where(), null, "questionnaire " + id + " version " + version
                        + " is not available here, so the answers cannot be checked");
            } else {
                questionnaire = found.get();
                questions = questionnaire.index();
            }
        }
        return new String[] {id, version};
    }

    private Organisation organisation(ObjectNode top) {
        ObjectNode org = object(top, "organisation", "organisation", true);
        if (org == null) {
            return null;
        }
        checkKeys(org, ORGANISATION_KEYS, "organisation", null);
        String name = text(org, "name", "organisation.name", null, true);
        if (name != null && name.isBlank()) {
            problem(org.get("name").where(), null, "organisation.name must not be empty");
            name = null;
        }
        String registryId = text(org, "id", "organisation.id", null, false);
        String sector = text(org, "sector", "organisation.sector", null, false);
        OrganisationSize size = null;
        String sizeCode = text(org, "size", "organisation.size", null, false);
        if (sizeCode != null) {
            size = OrganisationSize.fromCode(sizeCode).orElse(null);
            if (size == null) {
                problem(org.get("size").where(), null, "organisation.size " + quoted(sizeCode) + " is unknown; use one of "
                        + Arrays.stream(OrganisationSize.values()).map(OrganisationSize::code).collect(Collectors.joining(", ")));
            }
        }
        Integer employees = null;
        Node employeesNode = org.get("employees");
        if (employeesNode != null && !(employeesNode instanceof NullNode)) {
            employees = wholeNumber(employeesNode, 0, Integer.MAX_VALUE, "organisation.employees", null,
                    "a whole number of people");
        }
        String legalForm = text(org, "legal_form", "organisation.legal_form", null, false);
        if (legalForm != null && !LegalForm.isKnown(legalForm)) {
            problem(org.get("legal_form").where(), null, "organisation.legal_form " + quoted(legalForm)
                    + " is unknown; use one of " + String.join(", ", LegalForm.CODES)
                    + " (SARL, SAS, SASU, EURL, SA, EI, micro-entreprise, fondation, mutuelle, coopérative are read too)");
            legalForm = null;
        }
        String territory = text(org, "territory", "organisation.territory", null, false);
        Boolean ess = bool(org, "ess", "organisation.ess", null);
        if (name == null) {
            return null;
        }
        return new Organisation(name, registryId, sector, size, employees, legalForm, territory, ess);
    }

    private Map<String, Answer> answers(ObjectNode top) {
        ObjectNode node = object(top, "answers", "answers", false);
        Map<String, Answer> read = new LinkedHashMap<>();
        if (node == null) {
            return read;
        }
        duplicates(node, "answers", true);
        for (Field field : node.fields().values()) {
            String id = field.name();
            Optional<Question> question = Optional.ofNullable(questions.get(id));
            if (question.isEmpty()) {
                problem(field.where(), id, "no such question in " + questionnaire.id() + " " + questionnaire.version()
                        + didYouMean(id, questions.keySet()));
                continue;
            }
            answer(question.get(), field.value()).ifPresent(answer -> read.put(id, answer));
        }
        // questionnaire order, whatever the order of the file
        Map<String, Answer> ordered = new LinkedHashMap<>();
        for (String id : questions.keySet()) {
            if (read.containsKey(id)) {
                ordered.put(id, read.get(id));
            }
        }
        return ordered;
    }

    private Optional<Answer> answer(Question question, Node node) {
        String id = question.id();
        if (!(node instanceof ObjectNode answer)) {
            problem(node.where(), id, "an answer is an object such as {\"value\": ...} or {\"na\": true}, found "
                    + node.kind());
            return Optional.empty();
        }
        int before = problems.size();
        checkKeys(answer, ANSWER_KEYS, "an answer", id);
        Node valueNode = answer.get("value");
        if (valueNode instanceof NullNode) {
            valueNode = null;
        }
        Boolean naFlag = bool(answer, "na", "na", id);
        boolean na = Boolean.TRUE.equals(naFlag);
        if (question.type() == QuestionType.COMPUTED && (valueNode != null || na)) {
            problem(answer.where(), id, "this question is computed from other answers and takes no answer; remove it");
        } else {
            if (valueNode != null && na) {
                problem(answer.get("na").where(), id, "an answer is either a \"value\" or \"na\": true, not both");
            }
            if (na && !question.na()) {
                problem(answer.get("na").where(), id,
                        "\"na\": true is not allowed: the questionnaire does not offer \"not applicable\" here");
            }
        }
        AnswerValue value = valueNode == null || question.type() == QuestionType.COMPUTED ? null
                : value(question, valueNode);
        String comment = text(answer, "comment", "comment", id, false);
        String evidence = text(answer, "evidence", "evidence", id, false);
        Boolean flagged = bool(answer, "flagged", "flagged", id);
        String author = text(answer, "author", "author", id, false);
        Instant answeredAt = instant(answer, "answered_at", "answered_at", id);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Answer(id, value, na, comment, evidence, author, answeredAt,
                Boolean.TRUE.equals(flagged)));
    }

    /** The value of an answer, checked against its question; null (and a problem) when it does not fit. */
    private AnswerValue value(Question question, Node node) {
        String id = question.id();
        switch (question.type()) {
            case MATURITY: {
                int highest = questionnaire.scale().highest();
                Integer level = wholeNumber(node, 0, highest, "value", id, "a maturity level from 0 to " + highest);
                return level == null ? null : new AnswerValue.LevelValue(level);
            }
            case SINGLE:
            case YESNO: {
                if (!(node instanceof StringNode choice)) {
                    problem(node.where(), id, "the answer is one option id (" + optionIds(question) + "), found "
                            + node.kind());
                    return null;
                }
                if (question.option(choice.text()).isEmpty()) {
                    problem(node.where(), id, unknownOption(question, choice.text()));
                    return null;
                }
                return new AnswerValue.Choice(choice.text());
            }
            case MULTIPLE: {
                if (!(node instanceof ArrayNode list)) {
                    problem(node.where(), id, "the answer is a list of option ids such as [\""
                            + question.options().get(0).id() + "\"] (options: " + optionIds(question) + "), found "
                            + node.kind());
                    return null;
                }
                List<String> chosen = new ArrayList<>();
                boolean fits = true;
                for (Node item : list.items()) {
                    if (!(item instanceof StringNode choice)) {
                        problem(item.where(), id, "each chosen option is an option id (" + optionIds(question)
                                + "), found " + item.kind());
                        fits = false;
                    } else if (question.option(choice.text()).isEmpty()) {
                        problem(item.where(), id, unknownOption(question, choice.text()));
                        fits = false;
                    } else if (chosen.contains(choice.text())) {
                        problem(item.where(), id, "option " + quoted(choice.text()) + " is chosen twice");
                        fits = false;
                    } else {
                        chosen.add(choice.text());
                    }
                }
                return fits ? new AnswerValue.Choices(chosen) : null;
            }
            case NUMBER:
            case PERCENT: {
                if (!(node instanceof NumberNode number)) {
                    problem(node.where(), id, "the answer is a number"
                            + (question.type() == QuestionType.PERCENT ? " from 0 to 100" : "") + ", found " + node.kind());
                    return null;
                }
                BigDecimal x = number.number();
                if (!fitsDigits(x)) {
                    problem(node.where(), id, "the number " + x + " has too many digits (at most " + MAX_DIGITS
                            + " before and after the decimal point)");
                    return null;
                }
                BigDecimal min = question.min() == null ? null : BigDecimal.valueOf(question.min());
                BigDecimal max = question.max() == null ? null : BigDecimal.valueOf(question.max());
                if (question.type() == QuestionType.PERCENT) {
                    min = min == null || min.compareTo(BigDecimal.ZERO) < 0 ? BigDecimal.ZERO : min;
                    max = max == null || max.compareTo(BigDecimal.valueOf(100)) > 0 ? BigDecimal.valueOf(100) : max;
                }
                if (min != null && x.compareTo(min) < 0) {
                    problem(node.where(), id, "the number " + x.toPlainString() + " is below the minimum "
                            + plain(min));
                    return null;
                }
                if (max != null && x.compareTo(max) > 0) {
                    problem(node.where(), id, "the number " + x.toPlainString() + " is above the maximum "
                            + plain(max));
                    return null;
                }
                return new AnswerValue.NumberValue(x);
            }
            case TEXT: {
                if (!(node instanceof StringNode text)) {
                    problem(node.where(), id, "the answer is a text, found " + node.kind());
                    return null;
                }
                return new AnswerValue.TextValue(text.text());
            }
            default:
                return null;
        }
    }

    private List<Participant> participants(ObjectNode top) {
        ArrayNode list = array(top, "participants", "participants");
        List<Participant> participants = new ArrayList<>();
        if (list == null) {
            return participants;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Node item : list.items()) {
            if (!(item instanceof ObjectNode participant)) {
                problem(item.where(), null, "a participant is an object {\"id\": ..., \"name\": ..., \"role\": ...}, found "
                        + item.kind());
                continue;
            }
            int before = problems.size();
            checkKeys(participant, PARTICIPANT_KEYS, "a participant", null);
            String id = text(participant, "id", "participants.id", null, true);
            String name = text(participant, "name", "participants.name", null, true);
            String role = text(participant, "role", "participants.role", null, false);
            String group = text(participant, "group", "participants.group", null, false);
            Boolean removed = bool(participant, "removed", "participants.removed", null);
            if (id != null && !ids.add(id)) {
                problem(participant.get("id").where(), null, "participant " + quoted(id) + " is listed twice");
            }
            if (problems.size() == before) {
                participants.add(new Participant(id, name, role, group, Boolean.TRUE.equals(removed)));
            }
        }
        return participants;
    }

    private List<Vote> votes(ObjectNode top, List<Participant> participants) {
        ObjectNode node = object(top, "votes", "votes", false);
        List<Vote> votes = new ArrayList<>();
        if (node == null) {
            return votes;
        }
        duplicates(node, "votes", true);
        Set<String> participantIds = participants.stream().map(Participant::id).collect(Collectors.toSet());
        int highest = questionnaire.scale().highest();
        for (Field field : node.fields().values()) {
            String id = field.name();
            Optional<Question> question = Optional.ofNullable(questions.get(id));
            if (question.isEmpty()) {
                problem(field.where(), id, "votes for a question that is not in " + questionnaire.id() + " "
                        + questionnaire.version() + didYouMean(id, questions.keySet()));
                continue;
            }
            if (question.get().type() != QuestionType.MATURITY) {
                problem(field.where(), id, "votes are for maturity questions; this one is "
                        + question.get().type().fileName());
                continue;
            }
            if (!(field.value() instanceof ObjectNode byParticipant)) {
                problem(field.value().where(), id, "votes are an object participant id → level such as {\"p1\": 2}, found "
                        + field.value().kind());
                continue;
            }
            duplicates(byParticipant, "votes", false);
            for (Field vote : byParticipant.fields().values()) {
                if (!participantIds.contains(vote.name())) {
                    problem(vote.where(), id, "vote by " + quoted(vote.name())
                            + ", who is not among the participants");
                    continue;
                }
                Integer level = wholeNumber(vote.value(), 0, highest, "vote", id, "a maturity level from 0 to " + highest);
                if (level != null) {
                    votes.add(new Vote(id, vote.name(), level));
                }
            }
        }
        return votes;
    }

    private List<Action> actions(ObjectNode top) {
        ArrayNode list = array(top, "actions", "actions");
        List<Action> actions = new ArrayList<>();
        if (list == null) {
            return actions;
        }
        for (Node item : list.items()) {
            if (!(item instanceof ObjectNode action)) {
                problem(item.where(), null, "an action is an object {\"title\": ..., \"status\": ...}, found " + item.kind());
                continue;
            }
            int before = problems.size();
            checkKeys(action, ACTION_KEYS, "an action", null);
            String questionId = text(action, "question", "actions.question", null, false);
            if (questionId != null && !questions.containsKey(questionId)) {
                problem(action.get("question").where(), questionId, "an action refers to a question that is not in "
                        + questionnaire.id() + " " + questionnaire.version()
                        + didYouMean(questionId, questions.keySet()));
            }
            String title = text(action, "title", "actions.title", questionId, true);
            if (title != null && title.isBlank()) {
                problem(action.get("title").where(), questionId, "an action needs a title");
            }
            String owner = text(action, "owner", "actions.owner", questionId, false);
            LocalDate due = null;
            String dueText = text(action, "due", "actions.due", questionId, false);
            if (dueText != null) {
                try {
                    due = LocalDate.parse(dueText);
                } catch (DateTimeParseException e) {
                    problem(action.get("due").where(), questionId, "actions.due " + quoted(dueText)
                            + " is not a date such as 2027-06-30");
                }
            }
            ActionStatus status = null;
            String statusCode = text(action, "status", "actions.status", questionId, false);
            if (statusCode != null) {
                status = ActionStatus.fromCode(statusCode).orElse(null);
                if (status == null) {
                    problem(action.get("status").where(), questionId, "actions.status " + quoted(statusCode)
                            + " is unknown; use one of " + Arrays.stream(ActionStatus.values()).map(ActionStatus::code)
                            .collect(Collectors.joining(", ")));
                }
            }
            if (problems.size() == before) {
                actions.add(new Action(questionId, title, owner, due, status));
            }
        }
        return actions;
    }

    // ------------------------------------------------------------------ typed access

    private void checkKeys(ObjectNode object, List<String> allowed, String context, String questionId) {
        for (Field field : object.fields().values()) {
            if (!allowed.contains(field.name())) {
                problem(field.where(), questionId, "unknown key " + quoted(field.name()) + " in " + context
                        + didYouMean(field.name(), allowed) + "; known keys: " + String.join(", ", allowed));
            }
        }
        duplicates(object, context, false);
    }

    private void duplicates(ObjectNode object, String context, boolean keysAreQuestions) {
        for (Field field : object.duplicates()) {
            problem(field.where(), keysAreQuestions ? field.name() : null, "key " + quoted(field.name())
                    + " is given twice in " + context);
        }
    }

    private ObjectNode object(ObjectNode parent, String key, String path, boolean required) {
        Node node = parent.get(key);
        if (node == null || (!required && node instanceof NullNode)) {
            if (required) {
                problem(parent.where(), null, "\"" + path + "\" is missing");
            }
            return null;
        }
        if (node instanceof ObjectNode object) {
            return object;
        }
        problem(node.where(), null, path + " must be an object {...}, found " + node.kind());
        return null;
    }

    private ArrayNode array(ObjectNode parent, String key, String path) {
        Node node = parent.get(key);
        if (node == null || node instanceof NullNode) {
            return null;
        }
        if (node instanceof ArrayNode array) {
            return array;
        }
        problem(node.where(), null, path + " must be a list [...], found " + node.kind());
        return null;
    }

    private String text(ObjectNode parent, String key, String path, String questionId, boolean required) {
        Node node = parent.get(key);
        if (node == null || node instanceof NullNode) {
            if (required) {
                problem(parent.where(), questionId, "\"" + path + "\" is missing");
            }
            return null;
        }
        if (node instanceof StringNode text) {
            return text.text();
        }
        problem(node.where(), questionId, path + " must be a text, found " + node.kind());
        return null;
    }

    private Boolean bool(ObjectNode parent, String key, String path, String questionId) {
        Node node = parent.get(key);
        if (node == null || node instanceof NullNode) {
            return null;
        }
        if (node instanceof BooleanNode bool) {
            return bool.value();
        }
        problem(node.where(), questionId, path + " must be true or false, found " + node.kind());
        return null;
    }

    private Instant instant(ObjectNode parent, String key, String path, String questionId) {
        String text = text(parent, key, path, questionId, false);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            problem(parent.get(key).where(), questionId, path + " " + quoted(text)
                    + " is not a date and time such as 2026-11-26T09:30:00Z");
            return null;
        }
    }

    private Integer wholeNumber(Node node, int min, int max, String path, String questionId, String expected) {
        if (!(node instanceof NumberNode number) || !number.integral()) {
            problem(node.where(), questionId, path + " must be " + expected + ", found "
                    + (node instanceof NumberNode n ? n.number().toPlainString() : node.kind()));
            return null;
        }
        BigDecimal x = number.number();
        if (x.compareTo(BigDecimal.valueOf(min)) < 0 || x.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(node.where(), questionId, path + " must be " + expected + ", found " + x.toPlainString());
            return null;
        }
        return x.intValueExact();
    }

    // ------------------------------------------------------------------ messages

    private void problem(Where where, String questionId, String message) {
        problems.add(new FileProblem(file, where.line(), where.column(), questionId, message));
    }

    private AssessmentFileException failure() {
        List<FileProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
        return new AssessmentFileException(sorted);
    }

    private static boolean fitsDigits(BigDecimal x) {
        return x.scale() <= MAX_DIGITS && x.precision() - x.scale() <= MAX_DIGITS;
    }

    private static String plain(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }

    private static String optionIds(Question question) {
        return question.options().stream().map(Option::id).collect(Collectors.joining(", "));
    }

    private static String unknownOption(Question question, String optionId) {
        return "option " + quoted(optionId) + " does not exist" + didYouMean(optionId,
                question.options().stream().map(Option::id).toList()) + "; options: " + optionIds(question);
    }

    private static String shown(Node node) {
        return node instanceof StringNode text ? quoted(text.text()) : node.kind();
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    /** " (did you mean "x"?)" when a known name is a likely typo of {@code typed}, else "". */
    static String didYouMean(String typed, Collection<String> known) {
        return Suggestions.closest(typed, known).map(s -> " (did you mean " + quoted(s) + "?)").orElse("");
    }
}
