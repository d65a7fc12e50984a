package io.github.architect.technology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.architect.code.BuildDependency;
import io.github.architect.code.CodeModule;
import io.github.architect.model.TechnologyMapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The technologies architect knows, read from {@code catalogue.yaml} beside this class (data, not
 * code), extended or overridden by the {@code technologies:} of the document's yaml architect block.
 */
public final class TechnologyCatalogue {

    private static final String RESOURCE = "catalogue.yaml";

    private final List<CatalogueEntry> entries;
    private final List<Capability> capabilities;
    private final Map<String, CatalogueEntry> byName;

    private TechnologyCatalogue(List<CatalogueEntry> entries, List<Capability> capabilities) {
        this.entries = List.copyOf(entries);
        this.capabilities = List.copyOf(capabilities);
        Map<String, CatalogueEntry> names = new LinkedHashMap<>();
        for (CatalogueEntry entry : entries) {
            names.putIfAbsent(key(entry.name()), entry);
        }
        for (CatalogueEntry entry : entries) {
            entry.aliases().forEach(alias -> names.putIfAbsent(key(alias), entry));
        }
        this.byName = Map.copyOf(names);
    }

    /** The catalogue shipped with architect. */
    public static TechnologyCatalogue standard() {
        return Shipped.CATALOGUE;
    }

    /** This catalogue with the block's technologies: a known name gets the given artifacts, a new one is added. */
    public TechnologyCatalogue with(List<TechnologyMapping> mappings) {
        if (mappings.isEmpty()) {
            return this;
        }
        List<CatalogueEntry> merged = new ArrayList<>(entries);
        for (TechnologyMapping mapping : mappings) {
            List<ArtifactGlob> globs = mapping.artifacts().stream().map(ArtifactGlob::of).toList();
            Optional<CatalogueEntry> known = find(mapping.name());
            if (known.isPresent()) {
                merged.set(merged.indexOf(known.get()), known.get().withArtifacts(globs));
            } else {
                merged.add(0, new CatalogueEntry(mapping.name(), "custom", List.of(), globs, false, false, List.of()));
            }
        }
        return new TechnologyCatalogue(merged, capabilities);
    }

    /** The entry section 6's name refers to, by name or alias, ignoring case, spaces and punctuation. */
    Optional<CatalogueEntry> find(String name) {
        String key = key(name);
        CatalogueEntry entry = byName.get(key);
        if (entry == null && key.startsWith("apache")) {
            entry = byName.get(key.substring("apache".length()));
        }
        if (entry == null) {
            String shorter = key.replaceFirst("(database|db|server|driver|client|cluster)$", "");
            entry = shorter.isEmpty() ? null : byName.get(shorter);
        }
        return Optional.ofNullable(entry);
    }

    /** The entries a dependency belongs to; an umbrella SDK only when nothing more specific claims it. */
    List<CatalogueEntry> matching(BuildDependency dependency) {
        List<CatalogueEntry> matches = entries.stream()
                .filter(e -> e.matches(dependency.groupId(), dependency.artifactId())).toList();
        if (matches.stream().anyMatch(e -> !e.umbrella())) {
            return matches.stream().filter(e -> !e.umbrella()).toList();
        }
        return matches;
    }

    boolean matchesAny(String groupId, String artifactId) {
        return entries.stream().anyMatch(e -> e.matches(groupId, artifactId));
    }

    List<Capability> capabilities() {
        return capabilities;
    }

    /** The names of the catalogued technologies the module uses, as the stack check sees them. */
    public List<String> usedBy(CodeModule module) {
        return UsedTechnology.of(module, this).stream().map(u -> u.entry().name()).toList();
    }

    /** How many technologies the catalogue knows. */
    public int size() {
        return entries.size();
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#]", "");
    }

    /** Read once: the resource is part of architect and never changes while it runs. */
    private static final class Shipped {
        static final TechnologyCatalogue CATALOGUE = read();

        private static TechnologyCatalogue read() {
            try (InputStream in = TechnologyCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from architect-rules");
                }
                JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
                List<CatalogueEntry> entries = new ArrayList<>();
                for (JsonNode node : root.path("technologies")) {
                    entries.add(new CatalogueEntry(node.path("name").asText(), node.path("category").asText(),
                            strings(node.path("aliases")), strings(node.path("artifacts")).stream().map(ArtifactGlob::of).toList(),
                            node.path("versioned").asBoolean(false), node.path("umbrella").asBoolean(false),
                            strings(node.path("includes"))));
                }
                List<Capability> capabilities = new ArrayList<>();
                for (JsonNode node : root.path("capabilities")) {
                    capabilities.add(new Capability(node.path("name").asText(),
                            Pattern.compile(node.path("phrases").asText(), Pattern.CASE_INSENSITIVE),
                            strings(node.path("technologies"))));
                }
                return new TechnologyCatalogue(entries, capabilities);
            } catch (IOException e) {
                throw new UncheckedIOException("architect-rules' " + RESOURCE + " cannot be read", e);
            }
        }

        private static List<String> strings(JsonNode array) {
            List<String> values = new ArrayList<>();
            array.forEach(value -> values.add(value.asText()));
            return values;
        }
    }
}
