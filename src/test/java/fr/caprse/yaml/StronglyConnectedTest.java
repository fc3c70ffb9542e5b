package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StronglyConnectedTest {

    @Test
    void findsCyclesAndLeavesTheRestAlone() {
        int[][] edges = {{1}, {0}, {2}, {0, 4}, {}};
        assertThat(StronglyConnected.components(edges)).containsExactly(
                new int[] {0, 1}, new int[] {2}, new int[] {3}, new int[] {4});
    }

    @Test
    void aLongChainNeedsNoDeepStack() {
        int n = 200_000;
        int[][] edges = new int[n][];
        for (int i = 0; i < n; i++) {
            edges[i] = new int[] {(i + 1) % n};
        }
        List<int[]> components = StronglyConnected.components(edges);
        assertThat(components).hasSize(1);
        assertThat(components.get(0)).hasSize(n);
    }

    @Test
    void agreesWithMutualReachabilityOnRandomGraphs() {
        Random random = new Random(20261126L);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(12);
            int[][] edges = new int[n][];
            for (int i = 0; i < n; i++) {
                edges[i] = random.ints(random.nextInt(3), 0, n).toArray();
            }
            boolean[][] reach = reachability(edges);
            List<int[]> components = StronglyConnected.components(edges);
            int[] componentOf = new int[n];
            for (int c = 0; c < components.size(); c++) {
                for (int member : components.get(c)) {
                    componentOf[member] = c;
                }
            }
            assertThat(components.stream().mapToInt(c -> c.length).sum()).isEqualTo(n);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    boolean together = componentOf[a] == componentOf[b];
                    assertThat(together).as("%d and %d in %s", a, b, Arrays.deepToString(edges))
                            .isEqualTo(a == b || reach[a][b] && reach[b][a]);
                }
            }
        }
    }

    private static boolean[][] reachability(int[][] edges) {
        int n = edges.length;
        boolean[][] reach = new boolean[n][n];
        for (int start = 0; start < n; start++) {
            List<Integer> todo = new ArrayList<>(List.of(start));
            while (!todo.isEmpty()) {
                int at = todo.remove(todo.size() - 1);
                for (int next : edges[at]) {
                    if (!reach[start][next]) {
                        reach[start][next] = true;
                        todo.add(next);
                    }
                }
            }
        }
        return reach;
    }
}
