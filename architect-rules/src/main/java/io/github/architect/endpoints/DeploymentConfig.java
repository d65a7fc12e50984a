package io.github.architect.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.architect.check.Location;

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
 * The configuration a module is deployed with, as far as paths go: {@code application.properties}
 * and {@code application.yml} (also under {@code config/}), read to resolve {@code ${key:default}}
 * placeholders and the context paths that prefix every endpoint. Profile-specific documents are
 * ignored: the contract describes the default deployment.
 */
final class DeploymentConfig {

    private static final List<String> FILES = List.of("application.properties", "application.yml", "application.yaml",
            "config/application.properties", "config/application.yml", "config/application.yaml",
            "bootstrap.properties", "bootstrap.yml", "bootstrap.yaml");
    private static final int MAX_NESTING = 10;

    private final Map<String, String> properties;
    private final List<SourceProblem> problems;

    DeploymentConfig(Map<String, String> properties, List<SourceProblem> problems) {
        this.properties = Map.copyOf(properties);
        this.problems = List.copyOf(problems);
    }

    static DeploymentConfig empty() {
        return new DeploymentConfig(Map.of(), List.of());
    }

    /** Reads the first directories' files first: a key keeps the value it was first given. */
    static DeploymentConfig read(List<Path> resourceDirectories) {
        Map<String, String> properties = new LinkedHashMap<>();
        List<SourceProblem> problems = new ArrayList<>();
        for (Path directory : resourceDirectories) {
            for (String name : FILES) {
                Path file = directory.resolve(name);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    Map<String, String> read = name.endsWith(".properties") ? readProperties(file) : readYaml(file);
                    read.forEach(properties::putIfAbsent);
                } catch (IOException | RuntimeException e) {
                    problems.add(new SourceProblem(Location.of(file), "cannot read " + file.getFileName() + ": "
                            + firstLine(e.getMessage())));
                }
            }
        }
        return new DeploymentConfig(properties, problems);
    }

    /** This configuration, completed by another one (a deployable module's, for a library of controllers). */
    DeploymentConfig orElse(DeploymentConfig fallback) {
        Map<String, String> merged = new LinkedHashMap<>(properties);
        fallback.properties.forEach(merged::putIfAbsent);
        List<SourceProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(fallback.problems);
        return new DeploymentConfig(merged, allProblems);
    }

    List<SourceProblem> problems() {
        return problems;
    }

    boolean isEmpty() {
        return properties.isEmpty();
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
                if (document == null || isProfileSpecific(document)) {
                    continue;
                }
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", document, flat);
                flat.forEach(values::putIfAbsent);
            }
        }
        return values;
    }

    private static boolean isProfileSpecific(JsonNode document) {
        return !document.at("/spring/config/activate/on-profile").isMissingNode()
                || !document.at("/spring/profiles").isMissingNode() && document.at("/spring/profiles").isTextual();
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

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    Optional<String> value(String key) throws Unresolvable {
        String raw = properties.get(key);
        return raw == null ? Optional.empty() : Optional.of(resolve(raw));
    }

    /** Replaces every {@code ${key}} / {@code ${key:default}}, nested ones included. */
    String resolve(String text) throws Unresolvable {
        return resolve(text, 0);
    }

    private String resolve(String text, int depth) throws Unresolvable {
        if (depth > MAX_NESTING) {
            throw new Unresolvable("placeholders in '" + text + "' refer to each other in a cycle");
        }
        int start = text.indexOf("${");
        if (start < 0) {
            return text;
        }
        int end = closing(text, start + 2);
        if (end < 0) {
            throw new Unresolvable("unclosed placeholder in '" + text + "'");
        }
        String inner = text.substring(start + 2, end);
        int colon = separator(inner);
        String key = (colon < 0 ? inner : inner.substring(0, colon)).trim();
        String replacement = properties.get(key);
        if (replacement == null) {
            if (colon < 0) {
                throw new Unresolvable("placeholder ${" + key + "} has no value in application.properties/yml and no default");
            }
            replacement = inner.substring(colon + 1);
        }
        String resolved = resolve(replacement, depth + 1);
        return text.substring(0, start) + resolved + resolve(text.substring(end + 1), depth);
    }

    private static int closing(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The ':' that separates key and default, outside nested placeholders. */
    private static int separator(String inner) {
        int depth = 0;
        for (int i = 0; i < inner.length(); i++) {
            if (inner.startsWith("${", i)) {
                depth++;
                i++;
            } else if (inner.charAt(i) == '}') {
                depth--;
            } else if (inner.charAt(i) == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Servlet context path plus DispatcherServlet path, or the WebFlux base path. */
    String springPrefix() throws Unresolvable {
        return join(value("server.servlet.context-path").orElse(""), value("spring.mvc.servlet.path").orElse(""),
                value("spring.webflux.base-path").orElse(""));
    }

    /** Context path plus the JAX-RS application path from configuration, or from {@code @ApplicationPath}. */
    String jaxRsPrefix(String applicationPath) throws Unresolvable {
        Optional<String> configured = value("spring.jersey.application-path");
        String restPath = configured.isPresent() ? configured.get()
                : join(firstValue("quarkus.rest.path", "quarkus.resteasy.path", "quarkus.resteasy-reactive.path"),
                applicationPath == null ? "" : applicationPath);
        return join(value("server.servlet.context-path").orElse(""), value("quarkus.http.root-path").orElse(""), restPath);
    }

    String micronautPrefix() throws Unresolvable {
        return value("micronaut.server.context-path").orElse("");
    }

    private String firstValue(String... keys) throws Unresolvable {
        for (String key : keys) {
            Optional<String> value = value(key);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return "";
    }

    static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank() || part.equals("/")) {
                continue;
            }
            String trimmed = part.trim();
            if (joined.length() > 0 && joined.charAt(joined.length() - 1) != '/' && !trimmed.startsWith("/")) {
                joined.append('/');
            } else if (joined.length() == 0 && !trimmed.startsWith("/")) {
                joined.append('/');
            }
            joined.append(trimmed);
        }
        return joined.toString();
    }
}
