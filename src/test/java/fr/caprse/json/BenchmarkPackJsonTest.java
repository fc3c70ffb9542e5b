package fr.caprse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.benchmark.Band;
import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.domain.benchmark.Grouping;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkPackJsonTest {

    static BenchmarkPack pack(int groupSize) {
        return new BenchmarkPack("rse-rso", List.of("1.0.0"), "Réseau", Instant.parse("2026-11-20T10:00:00Z"), 5,
                Grouping.SIZE, new BenchmarkPack.Group("", 12, new Band(12, 50, 40, 50, 60),
                Map.of("gov", new Band(12, 51, 41, 52, 63))),
                Map.of("small", new BenchmarkPack.Group("small", groupSize, new Band(groupSize, 45, 35, 44, 58),
                        Map.of("gov", new Band(groupSize, 52, 40, 50, 70)))));
    }

    @Test
    void aPackReadsBackAsWritten() throws Exception {
        byte[] bytes = BenchmarkPackJson.write(pack(7));
        assertThat(BenchmarkPackJson.read(bytes, "p.json")).isEqualTo(pack(7));
        assertThat(BenchmarkPackJson.write(BenchmarkPackJson.read(bytes, "p.json"))).isEqualTo(bytes);
    }

    @Test
    void aPackHoldingAGroupUnderItsOwnMinimumIsRefused() {
        byte[] bytes = BenchmarkPackJson.write(pack(3));
        assertThatThrownBy(() -> BenchmarkPackJson.read(bytes, "p.json"))
                .isInstanceOf(BenchmarkPackJson.PackException.class)
                .hasMessage("p.json: groups[0]: a group of 3 organisations, under the pack's own minimum of 5; such a "
                        + "group could reveal one organisation's scores: the pack is refused");
    }

    @Test
    void eachWrongValueIsNamedWhereItIs() {
        String good = new String(BenchmarkPackJson.write(pack(7)), StandardCharsets.UTF_8);
        assertRefused(good.replace("\"min_group\" : 5", "\"min_group\" : 5.5"), "p.json: min_group: expected a whole number");
        assertRefused(good.replace("\"min_group\" : 5", "\"min_group\" : 5000000000"), "p.json: min_group: expected a whole number");
        assertRefused(good.replace("\"min_group\" : 5", "\"min_group\" : \"5\""), "p.json: min_group: expected a whole number");
        assertRefused(good.replace("\"q1\" : 35.0", "\"q1\" : 135.0"), "p.json: groups[0].overall.q1: expected a score from 0 to 100");
        assertRefused(good.replace("\"q1\" : 35.0", "\"q1\" : null"), "p.json: groups[0].overall.q1: expected a score from 0 to 100");
        assertRefused(good.replace("\"id\" : \"rse-rso\"", "\"id\" : [ ]"), "p.json: questionnaire.id: missing (expected a text)");
        assertRefused(good.replace("\"key\" : \"small\"", "\"key\" : \"\""), "p.json: groups[0].key: missing (expected a text)");
        assertRefused("{\"format\": \"cap-rse/benchmarks@1\", \"questionnaire\": 3}", "p.json: questionnaire: missing (expected an object)");
        assertRefused(good.replace("\"generated\" : \"2026-11-20T10:00:00Z\"", "\"generated\" : \"yesterday\""),
                "p.json: generated: \"yesterday\" is not a UTC time such as 2026-11-26T09:30:00Z");
        assertRefused(good.replace("\"gov\" : {", "\"gov\" : 3, \"x\" : {"), "p.json: all.themes.gov: expected an object with count, mean, q1, median, q3");
    }

    @Test
    void nullsAndUnknownKeysAreLeftAside() throws Exception {
        String good = new String(BenchmarkPackJson.write(pack(7)), StandardCharsets.UTF_8);
        String loose = good.replace("\"title\" : \"Réseau\"", "\"title\" : null, \"note\" : {\"any\" : [1, true, null]}");
        BenchmarkPack read = BenchmarkPackJson.read(loose.getBytes(StandardCharsets.UTF_8), "p.json");
        assertThat(read.title()).isEmpty();
        assertThat(read.groups()).isEqualTo(pack(7).groups());
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> BenchmarkPackJson.read(json.getBytes(StandardCharsets.UTF_8), "p.json"))
                .isInstanceOf(BenchmarkPackJson.PackException.class).hasMessage(message);
    }

    @Test
    void somethingElseIsNotAPack() {
        assertThatThrownBy(() -> BenchmarkPackJson.read("{\"format\": \"cap-rse/assessment@1\"}"
                .getBytes(StandardCharsets.UTF_8), "a.json")).hasMessageContaining("not a Cap RSE benchmark pack");
        assertThatThrownBy(() -> BenchmarkPackJson.read("[1, 2".getBytes(StandardCharsets.UTF_8), "b.json"))
                .hasMessageStartingWith("b.json: not a benchmark pack (not valid JSON");
    }
}
