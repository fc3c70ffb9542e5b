package fr.caprse.domain.workshop;

import fr.caprse.domain.questionnaire.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The questions on which the room disagreed most: widest span of votes first, then questionnaire order. */
public final class Disagreements {

    /** A question with its votes' spread. */
    public record Disagreement(Question question, VoteSpread spread) {
    }

    private Disagreements() {
    }

    /** Every voted question with a span of one level or more, most divergent first. */
    public static List<Disagreement> of(Workshop workshop) {
        List<Disagreement> list = new ArrayList<>();
        for (Question question : workshop.votingQuestions()) {
            VoteSpread spread = workshop.spread(question.id());
            if (spread.span() > 0) {
                list.add(new Disagreement(question, spread));
            }
        }
        // stable sort: equal spans keep questionnaire order
        list.sort(Comparator.comparingInt((Disagreement d) -> d.spread().span()).reversed());
        return list;
    }
}
