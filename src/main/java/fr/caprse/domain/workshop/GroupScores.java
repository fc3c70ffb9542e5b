package fr.caprse.domain.workshop;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How each stakeholder group sees the organisation: theme scores computed from that group's votes only
 * ("how management sees us" against "how the employees see us").
 *
 * <p>For a group G and a theme T: the questions counted are T's maturity questions that count in the
 * assessment's own score (weight above 0, applicable to the organisation, not answered N/A by the room)
 * and on which at least one member of G voted. G's view of such a question is the median of its members'
 * votes (the mean of the two middle votes for an even number), so s<sub>G</sub> = median / highest level.
 * Score<sub>G</sub>(T) = 100 × Σ w·s<sub>G</sub> / Σ w over those questions; no such question: not
 * scored (null). Overall<sub>G</sub> = Σ W·Score / Σ W over G's scored themes, as for the assessment.
 * Participants without a group count in "other"; a removed participant's votes still count.
 */
public final class GroupScores {

    /** One group's theme scores (theme id → score from 0 to 100, null when not scored), in theme order. */
    public record GroupScore(String group, List<String> participantIds, Map<String, Double> themes, Double overall,
                             Map<String, Integer> votedQuestions) {
        public GroupScore {
            Objects.requireNonNull(group, "group");
            participantIds = List.copyOf(participantIds);
            themes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(themes));
            votedQuestions = Map.copyOf(votedQuestions);
        }

        public Double theme(String themeId) {
            return themes.get(themeId);
        }
    }

    private GroupScores() {
    }

    /**
     * The scores of every group that has at least one participant, listed groups first in their order.
     * {@code answers} are the assessment's (consensus) answers: they decide which questions apply.
     */
    public static List<GroupScore> of(Workshop workshop, Organisation organisation, Map<String, Answer> answers) {
        Questionnaire questionnaire = workshop.questionnaire();
        Evaluation evaluation = Evaluation.of(questionnaire, organisation, answers);
        int highest = questionnaire.scale().highest();
        TreeSet<String> groups = new TreeSet<>(fr.caprse.domain.assessment.StakeholderGroup::compareCodes);
        for (Participant participant : workshop.participants()) {
            groups.add(participant.groupOrOther());
        }
        List<GroupScore> result = new ArrayList<>();
        for (String group : groups) {
            List<String> members = workshop.participants().stream()
                    .filter(p -> p.groupOrOther().equals(group)).map(Participant::id).toList();
            Map<String, Double> themeScores = new LinkedHashMap<>();
            Map<String, Integer> votedQuestions = new LinkedHashMap<>();
            double weightedThemes = 0;
            double themeWeights = 0;
            for (Theme theme : questionnaire.themes()) {
                double weightSum = 0;
                double weightedSum = 0;
                int counted = 0;
                for (Question question : theme.questions()) {
                    if (!counts(question, evaluation)) {
                        continue;
                    }
                    List<Integer> levels = new ArrayList<>();
                    workshop.votesOn(question.id()).forEach((participant, level) -> {
                        if (members.contains(participant)) {
                            levels.add(level);
                        }
                    });
                    if (levels.isEmpty()) {
                        continue;
                    }
                    double median = VoteSpread.of(levels, highest).median();
                    weightSum += question.weight();
                    weightedSum += question.weight() * (median / highest);
                    counted++;
                }
                Double score = weightSum > 0 ? Math.min(100, 100 * weightedSum / weightSum) : null;
                themeScores.put(theme.id(), score);
                votedQuestions.put(theme.id(), counted);
                if (score != null) {
                    weightedThemes += theme.weight() * score;
                    themeWeights += theme.weight();
                }
            }
            Double overall = themeWeights > 0 ? Math.min(100, weightedThemes / themeWeights) : null;
            result.add(new GroupScore(group, members, themeScores, overall, votedQuestions));
        }
        return result;
    }

    /** Whether a question counts in a group's score: a maturity question that counts in the assessment's. */
    static boolean counts(Question question, Evaluation evaluation) {
        return question.type() == QuestionType.MATURITY && question.weight() > 0
                && question.highestPoints(evaluation.questionnaire().scale()) > 0
                && evaluation.applies(question.id()) && !evaluation.isAnsweredNotApplicable(question.id());
    }
}
