package fr.caprse.domain.questionnaire;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire as loaded from its file. {@code contentHash} is the SHA-256 of the file's bytes
 * (hex), so an assessment can tell exactly which content it was answered with. {@code legalAsOf} is the
 * date its statements of the law were last checked (null when it states none).
 */
public record Questionnaire(String id, String version, List<String> languages, Text title, Text description,
                            Scale scale, List<Theme> themes, String contentHash, LocalDate legalAsOf) {

    /** A questionnaire that states no date for its legal statements. */
    public Questionnaire(String id, String version, List<String> languages, Text title, Text description,
                         Scale scale, List<Theme> themes, String contentHash) {
        this(id, version, languages, title, description, scale, themes, contentHash, null);
    }

    /**
     * The date the questionnaire's statements of the law are known right as of: the oldest of
     * {@code legalAsOf} and its themes' legal baseline dates; empty when it states no date.
     */
    public Optional<LocalDate> legalValidAsOf() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(legalAsOf),
                themes.stream().map(Theme::legalBaseline).filter(b -> !b.isEmpty()).map(LegalBaseline::asOf))
                .min(LocalDate::compareTo);
    }

    public Questionnaire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        languages = List.copyOf(languages);
        title = Objects.requireNonNullElse(title, Text.EMPTY);
        description = Objects.requireNonNullElse(description, Text.EMPTY);
        Objects.requireNonNull(scale, "scale");
        themes = List.copyOf(themes);
        contentHash = Objects.requireNonNullElse(contentHash, "");
    }

    /** Every question, in questionnaire order. */
    public List<Question> questions() {
        return themes.stream().flatMap(t -> t.questions().stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(index().get(questionId));
    }

    public Optional<Theme> theme(String themeId) {
        return themes.stream().filter(t -> t.id().equals(themeId)).findFirst();
    }

    /** The theme a question belongs to. */
    public Optional<Theme> themeOf(String questionId) {
        return themes.stream().filter(t -> t.questions().stream().anyMatch(q -> q.id().equals(questionId))).findFirst();
    }

    /** Questions by id, in questionnaire order. */
    public Map<String, Question> index() {
        Map<String, Question> index = new LinkedHashMap<>();
        for (Question question : questions()) {
            index.putIfAbsent(question.id(), question);
        }
        return Collections.unmodifiableMap(index);
    }

    public long scoredQuestionCount() {
        return questions().stream().filter(q -> q.isScored(scale)).count();
    }
}
