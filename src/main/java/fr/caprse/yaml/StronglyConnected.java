package fr.caprse.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tarjan's strongly connected components, without recursion (a hostile file may chain many thousands of
 * questions). Each component is returned with its members in ascending order; components come in the
 * order of their smallest member.
 */
final class StronglyConnected {

    private StronglyConnected() {
    }

    static List<int[]> components(int[][] edges) {
        int n = edges.length;
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int stackSize = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        List<int[]> components = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = 0;
            index[root] = counter;
            low[root] = counter;
            counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callEdge[depth] < edges[v].length) {
                    int w = edges[v][callEdge[depth]++];
                    if (index[w] < 0) {
                        index[w] = counter;
                        low[w] = counter;
                        counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    if (low[v] == index[v]) {
                        List<Integer> members = new ArrayList<>();
                        int w;
                        do {
                            w = stack[--stackSize];
                            onStack[w] = false;
                            members.add(w);
                        } while (w != v);
                        components.add(members.stream().mapToInt(Integer::intValue).sorted().toArray());
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callNode[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        components.sort((a, b) -> Integer.compare(a[0], b[0]));
        return components;
    }
}
