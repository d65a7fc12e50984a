package io.github.architect.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.architect.code.CodeModule;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds a module's migrations: Flyway scripts under {@code db/migration} of each resource directory or
 * under {@code spring.flyway.locations} ({@code classpath:} and {@code filesystem:} prefixes), and
 * Liquibase formatted-SQL changelogs anywhere in the resources.
 */
public final class MigrationLocator {

    private static final String DEFAULT_LOCATION = "classpath:db/migration";

    private MigrationLocator() {
    }

    /** The module's migrations in the order they are applied. */
    public static List<MigrationScript> locate(CodeModule module) {
        Set<Path> directories = new LinkedHashSet<>();
        for (String location : flywayLocations(module)) {
            String value = location.strip();
            if (value.startsWith("filesystem:")) {
                Path dir = Path.of(value.substring("filesystem:".length()));
                directories.add(dir.isAbsolute() ? dir : module.baseDirectory().resolve(dir));
            } else {
                String relative = value.startsWith("classpath:") ? value.substring("classpath:".length()) : value;
                relative = relative.replaceFirst("^/+", "");
                for (Path resources : module.resourceDirectories()) {
                    directories.add(resources.resolve(relative));
                }
            }
        }
        List<MigrationScript> scripts = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path dir : directories) {
            for (Path file : sqlFiles(dir)) {
                if (seen.add(file.toAbsolutePath().normalize())) {
                    MigrationScript.flyway(file).ifPresent(scripts::add);
                }
            }
        }
        for (Path resources : module.resourceDirectories()) {
            for (Path file : sqlFiles(resources)) {
                if (!seen.contains(file.toAbsolutePath().normalize()) && isLiquibaseFormatted(file)) {
                    seen.add(file.toAbsolutePath().normalize());
                    scripts.add(new MigrationScript(file, MigrationScript.Kind.LIQUIBASE, List.of(),
                            resources.relativize(file).toString()));
                }
            }
        }
        scripts.sort(MigrationScript.ORDER);
        return scripts;
    }

    /** {@code spring.flyway.locations} from application.properties or application.yml, else the default. */
    static List<String> flywayLocations(CodeModule module) {
        for (Path resources : module.resourceDirectories()) {
            Path properties = resources.resolve("application.properties");
            if (Files.isRegularFile(properties)) {
                Properties p = new Properties();
                try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.ISO_8859_1)) {
                    p.load(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + properties, e);
                }
                String value = p.getProperty("spring.flyway.locations");
                if (value != null && !value.isBlank()) {
                    return List.of(value.split(","));
                }
            }
            for (String name : List.of("application.yml", "application.yaml")) {
                Path yaml = resources.resolve(name);
                if (Files.isRegularFile(yaml)) {
                    List<String> fromYaml = yamlLocations(yaml);
                    if (!fromYaml.isEmpty()) {
                        return fromYaml;
                    }
                }
            }
        }
        return List.of(DEFAULT_LOCATION);
    }

    private static List<String> yamlLocations(Path yaml) {
        List<String> locations = new ArrayList<>();
        try {
            ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
            // a Spring yaml file may hold several documents (profiles); the first that sets it wins
            try (var parser = mapper.getFactory().createParser(yaml.toFile())) {
                var documents = mapper.readValues(parser, JsonNode.class);
                while (documents.hasNext() && locations.isEmpty()) {
                    JsonNode root = documents.next();
                    JsonNode node = root == null ? null : root.path("spring").path("flyway").path("locations");
                    if (node == null || node.isMissingNode()) {
                        node = root == null ? null : root.path("spring.flyway.locations");
                    }
                    if (node != null && node.isArray()) {
                        node.forEach(n -> locations.add(n.asText()));
                    } else if (node != null && node.isTextual()) {
                        locations.addAll(List.of(node.asText().split(",")));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable application.yml is Spring's problem to report; fall back to the default location
            return List.of();
        }
        return locations;
    }

    private static List<Path> sqlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".sql") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    static boolean isLiquibaseFormatted(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                    .map(l -> l.replaceAll("\\s+", " ").toLowerCase().startsWith("--liquibase formatted sql"))
                    .orElse(false);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
