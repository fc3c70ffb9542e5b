package fr.caprse.domain.expression;

import java.util.HashMap;
import java.util.Map;

/** An evaluation context backed by two maps; a name absent from its map reads as null. */
final class MapContext implements EvaluationContext {

    private final Map<String, Object> org = new HashMap<>();
    private final Map<String, Object> answers = new HashMap<>();

    static MapContext empty() {
        return new MapContext();
    }

    MapContext org(String field, Object value) {
        org.put(field, value);
        return this;
    }

    MapContext answer(String questionId, Object value) {
        answers.put(questionId, value);
        return this;
    }

    @Override
    public Object org(String field) {
        return org.get(field);
    }

    @Override
    public Object answer(String questionId) {
        return answers.get(questionId);
    }

    /** The answers and profile fields, in key order, so that a failing property shows the case it failed on. */
    @Override
    public String toString() {
        return "answers " + new java.util.TreeMap<>(answers) + ", org " + new java.util.TreeMap<>(org);
    }
}
