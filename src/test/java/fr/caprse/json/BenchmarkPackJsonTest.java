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
    void somethingElseIsNotAPack() {
        assertThatThrownBy(() -> BenchmarkPackJson.read("{\"format\": \"cap-rse/assessment@1\"}"
                .getBytes(StandardCharsets.UTF_8), "a.json")).hasMessageContaining("not a Cap RSE benchmark pack");
        assertThatThrownBy(() -> BenchmarkPackJson.read("[1, 2".getBytes(StandardCharsets.UTF_8), "b.json"))
                .hasMessageStartingWith("b.json: not a benchmark pack (not valid JSON");
    }
}
