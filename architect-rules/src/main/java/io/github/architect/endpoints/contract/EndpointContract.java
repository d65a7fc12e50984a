package io.github.architect.endpoints.contract;

import io.github.architect.check.Location;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Endpoint;
import io.github.architect.model.Service;
import io.github.architect.model.UrlPaths;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The declared endpoints, normalised once, and the matching rules: methods compared upper-case
 * ({@code *} accepts any), paths by {@link EndpointPath#matches}, the base path prefixed to
 * declared paths that do not already start with it.
 */
public final class EndpointContract {

    private final List<DeclaredEndpoint> declared;
    private final List<EndpointPath> paths;

    public EndpointContract(List<DeclaredEndpoint> declared) {
        Map<String, DeclaredEndpoint> unique = new LinkedHashMap<>();
        for (DeclaredEndpoint endpoint : declared) {
            String key = endpoint.method() + " " + endpoint.normalised() + " "
                    + (endpoint.service() == null ? "" : Service.keyOf(endpoint.service()));
            unique.putIfAbsent(key, endpoint);
        }
        this.declared = List.copyOf(unique.values());
        this.paths = this.declared.stream().map(DeclaredEndpoint::normalised).toList();
    }

    /** The model's endpoints (its OpenAPI contracts' too), with the base path ({@code basePath} option first, then the document's). */
    public static List<DeclaredEndpoint> fromModel(ArchitectureModel model, String basePath) {
        Path document = model.document() != null ? model.document() : Path.of("architecture.md");
        List<DeclaredEndpoint> result = new ArrayList<>();
        for (Endpoint endpoint : model.endpoints()) {
            result.add(declared(endpoint.method(), endpoint.path(), endpoint.service(),
                    Location.of(endpoint.file() != null ? endpoint.file() : document, endpoint.position()), basePath));
        }
        return result;
    }

    /** An endpoint declared at {@code location}, with the base path applied. */
    public static DeclaredEndpoint declared(String method, String path, String service, Location location, String basePath) {
        String upper = method.trim().toUpperCase(Locale.ROOT);
        return new DeclaredEndpoint(upper, withBasePath(path, basePath), path, service, location);
    }

    static String withBasePath(String path, String basePath) {
        if (basePath == null || basePath.isBlank()) {
            return path;
        }
        EndpointPath base = EndpointPath.parse(basePath);
        EndpointPath declared = EndpointPath.parse(path);
        return declared.startsWith(base) ? path : UrlPaths.join(basePath, path);
    }

    public List<DeclaredEndpoint> declared() {
        return declared;
    }

    /** Declared endpoints that route the same requests as the code's, in document order. */
    public List<DeclaredEndpoint> matching(CodeEndpoint endpoint) {
        EndpointPath path = endpoint.normalised();
        List<DeclaredEndpoint> matches = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i).accepts(endpoint.method()) && paths.get(i).matches(path)) {
                matches.add(declared.get(i));
            }
        }
        return matches;
    }

    public boolean implementedBy(DeclaredEndpoint declaredEndpoint, CodeEndpoint endpoint) {
        return declaredEndpoint.accepts(endpoint.method()) && declaredEndpoint.normalised().matches(endpoint.normalised());
    }

    /**
     * The declared endpoint the code most likely meant: the same path with another method, or the same
     * method one segment (a version prefix, a renamed segment) away.
     */
    public Optional<DeclaredEndpoint> closest(CodeEndpoint endpoint) {
        EndpointPath path = endpoint.normalised();
        record Candidate(DeclaredEndpoint endpoint, int score, int order) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            DeclaredEndpoint candidate = declared.get(i);
            int score = nearness(candidate.accepts(endpoint.method()), paths.get(i), path);
            if (score >= 0) {
                candidates.add(new Candidate(candidate, score, i));
            }
        }
        return candidates.stream().min(Comparator.comparingInt(Candidate::score).thenComparingInt(Candidate::order))
                .map(Candidate::endpoint);
    }

    /** Declared endpoints in the order of {@link #declared()}, each with its parsed path. */
    public EndpointPath pathOf(int index) {
        return paths.get(index);
    }

    /**
     * How near a code endpoint is to a declaration that does not serve it: 0 the same path under another
     * method, 1-4 a case or one-segment slip; negative when it is not near at all (or an exact match).
     */
    public static int nearness(boolean sameMethod, EndpointPath declaredPath, EndpointPath codePath) {
        if (declaredPath.matches(codePath)) {
            return sameMethod ? -1 : 0;
        } else if (declaredPath.equalsIgnoreCase(codePath)) {
            return sameMethod ? 1 : 3;
        } else if (declaredPath.oneSegmentFrom(codePath)) {
            return sameMethod ? 2 : 4;
        }
        return -1;
    }
}
