package io.github.architect.endpoints.framework;

import io.github.architect.code.JavaType;
import io.github.architect.code.Unresolvable;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One web framework's way of declaring HTTP endpoints in Java sources. The scanner asks every
 * framework about every concrete class it parses; a class no framework claims serves nothing.
 */
public interface EndpointFramework {

    /** Every framework architect reads, in the order their endpoints are collected. */
    static List<EndpointFramework> all() {
        return List.of(new SpringEndpoints(), new MicronautEndpoints(), new JaxRsEndpoints());
    }

    /**
     * Text any file declaring, composing or designating one of this framework's mappings contains:
     * a file containing none of them is not parsed.
     */
    List<String> markers();

    /** Simple names of the annotations that make a type (or a type using it) carry mappings. */
    Set<String> typeAnnotations();

    /** Simple names of the annotations that map a method. */
    Set<String> methodAnnotations();

    /** Adds the endpoints {@code type} serves, if it is one of this framework's, to {@code scan}. */
    void collect(ModuleScan scan, JavaType type, List<JavaType> hierarchy);

    /** The prefix a type declares for every endpoint of its deployment ({@code @ApplicationPath}), if any. */
    default Optional<String> applicationPath(ModuleScan scan, JavaType type) throws Unresolvable {
        return Optional.empty();
    }
}
