package io.github.architect.schema.migration;

import io.github.architect.code.ApplicationProperties;
import io.github.architect.code.CodeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds a module's migrations: Flyway scripts under {@code db/migration} of each resource directory or
 * under {@code spring.flyway.locations} ({@code classpath:} and {@code filesystem:} prefixes), then
 * Liquibase changelogs (XML, YAML, JSON and formatted SQL) in the order {@link ChangelogLocator} gives.
 */
public final class MigrationLocator {

    private static final String DEFAULT_LOCATION = "classpath:db/migration";

    private MigrationLocator() {
    }

    /** The module's migrations in the order they are applied: Flyway's first, then Liquibase's. */
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
        scripts.sort(MigrationScript.ORDER);
        scripts.addAll(ChangelogLocator.locate(module, seen));
        return scripts;
    }

    /** {@code spring.flyway.locations} from application.properties or application.yml, else the default. */
    static List<String> flywayLocations(CodeModule module) {
        List<String> locations = ApplicationProperties.read(module.resourceDirectories()).list("spring.flyway.locations");
        return locations.isEmpty() ? List.of(DEFAULT_LOCATION) : locations;
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
