package io.github.architect.technology;

import java.util.List;

/**
 * One technology of the catalogue.
 *
 * @param name      as documents usually write it
 * @param category  e.g. relational-database, broker, framework
 * @param aliases   other names section 6 may use
 * @param artifacts the Maven coordinates that prove a build uses it; empty for a name only
 * @param versioned the artifacts' version is the product's (Spring Boot), so a stated version is checked
 * @param umbrella  a whole SDK: an artifact that also belongs to a more specific entry counts for that one
 * @param includes  names of what choosing this one chooses too (Spring Boot includes the Spring Framework)
 */
record CatalogueEntry(String name, String category, List<String> aliases, List<ArtifactGlob> artifacts,
                      boolean versioned, boolean umbrella, List<String> includes) {

    CatalogueEntry {
        aliases = List.copyOf(aliases);
        artifacts = List.copyOf(artifacts);
        includes = List.copyOf(includes);
    }

    /** Whether a build can show it is used: a driver, a client, a starter. */
    boolean hasEvidence() {
        return !artifacts.isEmpty();
    }

    boolean matches(String groupId, String artifactId) {
        return artifacts.stream().anyMatch(glob -> glob.matches(groupId, artifactId));
    }

    CatalogueEntry withArtifacts(List<ArtifactGlob> replaced) {
        return new CatalogueEntry(name, category, aliases, replaced, versioned, umbrella, includes);
    }
}
