package fr.caprse.yaml;

import fr.caprse.domain.expression.Expression;
import fr.caprse.domain.expression.ExpressionException;
import fr.caprse.domain.expression.ExpressionParser;
import fr.caprse.domain.questionnaire.Bands;
import fr.caprse.domain.questionnaire.LegalBaseline;
import fr.caprse.domain.questionnaire.Level;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.ResultLevels;
import fr.caprse.domain.questionnaire.Scale;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.platform.Said;
import fr.caprse.platform.Suggestions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Maps a questionnaire's node tree to the domain records, checking it against the format on the way:
 * keys, types, ids, translations, the scale, options, bands, expressions and the dependencies between
 * questions. Every problem is reported; the questionnaire is built only when there is none.
 */
final class QuestionnaireReader {

    static final List<String> TOP_KEYS = List.of("id", "version", "languages", "title", "description", "legal_as_of",
            "scale", "themes");
    static final List<String> TOP_REQUIRED = List.of("id", "version", "languages", "title", "scale", "themes");
    static final List<String> SCALE_KEYS = List.of("levels", "results");
    static final List<String> SCALE_REQUIRED = List.of("levels");
    static final List<String> RESULT_KEYS = List.of("from", "label");
    static final List<String> LEVEL_KEYS = List.of("value", "label", "description");
    static final List<String> LEVEL_REQUIRED = List.of("value", "label");
    static final List<String> LEVEL_OVERRIDE_KEYS = List.of("value", "description");
    static final List<String> THEME_KEYS = List.of("id", "title", "description", "weight", "references",
            "legal_baseline", "questions");
    static final List<String> LEGAL_BASELINE_KEYS = List.of("as_of", "items");
    static final List<String> LEGAL_BASELINE_REQUIRED = List.of("items");
    static final List<String> THEME_REQUIRED = List.of("id", "title", "questions");
    static final List<String> QUESTION_KEYS = List.of("id", "type", "text", "help", "weight", "na", "required",
            "applies_when", "options", "max_points", "unit", "min", "max", "bands", "formula", "references",
            "recommendation", "levels");
    static final List<String> QUESTION_REQUIRED = List.of("id", "type", "text");
    static final List<String> OPTION_KEYS = List.of("id", "label", "points");
    static final List<String> BAND_KEYS = List.of("at_least", "at_most", "points");

    /** Semantic versioning 2.0.0, e.g. 1.0.0, 2.1.0-draft.1. */
    static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private static final String TYPES = Arrays.stream(QuestionType.values()).map(QuestionType::fileName)
            .collect(Collectors.joining(", "));

    private final NodeReader read;
    private final Problems problems;
    private List<String> languages;
    private Scale scale;
    private LocalDate legalAsOf;
    private final Map<String, Node> themeIds = new HashMap<>();
    private final Map<String, Node> questionIds = new HashMap<>();
    private final List<ExpressionChecks.Draft> drafts = new ArrayList<>();

    QuestionnaireReader(NodeReader read) {
        this.read = read;
        this.problems = read.problems();
    }

    /** The questionnaire, or null when the file has any problem (all of them reported). */
    Questionnaire read(Node root, String contentHash) {
        NodeReader.Fields top = read.fields(root, "the questionnaire", TOP_KEYS, TOP_REQUIRED);
        if (top == null) {
            return null;
        }
        languages = top.has("languages") ? languages(top.get("languages")) : null;
        String id = top.has("id") ? read.slug(top.get("id"), "questionnaire", "id") : null;
        String version = top.has("version") ? version(top.get("version")) : null;
        Text title = top.has("title") ? read.text(top.get("title"), "questionnaire", "title", languages) : null;
        Text description = top.has("description")
                ? read.text(top.get("description"), "questionnaire", "description", languages) : Text.EMPTY;
        legalAsOf = top.has("legal_as_of") ? date(top.get("legal_as_of"), "questionnaire", "legal_as_of") : null;
        scale = top.has("scale") ? scale(top.get("scale")) : null;
        List<Theme> themes = top.has("themes") ? themes(top.get("themes")) : null;
        new ExpressionChecks(read, drafts).check();
        if (!problems.isEmpty()) {
            return null;
        }
        return new Questionnaire(id, version, languages, title, description, scale, themes, contentHash, legalAsOf);
    }

