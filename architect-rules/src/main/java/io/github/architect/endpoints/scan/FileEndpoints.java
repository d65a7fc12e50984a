package io.github.architect.endpoints.scan;

import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.endpoints.framework.UnresolvedMapping;
import io.github.architect.endpoints.source.SourceProblem;
import io.github.architect.check.Location;

import java.nio.file.Path;
import java.util.List;

/**
 * What scanning the concrete classes of one file found, in a form the per-file cache can store:
 * the scan's records hold {@link Location}s, whose paths are kept here as written so that a result
 * read back is equal to the one computed.
 *
 * @param problem      why the file could not be parsed, or null
 * @param dependencies the other files the mappings were resolved against (supertypes, constants,
 *                     composed annotations, sub-resources)
 */
record FileEndpoints(List<StoredEndpoint> endpoints, List<StoredUnresolved> unresolved, StoredProblem problem,
                     SourceDependencies dependencies) {

    FileEndpoints {
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        unresolved = unresolved == null ? List.of() : List.copyOf(unresolved);
        dependencies = dependencies == null ? SourceDependencies.none() : dependencies;
    }

    static FileEndpoints of(List<CodeEndpoint> endpoints, List<UnresolvedMapping> unresolved, SourceProblem problem,
                            SourceDependencies dependencies) {
        return new FileEndpoints(endpoints.stream().map(StoredEndpoint::of).toList(),
                unresolved.stream().map(StoredUnresolved::of).toList(),
                problem == null ? null : StoredProblem.of(problem), dependencies);
    }

    List<CodeEndpoint> codeEndpoints() {
        return endpoints.stream().map(StoredEndpoint::toEndpoint).toList();
    }

    List<UnresolvedMapping> unresolvedMappings() {
        return unresolved.stream().map(StoredUnresolved::toUnresolved).toList();
    }

    SourceProblem sourceProblem() {
        return problem == null ? null : problem.toProblem();
    }

    record StoredLocation(String file, int line, int column) {

        static StoredLocation of(Location location) {
            return new StoredLocation(location.file().toString(), location.line(), location.column());
        }

        Location toLocation() {
            return Location.of(Path.of(file), line, column);
        }
    }

    record StoredEndpoint(String method, String path, String className, String methodName, StoredLocation location,
                          String framework) {

        static StoredEndpoint of(CodeEndpoint e) {
            return new StoredEndpoint(e.method(), e.path(), e.className(), e.methodName(),
                    StoredLocation.of(e.location()), e.framework());
        }

        CodeEndpoint toEndpoint() {
            return new CodeEndpoint(method, path, className, methodName, location.toLocation(), framework);
        }
    }

    record StoredUnresolved(String className, String methodName, StoredLocation location, String reason) {

        static StoredUnresolved of(UnresolvedMapping u) {
            return new StoredUnresolved(u.className(), u.methodName(), StoredLocation.of(u.location()), u.reason());
        }

        UnresolvedMapping toUnresolved() {
            return new UnresolvedMapping(className, methodName, location.toLocation(), reason);
        }
    }

    record StoredProblem(StoredLocation location, String message) {

        static StoredProblem of(SourceProblem p) {
            return new StoredProblem(StoredLocation.of(p.location()), p.message());
        }

        SourceProblem toProblem() {
            return new SourceProblem(location.toLocation(), message);
        }
    }
}
