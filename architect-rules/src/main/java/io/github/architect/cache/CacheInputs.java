package io.github.architect.cache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a run's findings depend on. Two runs with equal inputs (same plugin version, same
 * configuration, same bytes in the document and in every input file) produce the same findings.
 *
 * @param pluginVersion the plugin's version; for SNAPSHOTs include something that changes with each
 *                      build of the plugin (its jar's timestamp) so a rebuilt plugin misses the cache
 * @param configuration every parameter that influences findings (severities, formats do not matter)
 * @param document      the architecture document
 * @param inputRoots    directories and files whose content the checks read: source roots, class
 *                      directories, resource directories, pom files. Missing ones are allowed.
 * @param layoutRoots   directories whose file names, not contents, the findings depend on (which
 *                      module holds which class decides which service it belongs to)
 */
public record CacheInputs(String pluginVersion, SortedMap<String, String> configuration, Path document,
                          List<Path> inputRoots, List<Path> layoutRoots) {

    public CacheInputs {
        Objects.requireNonNull(pluginVersion, "pluginVersion");
        Objects.requireNonNull(document, "document");
        configuration = new TreeMap<>(configuration);
        inputRoots = normalized(inputRoots);
        layoutRoots = normalized(layoutRoots);
    }

    public static CacheInputs of(String pluginVersion, Map<String, String> configuration, Path document,
                                 List<Path> inputRoots) {
        return of(pluginVersion, configuration, document, inputRoots, List.of());
    }

    public static CacheInputs of(String pluginVersion, Map<String, String> configuration, Path document,
                                 List<Path> inputRoots, List<Path> layoutRoots) {
        return new CacheInputs(pluginVersion, new TreeMap<>(configuration), document, new ArrayList<>(inputRoots),
                new ArrayList<>(layoutRoots));
    }

    private static List<Path> normalized(List<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
    }
}