    private List<String> languages(Node node) {
        List<String> values = read.strings(node, "questionnaire", "languages");
        if (values == null) {
            return null;
        }
        List<Node> items = read.list(node, "questionnaire", "languages");
        if (values.isEmpty()) {
            problems.at(node, Said.of("yaml.languages-empty",
                    "questionnaire: languages must list at least one language, like [fr, en]"));
            return null;
        }
        int before = problems.count();
        for (int i = 0; i < values.size(); i++) {
            String language = values.get(i);
            if (!LANGUAGE.matcher(language).matches()) {
                problems.at(items.get(i), Said.of("yaml.language-code", "questionnaire: language '" + language
                        + "' must be a lower-case ISO 639 code such as fr or en", language));
            } else if (values.indexOf(language) < i) {
                problems.at(items.get(i), Said.of("yaml.language-twice", "questionnaire: language '" + language
                        + "' is listed twice", language));
            }
        }
        return problems.count() > before ? null : values;
    }

    private String version(Node node) {
        String value = read.string(node, "questionnaire", "version");
        if (value != null && !SEMVER.matcher(value).matches()) {
            boolean number = node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.FLOAT);
            Said hint = number ? Said.of("yaml.version-number", " (YAML reads " + value + " as a number)", value)
                    : Said.english("");
            problems.at(node, Said.of("yaml.version", "questionnaire: version '" + value
                    + "' must be a semantic version MAJOR.MINOR.PATCH such as 1.0.0" + hint, value, hint));
            return null;
        }
        return value;
    }

    private Scale scale(Node node) {
        int before = problems.count();
        NodeReader.Fields fields = read.fields(node, "scale", SCALE_KEYS, SCALE_REQUIRED);
        if (fields == null || !fields.has("levels")) {
            return null;
        }
        List<Node> items = read.list(fields.get("levels"), "scale", "levels");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problems.at(fields.get("levels"), "scale: levels must list at least one level (value 0)");
            return null;
        }
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            // levels are named by their value (the first is level 0), as the format and the screens name them
            String where = "scale level " + i;
            NodeReader.Fields level = read.fields(items.get(i), where, LEVEL_KEYS, LEVEL_REQUIRED);
            if (level == null) {
                continue;
            }
            Integer value = level.has("value") ? read.integer(level.get("value"), where, "value") : null;
            if (value != null && value != i) {
                problems.at(level.get("value"), Said.of("yaml.scale-order", "scale: level values must be 0, 1, 2 ... in "
                        + "order; expected " + i + " here, found " + value, Integer.toString(i), String.valueOf(value)));
            }
            Text label = level.has("label") ? read.text(level.get("label"), where, "label", languages) : null;
            Text description = level.has("description")
                    ? read.text(level.get("description"), where, "description", languages) : Text.EMPTY;
            if (problems.count() == before) {
                levels.add(new Level(i, label, description));
            }
        }
        ResultLevels results = fields.has("results") ? results(fields.get("results")) : ResultLevels.STANDARD;
        return problems.count() > before ? null : new Scale(levels, results);
    }

    /**
     * The questionnaire's own result levels: {@code {from: 0, label: ...}, {from: 34, label: ...}}, starting at
     * 0 and rising below 100; without them scores are named with the standard five levels.
     */
    private ResultLevels results(Node node) {
        List<Node> items = read.list(node, "scale", "results");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problems.at(node, "scale: results must list at least one result level, like {from: 0, label: {...}}; "
                    + "or remove results to use the standard five levels");
            return null;
        }
        int before = problems.count();
        List<ResultLevels.ResultLevel> levels = new ArrayList<>();
        Double previous = null;
        for (int i = 0; i < items.size(); i++) {
            String where = "scale result level " + i;
            NodeReader.Fields r = read.fields(items.get(i), where, RESULT_KEYS, RESULT_KEYS);
            if (r == null) {
                continue;
            }
            Double from = r.has("from") ? read.number(r.get("from"), where, "from") : null;
            if (from != null && i == 0 && from != 0) {
                problems.at(r.get("from"), Said.of("yaml.results-first", where + ": the first result level starts at 0 "
                        + "(from: 0), found " + NodeReader.format(from), where, NodeReader.format(from)));
            } else if (from != null && (from < 0 || from >= 100)) {
                problems.at(r.get("from"), Said.of("yaml.results-below-100", where + ": from " + NodeReader.format(from)
                        + ": a level must start below 100 (scores go from 0 to 100)", where, NodeReader.format(from)));
            } else if (from != null && previous != null && from <= previous) {
                problems.at(r.get("from"), Said.of("yaml.results-rising", where + ": from " + NodeReader.format(from)
                        + " must be above the level before (" + NodeReader.format(previous) + "); list the levels from the "
                        + "lowest score up", where, NodeReader.format(from), NodeReader.format(previous)));
            }
            Text label = r.has("label") ? read.text(r.get("label"), where, "label", languages) : null;
            if (problems.count() == before) {
                levels.add(new ResultLevels.ResultLevel(from, label));
            }
            previous = from != null ? from : previous;
        }
        return problems.count() > before ? null : new ResultLevels(levels);
    }

    private List<Theme> themes(Node node) {
        List<Node> items = read.list(node, "questionnaire", "themes");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problems.at(node, Said.of("yaml.themes-empty", "questionnaire: themes must list at least one theme"));
            return null;
        }
        List<Theme> themes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            themes.add(theme(items.get(i), i + 1));
        }
        return themes.contains(null) ? null : themes;
    }

    private Theme theme(Node node, int number) {
        int before = problems.count();
        String peeked = NodeReader.peekId(node);
        String where = peeked == null ? "theme " + number : "theme '" + peeked + "'";
        NodeReader.Fields fields = read.fields(node, where, THEME_KEYS, THEME_REQUIRED);
        if (fields == null) {
            return null;
        }
        String id = fields.has("id") ? read.slug(fields.get("id"), where, "id") : null;
        if (id != null) {
            Node first = themeIds.putIfAbsent(id, fields.get("id"));
            if (first != null) {
                problems.at(fields.get("id"), Said.of("yaml.theme-id-twice", where + ": the id '" + id
                        + "' is already used by the theme at line " + NodeReader.line(first) + "; theme ids must be unique",
                        where, id, Integer.toString(NodeReader.line(first))));
            }
        }
        Text title = fields.has("title") ? read.text(fields.get("title"), where, "title", languages) : null;
        Text description = fields.has("description")
                ? read.text(fields.get("description"), where, "description", languages) : Text.EMPTY;
        Double weight = fields.has("weight") ? read.nonNegative(fields.get("weight"), where, "weight") : Double.valueOf(1);
        List<String> references = fields.has("references")
                ? read.strings(fields.get("references"), where, "references") : List.of();
        LegalBaseline legalBaseline = fields.has("legal_baseline")
                ? legalBaseline(fields.get("legal_baseline"), where) : LegalBaseline.NONE;
        List<Question> questions = new ArrayList<>();
        if (fields.has("questions")) {
            List<Node> items = read.list(fields.get("questions"), where, "questions");
            if (items != null && items.isEmpty()) {
                problems.at(fields.get("questions"), Said.of("yaml.questions-empty",
                        where + ": questions must list at least one question", where));
            }
            if (items != null) {
                for (int i = 0; i < items.size(); i++) {
                    questions.add(question(items.get(i), where, i + 1));
                }
            }
        }
        if (problems.count() > before) {
            return null;
        }
        return new Theme(id, title, description, weight, references, questions, legalBaseline);
    }

    /**
     * A theme's {@code legal_baseline}: {@code items}, the legal obligations stated (texts), and
     * {@code as_of}, the date they were checked, which defaults to the questionnaire's {@code legal_as_of}.
     */
    private LegalBaseline legalBaseline(Node node, String where) {
        String what = where + ": legal_baseline";
        NodeReader.Fields fields = read.fields(node, what, LEGAL_BASELINE_KEYS, LEGAL_BASELINE_REQUIRED);
        if (fields == null) {
            return null;
        }
        int before = problems.count();
        LocalDate asOf = fields.has("as_of") ? date(fields.get("as_of"), what, "as_of") : legalAsOf;
        if (!fields.has("as_of") && legalAsOf == null) {
            problems.at(node, Said.of("yaml.legal-date-missing", what + " needs the date it was checked: give as_of: "
                    + "\"YYYY-MM-DD\" here or legal_as_of at the top of the file", what));
        }
        List<Text> items = new ArrayList<>();
        if (fields.has("items")) {
            List<Node> nodes = read.list(fields.get("items"), what, "items");
            if (nodes != null && nodes.isEmpty()) {
                problems.at(fields.get("items"), Said.of("yaml.legal-items-empty",
                        what + ": items must list at least one obligation", what));
            }
            if (nodes != null) {
                for (int i = 0; i < nodes.size(); i++) {
                    items.add(read.text(nodes.get(i), what, "item " + (i + 1), languages));
                }
            }
        }
        return problems.count() > before ? null : new LegalBaseline(asOf, items);
    }

    /** A calendar date written {@code YYYY-MM-DD} (quoted or not); null (reported) otherwise. */
    private LocalDate date(Node node, String where, String what) {
        String value = read.string(node, where, what);
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.at(node, Said.of("yaml.date", where + ": " + what + " '" + value
                + "' must be a date written YYYY-MM-DD, such as 2026-11-15", where, what, value));
        return null;
    }

    private Question question(Node node, String themeWhere, int number) {
        int before = problems.count();
        String peeked = NodeReader.peekId(node);
        String where = peeked == null ? "question " + number + " of " + themeWhere : "question '" + peeked + "'";
        NodeReader.Fields f = read.fields(node, where, QUESTION_KEYS, QUESTION_REQUIRED);
        if (f == null) {
            return null;
        }
        String id = f.has("id") ? read.slug(f.get("id"), where, "id") : null;
        if (id != null) {
            Node first = questionIds.putIfAbsent(id, f.get("id"));
            if (first != null) {
                problems.at(f.get("id"), Said.of("yaml.question-id-twice", where + ": the id '" + id
                        + "' is already used by the question at line " + NodeReader.line(first)
                        + "; question ids must be unique in the whole file", where, id, Integer.toString(NodeReader.line(first))));
            }
        }
        QuestionType type = f.has("type") ? type(f.get("type"), where) : null;
        Text text = f.has("text") ? read.text(f.get("text"), where, "text", languages) : null;
        Text help = f.has("help") ? read.text(f.get("help"), where, "help", languages) : Text.EMPTY;
        Double weight = f.has("weight") ? read.nonNegative(f.get("weight"), where, "weight") : Double.valueOf(1);
        Boolean na = f.has("na") ? read.bool(f.get("na"), where, "na") : Boolean.FALSE;
        Boolean required = f.has("required") ? read.bool(f.get("required"), where, "required") : Boolean.FALSE;
        List<String> references = f.has("references") ? read.strings(f.get("references"), where, "references") : List.of();
        Text recommendation = f.has("recommendation")
                ? read.text(f.get("recommendation"), where, "recommendation", languages) : Text.EMPTY;
        Expression appliesWhen = f.has("applies_when") ? expression(f.get("applies_when"), where, "applies_when") : null;

        List<Option> options = null;
        Double maxPoints = null;
        Text unit = Text.EMPTY;
        Double min = null;
        Double max = null;
        Bands bands = null;
        Expression formula = null;
        List<Level> levels = List.of();
        if (type != null) {
            boolean scored = weight == null || weight > 0;
            options = options(f, type, where, scored);
            maxPoints = maxPoints(f, type, where);
            if (maxPoints != null && options != null) {
                reachable(f, options, maxPoints, where);
            }
            boolean numeric = type.isNumeric();
            // a computed figure has a unit too (MWh per employee, tCO2e per M€): an extension of the contract
            if (onlyFor(f, "unit", numeric || type == QuestionType.COMPUTED, where,
                    "number, percent and computed questions")) {
                unit = read.textOrSame(f.get("unit"), where, "unit", languages);
            }
            if (onlyFor(f, "min", numeric, where, "number and percent questions")) {
                min = bound(f.get("min"), type, where, "min");
            }
            if (onlyFor(f, "max", numeric, where, "number and percent questions")) {
                max = bound(f.get("max"), type, where, "max");
            }
            if (min != null && max != null && min > max) {
                problems.at(f.get("max"), Said.of("yaml.max-below-min", where + ": max " + NodeReader.format(max)
                        + " is below min " + NodeReader.format(min), where, NodeReader.format(max), NodeReader.format(min)));
            }
            if (onlyFor(f, "bands", numeric, where, "number and percent questions")) {
                bands = bands(f.get("bands"), type, where);
            }
            if (onlyFor(f, "formula", type == QuestionType.COMPUTED, where, "computed questions")) {
                formula = expression(f.get("formula"), where, "formula");
            } else if (type == QuestionType.COMPUTED) {
                problems.at(f.node(), Said.of("yaml.formula-needed", where + ": a computed question needs a formula, such as "
                        + "formula: answer.energy-kwh / org.employees", where, "formula: answer.energy-kwh / org.employees"));
            }
            if (onlyFor(f, "levels", type == QuestionType.MATURITY, where, "maturity questions")) {
                levels = levels(f.get("levels"), where);
            }
        }
        if (id != null && type != null) {
            drafts.add(new ExpressionChecks.Draft(id, type, options, f.get("id"),
                    f.get("applies_when"), appliesWhen, f.get("formula"), formula));
        }
        if (problems.count() > before) {
            return null;
        }
        return new Question(id, type, text, help, weight, na, required, appliesWhen, options, maxPoints, unit,
                min, max, bands, formula, references, recommendation, levels);
    }

    private QuestionType type(Node node, String where) {
        String value = read.string(node, where, "type");
        if (value == null) {
            return null;
        }
        QuestionType type = QuestionType.fromFileName(value).orElse(null);
        if (type == null) {
            List<String> names = Arrays.stream(QuestionType.values()).map(QuestionType::fileName).toList();
            problems.at(node, Said.of("yaml.type-unknown", where + ": unknown type '" + value + "'"
                    + Suggestions.didYouMean(value, names) + "; types: " + TYPES, where, value,
                    NodeReader.didYouMean(value, names), TYPES));
        }
        return type;
    }

    /** Whether {@code key} is present and allowed; reports it when present on the wrong type. */
    private boolean onlyFor(NodeReader.Fields f, String key, boolean allowed, String where, String forWhom) {
        if (!f.has(key)) {
            return false;
        }
        if (!allowed) {
            // the kinds of question the key is for, said by their first word: number, computed, maturity, multiple
            String kinds = forWhom.substring(0, forWhom.indexOf(' ')).replace(",", "");
            problems.at(f.keyNode(key), Said.of("yaml.key-only-for", where + ": '" + key + "' is only for " + forWhom
                    + "; remove it", where, key, Said.of("yaml.for." + kinds, forWhom)));
            return false;
        }
        return true;
    }

    private List<Option> options(NodeReader.Fields f, QuestionType type, String where, boolean scored) {
        boolean takesOptions = type == QuestionType.SINGLE || type == QuestionType.MULTIPLE;
        if (!f.has("options")) {
            if (takesOptions) {
                problems.at(f.node(), Said.of("yaml.options-needed", where + ": a " + type.fileName()
                        + " question needs options: a list of {id, label, points}", where, type.fileName(),
                        "{id, label, points}"));
            }
            return null;
        }
        if (!takesOptions) {
            problems.at(f.keyNode("options"), Said.of(type == QuestionType.YESNO ? "yaml.options-yesno" : "yaml.options-only",
                    where + ": options are only for single and multiple questions"
                    + (type == QuestionType.YESNO ? " (a yesno question always has the options yes and no)" : "")
                    + "; remove them", where));
            return null;
        }
        List<Node> items = read.list(f.get("options"), where, "options");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problems.at(f.get("options"), Said.of("yaml.options-empty", where + ": options must list at least one option",
                    where));
            return null;
        }
        int before = problems.count();
        List<String> required = scored ? OPTION_KEYS : List.of("id", "label");
        Map<String, Node> ids = new HashMap<>();
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String peeked = NodeReader.peekId(items.get(i));
            String optionWhere = (peeked == null ? "option " + (i + 1) : "option '" + peeked + "'") + " of " + where;
            NodeReader.Fields o = read.fields(items.get(i), optionWhere, OPTION_KEYS, required);
            if (o == null) {
                continue;
            }
            String id = o.has("id") ? read.slug(o.get("id"), optionWhere, "id") : null;
            if (id != null) {
                Node first = ids.putIfAbsent(id, o.get("id"));
                if (first != null) {
                    problems.at(o.get("id"), Said.of("yaml.option-id-twice", optionWhere + ": the id '" + id
                            + "' is already used by the option at line " + NodeReader.line(first)
                            + "; option ids must be unique in a question", optionWhere, id,
                            Integer.toString(NodeReader.line(first))));
                }
            }
            Text label = o.has("label") ? read.text(o.get("label"), optionWhere, "label", languages) : null;
            Double points = o.has("points") ? read.nonNegative(o.get("points"), optionWhere, "points") : Double.valueOf(0);
            if (problems.count() == before) {
                options.add(new Option(id, label, points));
            }
        }
        return problems.count() > before ? null : options;
    }

    private Double maxPoints(NodeReader.Fields f, QuestionType type, String where) {
        if (!onlyFor(f, "max_points", type == QuestionType.MULTIPLE, where, "multiple questions")) {
            return null;
        }
        Double value = read.nonNegative(f.get("max_points"), where, "max_points");
        if (value != null && value == 0) {
            problems.at(f.get("max_points"), Said.of("yaml.max-points-zero", where + ": max_points of 0 leaves nothing to "
                    + "earn; remove it (the cap is then the sum of the options' points) or give a number above 0", where));
            return null;
        }
        return value;
    }

    /** Warns when max_points is above what ticking every option adds up to: the question never reaches 100 %. */
    private void reachable(NodeReader.Fields f, List<Option> options, double maxPoints, String where) {
        double all = options.stream().mapToDouble(Option::points).sum();
        if (maxPoints > all) {
            problems.warnAt(f.get("max_points"), Said.of("yaml.max-points-unreachable", where + ": max_points "
                    + NodeReader.format(maxPoints) + " is above what ticking every option adds up to ("
                    + NodeReader.format(all) + "), so this question can never reach 100 %; lower max_points to "
                    + NodeReader.format(all) + " or less, or remove it (the cap is then the sum of the options' points)",
                    where, NodeReader.format(maxPoints), NodeReader.format(all)));
        }
    }

    private Double bound(Node node, QuestionType type, String where, String what) {
        Double value = read.number(node, where, what);
        if (value != null && type == QuestionType.PERCENT && (value < 0 || value > 100)) {
            problems.at(node, Said.of("yaml.percent-range", where + ": " + what + " " + NodeReader.format(value)
                    + " is outside 0 to 100 (a percent question goes from 0 to 100)", where, what, NodeReader.format(value)));
            return null;
        }
        return value;
    }

    private Bands bands(Node node, QuestionType type, String where) {
        List<Node> items = read.list(node, where, "bands");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problems.at(node, where + ": bands must list at least one band, like {at_least: 50, points: 2}");
            return null;
        }
        int before = problems.count();
        Bands.Kind kind = null;
        Map<Double, Node> bounds = new HashMap<>();
        List<Bands.Band> bands = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String bandWhere = "band " + (i + 1) + " of " + where;
            NodeReader.Fields b = read.fields(items.get(i), bandWhere, BAND_KEYS, List.of("points"));
            if (b == null) {
                continue;
            }
            String key;
            if (b.has("at_least") && b.has("at_most")) {
                problems.at(b.keyNode("at_most"), Said.of("yaml.band-both", bandWhere
                        + ": a band has either at_least or at_most, not both", bandWhere));
                continue;
            } else if (b.has("at_least")) {
                key = "at_least";
            } else if (b.has("at_most")) {
                key = "at_most";
            } else {
                problems.at(b.node(), Said.of("yaml.band-bound-missing", bandWhere
                        + ": missing required key 'at_least' or 'at_most'", bandWhere));
                continue;
            }
            Bands.Kind bandKind = key.equals("at_least") ? Bands.Kind.AT_LEAST : Bands.Kind.AT_MOST;
            if (kind == null) {
                kind = bandKind;
            } else if (kind != bandKind) {
                problems.at(b.keyNode(key), Said.of("yaml.bands-mixed", bandWhere + ": bands mix at_least and at_most; use "
                        + "one kind for all the bands of a question", bandWhere));
                continue; // comparing its bound with bands of the other kind would only add a wrong message
            }
            Double bound = bound(b.get(key), type, bandWhere, key);
            if (bound != null) {
                Node first = bounds.putIfAbsent(bound, b.get(key));
                if (first != null) {
                    problems.at(b.get(key), Said.of("yaml.band-twice", bandWhere + ": another band already has " + key + " "
                            + NodeReader.format(bound) + " (line " + NodeReader.line(first) + ")", bandWhere, key,
                            NodeReader.format(bound), Integer.toString(NodeReader.line(first))));
                }
            }
            Double points = b.has("points") ? read.nonNegative(b.get("points"), bandWhere, "points") : null;
            if (problems.count() == before) {
                bands.add(new Bands.Band(bound, points));
            }
        }
        return problems.count() > before ? null : new Bands(kind, bands);
    }

    private List<Level> levels(Node node, String where) {
        List<Node> items = read.list(node, where, "levels");
        if (items == null) {
            return List.of();
        }
        int before = problems.count();
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String levelWhere = "level " + i + " of " + where;
            NodeReader.Fields l = read.fields(items.get(i), levelWhere, LEVEL_OVERRIDE_KEYS, LEVEL_OVERRIDE_KEYS);
            if (l == null) {
                continue;
            }
            Integer value = l.has("value") ? read.integer(l.get("value"), levelWhere, "value") : null;
            if (value != null && value != i) {
                problems.at(l.get("value"), Said.of("yaml.levels-order", where + ": levels must give the scale's values "
                        + "0, 1, 2 ... in order; expected " + i + " here, found " + value, where, Integer.toString(i),
                        String.valueOf(value)));
            } else if (value != null && scale != null && value > scale.highest()) {
                problems.at(l.get("value"), Said.of("yaml.level-off-scale", where + ": level " + value
                        + " is not on the scale (0 to " + scale.highest() + ")", where, Integer.toString(value),
                        Integer.toString(scale.highest())));
            }
            Text description = l.has("description")
                    ? read.text(l.get("description"), levelWhere, "description", languages) : null;
            if (problems.count() == before) {
                Text label = scale != null && i <= scale.highest() ? scale.level(i).label() : Text.EMPTY;
                levels.add(new Level(i, label, description));
            }
        }
        if (problems.count() == before && scale != null && levels.size() < scale.levels().size()) {
            problems.at(node, where + ": levels must give every value of the scale (0 to " + scale.highest()
                    + "); " + levels.size() + " found");
        }
        return problems.count() > before ? List.of() : levels;
    }

    private Expression expression(Node node, String where, String what) {
        String source = read.string(node, where, what);
        if (source == null) {
            return null;
        }
        try {
            Expression expression = ExpressionParser.parse(source);
            boolean condition = what.equals("applies_when");
            Expression.Kind kind = expression.kind();
            if (condition ? !kind.canBeCondition() : !kind.canBeNumber()) {
                Said gives = Said.of("yaml.kind." + kind.name().toLowerCase(java.util.Locale.ROOT), kind.described());
                problems.at(node, Said.of(condition ? "yaml.condition-expected" : "yaml.number-formula-expected", where
                        + ": " + what + " must give " + (condition ? "a condition (true/false), such as answer.q1 == 'yes'"
                        : "a number, such as answer.q1 / org.employees") + "; '" + source + "' gives " + kind.described(),
                        where, what, condition ? "answer.q1 == 'yes'" : "answer.q1 / org.employees", source, gives));
                return null;
            }
            return expression;
        } catch (ExpressionException e) {
            int[] at = read.positionIn(node, e.position());
            problems.at(at[0], at[1], where + ": " + what + ": " + withoutOffset(e.getMessage(), e.position()));
        } catch (RuntimeException e) {
            problems.at(node, where + ": " + what + " cannot be read: " + e);
        }
        return null;
    }

    /**
     * The parser's message without its " at 14" (an offset inside the expression): the problem already
     * carries the line and column.
     */
    static String withoutOffset(String message, int position) {
        return message == null ? "syntax error" : message.replaceAll(",? at " + position + "(?=$|[;:,)])", "");
    }

    /** The keys allowed in each kind of map of the format (the documentation test checks it names them all). */
    static Map<String, List<String>> allowedKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("questionnaire", TOP_KEYS);
        keys.put("scale", SCALE_KEYS);
        keys.put("scale level", LEVEL_KEYS);
        keys.put("scale result level", RESULT_KEYS);
        keys.put("theme", THEME_KEYS);
        keys.put("legal baseline", LEGAL_BASELINE_KEYS);
        keys.put("question", QUESTION_KEYS);
        keys.put("option", OPTION_KEYS);
        keys.put("band", BAND_KEYS);
        keys.put("question level", LEVEL_OVERRIDE_KEYS);
        return keys;
    }
}
