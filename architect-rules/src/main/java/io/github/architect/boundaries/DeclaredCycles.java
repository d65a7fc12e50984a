package io.github.architect.boundaries;

import io.github.architect.mapping.ServiceMapper;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cycles among the declared dependencies (A -> B -> A, any length). One cycle is reported per group
 * of services that all reach each other, the shortest one through the first declared service.
 *
 * <p>The groups (strongly connected components) are found once, in time linear in the services and
 * dependencies, without recursion: a search from every service made a chain of thousands of services
 * cost minutes, and a recursive search would overflow the stack on a long chain.
 */
final class DeclaredCycles {

    /** A cycle as the list of declared dependencies that form it, in order. */
    record Cycle(List<Dependency> dependencies, List<Service> services) {
    }

    /** A declared dependency between two services, by their index in the model. */
    private record Edge(Dependency dependency, int from, int to) {
    }

    private DeclaredCycles() {
    }

    static List<Cycle> find(ArchitectureModel model) {
        List<Service> services = model.services();
        Map<Service, Integer> indexOf = new IdentityHashMap<>();
        for (int i = 0; i < services.size(); i++) {
            indexOf.putIfAbsent(services.get(i), i);
        }
        List<List<Edge>> edges = new ArrayList<>();
        services.forEach(s -> edges.add(new ArrayList<>()));
        for (Dependency dependency : model.dependencies()) {
            Optional<Service> from = ServiceMapper.find(model, dependency.from());
            Optional<Service> to = ServiceMapper.find(model, dependency.to());
            if (from.isPresent() && to.isPresent() && !from.get().equals(to.get())) {
                int source = indexOf.get(from.get());
                edges.get(source).add(new Edge(dependency, source, indexOf.get(to.get())));
            }
        }
        int[] component = stronglyConnected(edges);
        int[] size = new int[services.size()];
        for (int c : component) {
            size[c]++;
        }
        boolean[] reported = new boolean[services.size()];
        List<Cycle> cycles = new ArrayList<>();
        for (int start = 0; start < services.size(); start++) {
            int group = component[start];
            if (size[group] > 1 && !reported[group]) {
                reported[group] = true;
                cycles.add(shortestCycleThrough(start, edges, services));
            }
        }
        return cycles;
    }

    /** Breadth first, dependencies in the order they are declared: the first shortest cycle found. */
    private static Cycle shortestCycleThrough(int start, List<List<Edge>> edges, List<Service> services) {
        Edge[] reachedBy = new Edge[services.size()];
        boolean[] seen = new boolean[services.size()];
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            int current = queue.removeFirst();
            for (Edge edge : edges.get(current)) {
                if (edge.to() == start) {
                    List<Edge> path = new ArrayList<>();
                    path.add(edge);
                    for (int back = current; back != start; back = reachedBy[back].from()) {
                        path.add(reachedBy[back]);
                    }
                    Collections.reverse(path);
                    List<Service> onCycle = new ArrayList<>();
                    onCycle.add(services.get(start));
                    path.forEach(e -> onCycle.add(services.get(e.to())));
                    return new Cycle(path.stream().map(Edge::dependency).toList(), onCycle);
                }
                if (!seen[edge.to()]) {
                    seen[edge.to()] = true;
                    reachedBy[edge.to()] = edge;
                    queue.addLast(edge.to());
                }
            }
        }
        throw new IllegalStateException("a service of a strongly connected group lies on a cycle");
    }

    /** Tarjan's algorithm with an explicit stack: the component number of each service. */
    private static int[] stronglyConnected(List<List<Edge>> edges) {
        int n = edges.size();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        int[] nextEdge = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        Deque<Integer> calls = new ArrayDeque<>();
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            calls.push(root);
            index[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (!calls.isEmpty()) {
                int v = calls.peek();
                List<Edge> out = edges.get(v);
                if (nextEdge[v] < out.size()) {
                    int w = out.get(nextEdge[v]++).to();
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        calls.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                calls.pop();
                if (!calls.isEmpty()) {
                    int parent = calls.peek();
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
            }
        }
        return component;
    }
}
