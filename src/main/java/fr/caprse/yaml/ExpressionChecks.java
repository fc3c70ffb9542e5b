package fr.caprse.yaml;

import fr.caprse.platform.Suggestions;

import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.expression.Expression;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.platform.Said;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Checks what a single expression cannot know by itself: that each {@code org.} field exists, that each
 * {@code answer.} names a question of the file, that a formula reads only numeric answers, and that no
 * question depends on itself through {@code applies_when} and {@code formula}.
 */
final class ExpressionChecks {

    /** What a question contributes to the checks; the expressions are null when absent or unreadable. */
    record Draft(String id, QuestionType type, List<Option> options, Node idNode, Node appliesWhenNode,
                 Expression appliesWhen, Node formulaNode, Expression formula) {
    }

    /** The types whose value is a number in expressions. */
    static final Set<QuestionType> NUMERIC = EnumSet.of(QuestionType.NUMBER, QuestionType.PERCENT,
            QuestionType.MATURITY, QuestionType.COMPUTED);

    private final NodeReader read;
    private final Problems problems;
    private final List<Draft> drafts;
    private final Map<String, Draft> byId = new LinkedHashMap<>();

    ExpressionChecks(NodeReader read, List<Draft> drafts) {
        this.read = read;
        this.problems = read.problems();
        this.drafts = drafts;
        for (Draft draft : drafts) {
            byId.putIfAbsent(draft.id(), draft);
        }
    }

    void check() {
        for (Draft draft : drafts) {
            names(draft, draft.appliesWhenNode(), draft.appliesWhen(), "applies_when");
            names(draft, draft.formulaNode(), draft.formula(), "formula");
            numericFormula(draft);
            new ValueChecks(this, draft, draft.appliesWhenNode(), draft.appliesWhen(), "applies_when").check();
            new ValueChecks(this, draft, draft.formulaNode(), draft.formula(), "formula").check();
        }
        cycles();
    }

    /** The question of this file with that id, or null. */
    Draft question(String id) {
        return byId.get(id);
    }

    /** Reports at an offset inside the expression's text. */
    void atOffset(Node node, int offset, Said message) {
        int[] position = read.positionIn(node, offset);
        problems.at(position[0], position[1], message);
    }

    private void names(Draft draft, Node node, Expression expression, String what) {
        if (expression == null) {
            return;
        }
        String where = "question '" + draft.id() + "': " + what;
        for (String field : expression.orgFields()) {
            if (!Organisation.FIELDS.contains(field)) {
                Said suggestion = Suggestions.closest(field, Organisation.FIELDS).map(s -> Said.of("yaml.did-you-mean",
                        " (did you mean 'org." + s + "'?)", "org." + s)).orElse(Said.english(""));
                at(node, expression, "org." + field, Said.of("yaml.org-field-unknown", where + ": unknown organisation field 'org."
                        + field + "'" + suggestion + "; fields: " + String.join(", ", Organisation.FIELDS),
                        draft.id(), what, "org." + field, suggestion, String.join(", ", Organisation.FIELDS)));
            }
        }
        for (String id : expression.answerIds()) {
            if (!byId.containsKey(id)) {
                Said suggestion = Suggestions.closest(id, byId.keySet()).map(s -> Said.of("yaml.did-you-mean",
                        " (did you mean 'answer." + s + "'?)", "answer." + s)).orElse(Said.english(""));
                at(node, expression, "answer." + id, Said.of("yaml.answer-unknown", where + ": 'answer." + id
                        + "' names no question of this file" + suggestion, draft.id(), what, "answer." + id, suggestion));
            }
        }
    }

    private void numericFormula(Draft draft) {
        if (draft.formula() == null) {
            return;
        }
        for (String id : draft.formula().answerIds()) {
            Draft used = byId.get(id);
            if (used != null && !NUMERIC.contains(used.type())) {
                at(draft.formulaNode(), draft.formula(), "answer." + id, Said.of("yaml.formula-not-numeric", "question '"
                        + draft.id() + "': formula uses 'answer." + id + "', a " + used.type().fileName()
                        + " question; a formula computes with numeric answers only (number, percent, maturity, computed)",
                        draft.id(), "answer." + id, used.type().fileName()));
            }
        }
    }

    /** Reports each cycle once, at the first question of the cycle in file order, naming the whole cycle. */
    private void cycles() {
        List<String> ids = new ArrayList<>(byId.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int[][] edges = new int[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            Draft draft = byId.get(ids.get(i));
            edges[i] = dependencies(draft).stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray();
        }
        for (int[] component : StronglyConnected.components(edges)) {
            int start = component[0];
            boolean selfLoop = contains(edges[start], start);
            if (component.length == 1 && !selfLoop) {
                continue;
            }
            List<Integer> path = selfLoop ? List.of(start, start) : cycleThrough(start, component, edges);
            StringBuilder names = new StringBuilder();
            for (int q : path) {
                names.append(names.isEmpty() ? "" : " → ").append(ids.get(q));
            }
            Draft first = byId.get(ids.get(start));
            String next = ids.get(path.get(1));
            boolean inApplies = first.appliesWhen() != null && first.appliesWhen().answerIds().contains(next);
            Node node = inApplies ? first.appliesWhenNode() : first.formulaNode();
            Expression expression = inApplies ? first.appliesWhen() : first.formula();
            at(node, expression, "answer." + next, Said.of("yaml.cycle", "question '" + first.id() + "': circular dependency "
                    + names + " (through applies_when and formula); a question cannot depend on itself, break the cycle",
                    first.id(), names.toString()));
        }
    }

    private static Set<String> dependencies(Draft draft) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        if (draft.appliesWhen() != null) {
            ids.addAll(draft.appliesWhen().answerIds());
        }
        if (draft.formula() != null) {
            ids.addAll(draft.formula().answerIds());
        }
        return ids;
    }

    /** A shortest path start → ... → start inside the component (breadth first). */
    private static List<Integer> cycleThrough(int start, int[] component, int[][] edges) {
        Set<Integer> inside = new java.util.HashSet<>();
        for (int q : component) {
            inside.add(q);
        }
        Map<Integer, Integer> previous = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            int q = queue.poll();
            for (int next : edges[q]) {
                if (next == start) {
                    List<Integer> path = new ArrayList<>();
                    path.add(start);
                    for (int at = q; at != start; at = previous.get(at)) {
                        path.add(1, at);
                    }
                    path.add(start);
                    return path;
                }
                if (inside.contains(next) && !previous.containsKey(next)) {
                    previous.put(next, q);
                    queue.add(next);
                }
            }
        }
        return List.of(start, start);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** Reports at {@code name} inside the expression's text when it can be found there, else at the value. */
    private void at(Node node, Expression expression, String name, Said message) {
        Matcher matcher = Pattern.compile(Pattern.quote(name) + "(?![a-z0-9_-])").matcher(expression.source());
        if (matcher.find()) {
            int[] position = read.positionIn(node, matcher.start());
            problems.at(position[0], position[1], message);
        } else {
            problems.at(node, message);
        }
    }
}
