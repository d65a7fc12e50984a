package io.github.architect.scaffold;

import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.endpoints.CodeEndpoint;
import io.github.architect.endpoints.EndpointScanner;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.Service;
import io.github.architect.scaffold.DraftFacts.DraftEndpoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every endpoint the code serves, found by the endpoint check's own scanner, by service. */
final class ServedEndpoints {

    private ServedEndpoints() {
    }

    static Map<String, List<DraftEndpoint>> of(Codebase codebase, ServiceMapping mapping) {
        EndpointScanner scanner = new EndpointScanner(codebase);
        Map<String, List<DraftEndpoint>> byService = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (CodeModule module : codebase.modules()) {
            if (!module.holdsCode()) {
                continue;
            }
            for (CodeEndpoint endpoint : scanner.scan(module).endpoints()) {
                String service = mapping.serviceOf(module, endpoint.className()).map(Service::name).orElse("");
                boolean any = CodeEndpoint.ANY_METHOD.equals(endpoint.method());
                String method = any ? "GET" : endpoint.method();
                if (!seen.add(service + " " + method + " " + endpoint.normalised())) {
                    continue;
                }
                byService.computeIfAbsent(service, s -> new ArrayList<>()).add(new DraftEndpoint(method,
                        path(endpoint.path()), endpoint.handler() + (any ? " (any method)" : "")));
            }
        }
        return byService;
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
            int depth = 0;
            int end = i;
            for (; end < raw.length(); end++) {
                if (raw.charAt(end) == '{') {
                    depth++;
                } else if (raw.charAt(end) == '}' && --depth == 0) {
                    break;
                }
            }
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
