package io.github.architect.events;

import io.github.architect.check.Location;
import io.github.architect.code.TextFiles;
import io.github.architect.endpoints.source.JavaSourceFrontEnd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring Cloud Stream bindings of a module's configuration:
 * {@code spring.cloud.stream.bindings.<binding>.destination}. A binding named {@code <function>-in-<n>}
 * (or the legacy {@code input}) consumes, {@code <function>-out-<n>} (or {@code output}) produces, as
 * the functional binding convention of {@code spring.cloud.function.definition} names them. Other
 * bindings are used through {@code StreamBridge.send}, found in the code.
 */
final class StreamBindings {

    private static final Pattern DESTINATION = Pattern.compile("spring\\.cloud\\.stream\\.bindings\\.(.+)\\.destination");
    private static final Pattern IN = Pattern.compile(".+-in-\\d+|input");
    private static final Pattern OUT = Pattern.compile(".+-out-\\d+|output");
    private static final List<String> FILES = List.of("application.properties", "application.yml", "application.yaml",
            "config/application.properties", "config/application.yml", "config/application.yaml",
            "bootstrap.properties", "bootstrap.yml", "bootstrap.yaml");

    private StreamBindings() {
    }

    static MessagingScan scan(Map<String, String> properties, List<Path> resourceDirectories, List<String> bridged) {
        List<CodeTopic> topics = new ArrayList<>();
        List<UnresolvedTopic> unresolved = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(properties).entrySet()) {
            Matcher key = DESTINATION.matcher(entry.getKey());
            if (!key.matches()) {
                continue;
            }
            String binding = key.group(1);
            Location location = locate(resourceDirectories, binding);
            String origin = "binding " + binding + " in " + location.file().getFileName();
            MessagingRole role = IN.matcher(binding).matches() ? MessagingRole.CONSUMES
                    : OUT.matcher(binding).matches() ? MessagingRole.PRODUCES : null;
            if (role == null) {
                if (!bridged.contains(binding)) {
                    unresolved.add(new UnresolvedTopic(null, location, origin, "the binding is named neither"
                            + " <function>-in-<n> nor <function>-out-<n>, and no StreamBridge.send names it"));
                }
                continue;
            }
            JavaSourceFrontEnd.Evaluated destination = JavaSourceFrontEnd.resolvePlaceholders(entry.getValue(), properties);
            if (!destination.resolved()) {
                unresolved.add(new UnresolvedTopic(null, location, origin, destination.unresolvedReason()));
                continue;
            }
            for (String name : destination.values().get(0).split(",")) {
                if (!name.isBlank()) {
                    topics.add(new CodeTopic(List.of(name.trim()), false, role, JavaMessaging.STREAM, null, location, origin));
                }
            }
        }
        return new MessagingScan(topics, unresolved, List.of());
    }

    /** The first line of the first configuration file that names the binding: where a reader looks for it. */
    private static Location locate(List<Path> resourceDirectories, String binding) {
        Path first = null;
        for (Path directory : resourceDirectories) {
            for (String name : FILES) {
                Path file = directory.resolve(name);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                first = first == null ? file : first;
                List<String> lines = TextFiles.read(file).lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    int at = line.indexOf(binding);
                    if (at >= 0 && (line.contains("destination") || line.trim().startsWith(binding))) {
                        return Location.of(file, i + 1, at + 1);
                    }
                }
            }
        }
        return first == null ? Location.of(resourceDirectories.isEmpty() ? Path.of("application.yml")
                : resourceDirectories.get(0).resolve("application.yml")) : Location.of(first);
    }
}
