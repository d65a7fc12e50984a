package io.github.architect.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A module's Spring configuration as flat keys: {@code application.properties} and
 * {@code application.yml} (also under {@code config/}, and the bootstrap files), YAML flattened to
 * {@code spring.flyway.locations[0]}-style keys. Profile-specific documents are left out: the
 * checks describe the default deployment. Files that cannot be read are listed, not thrown.
 */
public final class ApplicationProperties {

    private static final List<String> FILES = List.of("application.properties", "application.yml", "application.yaml",
            "config/application.properties", "config/application.yml", "config/application.yaml",
            "bootstrap.properties", "bootstrap.yml", "bootstrap.yaml");

    /** A configuration file that could not be read, with the reader's first line of explanation. */
    public record Unreadable(Path file, String message) {
    }

    private final Map<String, String> values;
    private final List<Unreadable> unreadable;

    private ApplicationProperties(Map<String, String> values, List<Unreadable> unreadable) {
        this.values = Map.copyOf(values);
        this.unreadable = List.copyOf(unreadable);
    }

    /** Reads the first directories' files first: a key keeps the value it was first given. */
    public static ApplicationProperties read(List<Path> resourceDirectories) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (Path directory : resourceDirectories) {
            for (String name : FILES) {
                Path file = directory.resolve(name);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    Map<String, String> read = name.endsWith(".properties") ? readProperties(file) : readYaml(file);
                    read.forEach(values::putIfAbsent);
                } catch (IOException | RuntimeException e) {
                    unreadable.add(new Unreadable(file, firstLine(e.getMessage())));
                }
            }
        }
        return new ApplicationProperties(values, unreadable);
    }

    /** Every key with its raw value, placeholders unresolved. */
    public Map<String, String> values() {
        return values;
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    /**
     * A list-valued key, written either comma-separated ({@code a,b}) or as a YAML sequence
     * ({@code key[0]}, {@code key[1]}...).
     */
    public List<String> list(String key) {
        Optional<String> joined = value(key);
        if (joined.isPresent()) {
            return List.of(joined.get().split(","));
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; values.containsKey(key + "[" + i + "]"); i++) {
            items.add(values.get(key + "[" + i + "]"));
        }
        return items;
    }

    public List<Unreadable> unreadable() {
        return unreadable;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    private static Map<String, String> readProperties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            values.put(key, properties.getProperty(key));
        }
        return values;
    }

    private static Map<String, String> readYaml(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(file.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null) {
                    continue;
                }
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", document, flat);
                if (!isProfileSpecific(flat)) {
                    flat.forEach(values::putIfAbsent);
                }
            }
        }
        return values;
    }

    /** Flat keys, so that nested ({@code spring: config: ...}) and dotted keys are recognised alike. */
    private static boolean isProfileSpecific(Map<String, String> document) {
        return document.containsKey("spring.config.activate.on-profile") || document.containsKey("spring.profiles");
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), into);
            }
        } else if (!node.isNull()) {
            into.put(prefix, node.asText());
        }
    }
}
