package io.github.architect.scaffold;

import io.github.architect.code.CodeModule;
import io.github.architect.check.CheckContext;
import io.github.architect.code.Codebase;
import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.endpoints.contract.EndpointPath;
import io.github.architect.endpoints.scan.EndpointScanner;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.Service;
import io.github.architect.payloads.PayloadSkeletons;
import io.github.architect.payloads.PayloadSkeletons.Skeleton;
import io.github.architect.scaffold.DraftFacts.DraftEndpoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every endpoint the code serves, found by the endpoint check's own scanner, by service, with the
 * sample bodies and statuses the payload check's reading of its handler gives.
 */
final class ServedEndpoints {

    private static final Skeleton NOTHING = new Skeleton(null, null, null, List.of());

    private ServedEndpoints() {
    }

    static Map<String, List<DraftEndpoint>> of(CheckContext context, ServiceMapping mapping) {
        Codebase codebase = context.codebase();
        EndpointScanner scanner = new EndpointScanner(codebase, context.scanCache(), context.javaSources());
        PayloadSkeletons payloads = new PayloadSkeletons(scanner);
        List<Served> served = new ArrayList<>();
        for (CodeModule module : codebase.modules()) {
            if (!module.holdsCode()) {
                continue;
            }
            Map<CodeEndpoint, Skeleton> skeletons = payloads.of(module);
            for (CodeEndpoint endpoint : scanner.scan(module).endpoints()) {
                String service = mapping.serviceOf(module, endpoint.className()).map(Service::name).orElse("");
                served.add(new Served(service, endpoint, skeletons.getOrDefault(endpoint, NOTHING)));
            }
        }
        // the payload check compares a sample with every handler of its endpoint: one handler's sample could fail another's
        Map<String, Integer> handlers = new HashMap<>();
        Map<String, Integer> onPath = new HashMap<>();
        Set<String> anyMethod = new HashSet<>();
        for (Served s : served) {
            String path = s.service() + " " + s.endpoint().normalised();
            handlers.merge(s.endpoint().method() + " " + path, 1, Integer::sum);
            onPath.merge(path, 1, Integer::sum);
            if (CodeEndpoint.ANY_METHOD.equals(s.endpoint().method())) {
                anyMethod.add(path);
            }
        }
        Map<String, List<DraftEndpoint>> byService = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Served s : served) {
            CodeEndpoint endpoint = s.endpoint();
            boolean any = CodeEndpoint.ANY_METHOD.equals(endpoint.method());
            String method = any ? "GET" : endpoint.method();
            if (!seen.add(s.service() + " " + method + " " + endpoint.normalised())) {
                continue;
            }
            String path = s.service() + " " + endpoint.normalised();
            boolean alone = handlers.get(endpoint.method() + " " + path) == 1
                    && (!anyMethod.contains(path) || onPath.get(path) == 1);
            Skeleton skeleton = alone ? s.skeleton() : NOTHING;
            byService.computeIfAbsent(s.service(), k -> new ArrayList<>()).add(new DraftEndpoint(method,
                    path(endpoint.path()), endpoint.handler() + (any ? " (any method)" : ""), skeleton.request(),
                    skeleton.response(), skeleton.success(), skeleton.errors()));
        }
        return byService;
    }

    private record Served(String service, CodeEndpoint endpoint, Skeleton skeleton) {
    }

    /** The path with its parameters written {name}: regular expressions and template operators left out. */
    static String path(String raw) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '?' || c == '#') {
                break;
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = EndpointPath.closingBrace(raw, i);
            String inner = raw.substring(i + 1, Math.min(end, raw.length()));
            int colon = inner.indexOf(':');
            String name = (colon < 0 ? inner : inner.substring(0, colon)).replaceAll("[^A-Za-z0-9_]", "");
            out.append('{').append(name.isEmpty() ? "param" : name).append('}');
            i = end + 1;
        }
        String path = out.toString().replaceAll("/{2,}", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.startsWith("/") ? path : "/" + path;
    }
}
