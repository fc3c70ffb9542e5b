package fr.caprse.application.observatory;

import fr.caprse.i18n.I18n;
import fr.caprse.domain.benchmark.Band;
import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.domain.benchmark.Statistics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the anonymous benchmark pack of a consolidation: the quartiles of every theme and of the
 * overall score, for all organisations and for each group of at least {@code minGroup} distinct
 * organisations. A smaller group is left out whole; inside a group, a theme scored by fewer than
 * {@code minGroup} organisations is left out too. No minimum or maximum is ever handed back.
 */
final class BenchmarkPacks {

    /** The pack (null when even all organisations together are too few), what was left out, and why. */
    record Built(BenchmarkPack pack, List<String> leftOut, String problem) {
    }

    private BenchmarkPacks() {
    }

    static Built build(String questionnaireId, List<String> versions, String title, Instant generated, int minGroup,
                       Aggregation.Statistics statistics, I18n texts) {
        if (statistics.all.organisations() < minGroup) {
            return new Built(null, List.of(), texts.get("observatory.pack.too-few",
                    Integer.toString(statistics.all.organisations()), Integer.toString(minGroup)));
        }
        List<String> leftOut = new ArrayList<>();
        BenchmarkPack.Group all = group(statistics.all, "", minGroup);
        Map<String, BenchmarkPack.Group> groups = new LinkedHashMap<>();
        for (Aggregation.Statistics.Section section : statistics.groups) {
            if (section.key().isEmpty()) {
                continue;
            }
            if (section.organisations() < minGroup) {
                leftOut.add(texts.get("observatory.pack.left-out", texts.get("observatory.by." + statistics.by.code()),
                        section.label(), section.organisations()));
                continue;
            }
            groups.put(section.key(), group(section, section.label(), minGroup));
        }
        return new Built(new BenchmarkPack(questionnaireId, versions, title, generated, minGroup, statistics.by, all,
                groups), leftOut, null);
    }

    private static BenchmarkPack.Group group(Aggregation.Statistics.Section section, String label, int minGroup) {
        Map<String, Band> themes = new LinkedHashMap<>();
        Band overall = null;
        for (Map.Entry<String, Statistics> theme : section.themes().entrySet()) {
            Statistics s = theme.getValue();
            if (s.count() == 0 || section.organisationsPerTheme().get(theme.getKey()) < minGroup) {
                continue;
            }
            if (Aggregation.Statistics.OVERALL.equals(theme.getKey())) {
                overall = Band.of(s);
            } else {
                themes.put(theme.getKey(), Band.of(s));
            }
        }
        return new BenchmarkPack.Group(label, section.organisations(), overall, themes);
    }
}
