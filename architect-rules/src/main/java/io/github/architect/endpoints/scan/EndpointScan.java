package io.github.architect.endpoints.scan;

import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.endpoints.framework.UnresolvedMapping;
import io.github.architect.endpoints.source.SourceProblem;
import java.util.List;

/** What scanning one module's sources found. */
public record EndpointScan(List<CodeEndpoint> endpoints, List<UnresolvedMapping> unresolved,
                           List<SourceProblem> problems) {

    public EndpointScan {
        endpoints = List.copyOf(endpoints);
        unresolved = List.copyOf(unresolved);
        problems = List.copyOf(problems);
    }
}
