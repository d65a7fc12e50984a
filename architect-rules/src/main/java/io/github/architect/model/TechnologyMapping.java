package io.github.architect.model;

import java.util.List;

/**
 * A technology the {@code yaml architect} block maps to Maven coordinates, extending or overriding
 * the catalogue shipped with architect ({@code technologies: {Acme Bus: [com.acme:bus-*]}}).
 *
 * @param name      the technology, as section 6 names it
 * @param artifacts {@code groupId:artifactId} globs ({@code *} matches any run of characters)
 * @param position  where the block names it
 */
public record TechnologyMapping(String name, List<String> artifacts, Position position) {

    public TechnologyMapping {
        artifacts = List.copyOf(artifacts);
    }
}
