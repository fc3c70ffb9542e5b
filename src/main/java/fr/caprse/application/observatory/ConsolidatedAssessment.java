package fr.caprse.application.observatory;

import fr.caprse.domain.assessment.Organisation;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One assessment read, in the few fields a consolidation keeps in memory (its answers wait on disk):
 * where it came from, the profile, the period, the questionnaire version and content hash it was
 * answered with, and its scores computed on that version.
 *
 * @param themeIds the themes of its questionnaire version, in order
 * @param themeScores theme id → score (absent when the theme is not scored)
 */
public record ConsolidatedAssessment(String source, InputKind kind, Organisation organisation, String period,
                                     Instant modified, String questionnaireId, String questionnaireVersion,
                                     String questionnaireHash, Double overall, Integer level, Double completion,
                                     List<String> themeIds, Map<String, Double> themeScores, AnswerSpill.Block answers) {

    public ConsolidatedAssessment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(organisation, "organisation");
        themeIds = List.copyOf(themeIds);
        themeScores = Map.copyOf(themeScores);
    }

    /** The organisation as duplicates are found: its registry id when it has one, else its normalised name. */
    public String organisationKey() {
        return organisationKey(organisation.registryId(), organisation.name());
    }

    static String organisationKey(String registryId, String name) {
        if (registryId != null && !registryId.isBlank()) {
            return "id:" + registryId.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        }
        return "name:" + normalisedName(name);
    }

    /** Lower case, without accents, punctuation or repeated spaces: "Les Jardins  de l’Été" → "les jardins de l ete". */
    static String normalisedName(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        return PUNCTUATION.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ")
                .strip();
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
}
