package io.github.architect.schema.migration;

import io.github.architect.code.ApplicationProperties;
import io.github.architect.code.CodeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts a module's Liquibase changelogs in the order Liquibase runs them: from the master changelog
 * ({@code spring.liquibase.change-log}, by default {@code db/changelog/db.changelog-master.yaml}) through
 * its {@code include}s, {@code includeAll}s (files in path order) and {@code sqlFile}s, then every other
 * changelog in the resources that no changelog includes. A file is read once, where it is first reached.
 * A changelog's own changeSets apply where its first changeSet stands among its includes.
 */
final class ChangelogLocator {

    private static final String DEFAULT_MASTER = "classpath:/db/changelog/db.changelog-master.yaml";
    private static final long LARGEST_CHANGELOG = 8L * 1024 * 1024;

    /** What a changelog runs, in order: its own changeSets, or another file. */
    private sealed interface Entry {
    }

    private record OwnChangeSets() implements Entry {
    }

    private record IncludedFile(Path file) implements Entry {
    }

    private final CodeModule module;
    private final Set<Path> seen;
    private final Map<Path, List<Entry>> entries = new HashMap<>();
    private final List<MigrationScript> scripts = new ArrayList<>();

    private ChangelogLocator(CodeModule module, Set<Path> seen) {
        this.module = module;
        this.seen = seen;
    }

    /**
     * The module's Liquibase files in run order, formatted-SQL changelogs included; files in {@code seen}
     * (already taken as Flyway migrations) are skipped, and every file returned is added to it.
     */
    static List<MigrationScript> locate(CodeModule module, Set<Path> seen) {
        ChangelogLocator locator = new ChangelogLocator(module, seen);
        List<Path> candidates = locator.candidates();
        Set<Path> included = new HashSet<>();
        for (Path candidate : candidates) {
            if (LiquibaseChangelog.format(candidate) != null) {
                locator.entries(candidate).stream().filter(IncludedFile.class::isInstance)
                        .map(e -> ((IncludedFile) e).file()).forEach(included::add);
            }
        }
        locator.master().ifPresent(locator::visit);
        for (Path candidate : candidates) {
            if (!included.contains(candidate)) {
                locator.visit(candidate);
            }
        }
        // files that only include each other in a cycle
        candidates.forEach(locator::visit);
        return locator.scripts;
    }

    private Optional<Path> master() {
        String location = ApplicationProperties.read(module.resourceDirectories()).value("spring.liquibase.change-log")
                .orElse(DEFAULT_MASTER);
        return resolve(location, false, null).filter(Files::isRegularFile);
    }

    private void visit(Path file) {
        Path key = file.toAbsolutePath().normalize();
        if (!seen.add(key)) {
            return;
        }
        if (LiquibaseChangelog.format(file) == null) {
            scripts.add(new MigrationScript(file, MigrationScript.Kind.LIQUIBASE, List.of(), description(file)));
            return;
        }
        for (Entry entry : entries(file)) {
            if (entry instanceof IncludedFile included) {
                visit(included.file());
            } else {
                scripts.add(new MigrationScript(file, MigrationScript.Kind.LIQUIBASE_CHANGELOG, List.of(),
                        description(file)));
            }
        }
    }

    /** The changelog's entries; a changelog that cannot be parsed only has its own (unparseable) content. */
    private List<Entry> entries(Path changelog) {
        return entries.computeIfAbsent(changelog.toAbsolutePath().normalize(), key -> {
            ChangelogNode root;
            try {
                root = LiquibaseChangelog.parse(changelog);
            } catch (ChangelogSyntaxException | RuntimeException e) {
                return List.of(new OwnChangeSets());
            }
            List<Entry> list = new ArrayList<>();
            boolean own = false;
            for (ChangelogNode child : root.children()) {
                switch (child.name()) {
                    case "include" -> child.attribute("file")
                            .flatMap(f -> resolve(f, child.flag("relativeToChangelogFile"), changelog))
                            .filter(Files::isRegularFile)
                            .ifPresent(f -> list.add(new IncludedFile(f)));
                    case "includeAll" -> child.attribute("path")
                            .flatMap(p -> resolve(p, child.flag("relativeToChangelogFile"), changelog))
                            .filter(Files::isDirectory)
                            .ifPresent(dir -> includable(dir).forEach(f -> list.add(new IncludedFile(f))));
                    case "changeSet" -> {
                        if (!own) {
                            list.add(new OwnChangeSets());
                            own = true;
                        }
                        for (ChangelogNode sqlFile : child.children("sqlFile")) {
                            sqlFile.attribute("path")
                                    .flatMap(p -> resolve(p, sqlFile.flag("relativeToChangelogFile"), changelog))
                                    .filter(Files::isRegularFile)
                                    .ifPresent(f -> list.add(new IncludedFile(f)));
                        }
                    }
                    default -> {
                        // properties, preconditions, contexts
                    }
                }
            }
            if (!own) {
                list.add(0, new OwnChangeSets());
            }
            return List.copyOf(list);
        });
    }

    /**
     * A path as Liquibase resolves it: next to the including changelog when relative to it, else on the
     * class path (the module's resource directories), then next to the changelog and in the module.
     */
    private Optional<Path> resolve(String reference, boolean relativeToChangelog, Path from) {
        String value = reference.strip();
        if (relativeToChangelog && from != null) {
            return Optional.of(from.getParent().resolve(value).normalize());
        }
        if (value.startsWith("file:")) {
            Path path = Path.of(value.substring("file:".length()));
            return Optional.of(path.isAbsolute() ? path : module.baseDirectory().resolve(path).normalize());
        }
        String relative = value.replaceFirst("^classpath\\*?:", "").replaceFirst("^/+", "");
        List<Path> options = new ArrayList<>();
        module.resourceDirectories().forEach(dir -> options.add(dir.resolve(relative).normalize()));
        if (from != null) {
            options.add(from.getParent().resolve(relative).normalize());
        }
        options.add(module.baseDirectory().resolve(relative).normalize());
        return options.stream().filter(Files::exists).findFirst().or(() -> Optional.of(options.get(0)));
    }

    /** The files {@code includeAll} runs: changelogs and SQL files under the directory, by path. */
    private static List<Path> includable(Path dir) {
        return walk(dir).stream().filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql")
                || LiquibaseChangelog.isChangelog(f)).toList();
    }

    /** Changelogs and formatted-SQL changelogs in the resources, by resource path. */
    private List<Path> candidates() {
        List<Path> found = new ArrayList<>();
        for (Path resources : module.resourceDirectories()) {
            for (Path file : walk(resources)) {
                if (seen.contains(file.toAbsolutePath().normalize())) {
                    continue;
                }
                boolean sql = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql");
                if (sql ? MigrationLocator.isLiquibaseFormatted(file) : small(file) && LiquibaseChangelog.isChangelog(file)) {
                    found.add(file);
                }
            }
        }
        found.sort(Comparator.comparing(this::description).thenComparing(Path::toString));
        return found;
    }

    private static boolean small(Path file) {
        try {
            return Files.size(file) <= LARGEST_CHANGELOG;
        } catch (IOException e) {
            return false;
        }
    }

    private String description(Path file) {
        for (Path resources : module.resourceDirectories()) {
            if (file.startsWith(resources)) {
                return resources.relativize(file).toString().replace('\\', '/');
            }
        }
        return file.toString();
    }

    private static List<Path> walk(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".sql") || LiquibaseChangelog.format(f) != null;
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }
}
