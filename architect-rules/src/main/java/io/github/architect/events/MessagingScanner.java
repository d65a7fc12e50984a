package io.github.architect.events;

import io.github.architect.code.ApplicationProperties;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.check.Location;
import io.github.architect.endpoints.source.JavaSourceFrontEnd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds what a module's code produces and consumes: its Java sources (only files whose text names a
 * listener, template or channel annotation are parsed) and its Spring Cloud Stream configuration.
 * Constants resolve across the whole build's sources, placeholders against the module's
 * {@code application.properties}/{@code .yml}, exactly as endpoint paths do.
 */
public final class MessagingScanner {

    private final JavaSourceFrontEnd frontEnd;

    public MessagingScanner(Codebase codebase) {
        this.frontEnd = JavaSourceFrontEnd.of(codebase);
    }

    /** A scanner reading the build's sources through the index every check shares. */
    public MessagingScanner(JavaSourceIndex index) {
        this.frontEnd = JavaSourceFrontEnd.over(index);
    }

    public MessagingScan scan(CodeModule module) {
        ApplicationProperties config = ApplicationProperties.read(module.resourceDirectories());
        Map<String, String> properties = config.values();
        List<CodeTopic> topics = new ArrayList<>();
        List<UnresolvedTopic> unresolved = new ArrayList<>();
        List<MessagingScan.Problem> problems = new ArrayList<>();
        config.unreadable().forEach(u -> problems.add(new MessagingScan.Problem(Location.of(u.file()), u.message())));
        List<String> bridged = new ArrayList<>();
        for (Path file : frontEnd.javaFiles(module)) {
            if (!frontEnd.mentionsAny(file, JavaMessaging.MARKERS)) {
                continue;
            }
            JavaSourceFrontEnd.Parsed parsed = frontEnd.parse(file);
            if (parsed.unit() == null) {
                problems.add(new MessagingScan.Problem(parsed.problemLocation(), parsed.problem()));
                continue;
            }
            MessagingScan scan = JavaMessaging.scan(frontEnd, file, parsed.unit(), properties);
            topics.addAll(scan.topics());
            unresolved.addAll(scan.unresolved());
            scan.topics().stream().filter(t -> t.technology().equals(JavaMessaging.STREAM))
                    .forEach(t -> bridged.addAll(bindingsSentTo(t, properties)));
        }
        MessagingScan bindings = StreamBindings.scan(properties, module.resourceDirectories(), bridged);
        topics.addAll(bindings.topics());
        unresolved.addAll(bindings.unresolved());
        topics.sort(Comparator.comparing(CodeTopic::location).thenComparing(CodeTopic::display));
        unresolved.sort(Comparator.comparing(UnresolvedTopic::location).thenComparing(UnresolvedTopic::reason));
        return new MessagingScan(topics, unresolved, problems);
    }

    /** The bindings whose destination a StreamBridge send went to (the binding name itself when unbound). */
    private static List<String> bindingsSentTo(CodeTopic sent, Map<String, String> properties) {
        List<String> bindings = new ArrayList<>(sent.names());
        properties.forEach((key, value) -> {
            if (key.startsWith("spring.cloud.stream.bindings.") && key.endsWith(".destination")
                    && sent.names().contains(value)) {
                bindings.add(key.substring("spring.cloud.stream.bindings.".length(), key.length() - ".destination".length()));
            }
        });
        return bindings;
    }
}
