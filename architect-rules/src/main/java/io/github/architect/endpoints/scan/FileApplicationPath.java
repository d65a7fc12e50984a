package io.github.architect.endpoints.scan;

/**
 * The {@code @ApplicationPath} a file declares, as cached per file.
 *
 * @param path         its value, null when the file declares none or it cannot be evaluated
 * @param unresolvable the file declares one whose value cannot be evaluated, which ends the search
 *                     in that module as the uncached scan does
 * @param dependencies the other files its constants were read from
 */
record FileApplicationPath(String path, boolean unresolvable, SourceDependencies dependencies) {

    FileApplicationPath {
        dependencies = dependencies == null ? SourceDependencies.none() : dependencies;
    }
}
