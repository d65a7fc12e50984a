package io.github.architect.endpoints.source;

import io.github.architect.cache.Sha256;
import io.github.architect.code.Unresolvable;
import io.github.architect.check.Location;
import io.github.architect.code.ApplicationProperties;
import io.github.architect.model.UrlPaths;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration a module is deployed with, as far as paths go: {@code application.properties}
 * and {@code application.yml} (also under {@code config/}), read to resolve {@code ${key:default}}
 * placeholders and the context paths that prefix every endpoint. Profile-specific documents are
 * ignored: the contract describes the default deployment.
 */
public final class DeploymentConfig {

    private static final int MAX_NESTING = 10;

    private final Map<String, String> properties;
    private final List<SourceProblem> problems;

    DeploymentConfig(Map<String, String> properties, List<SourceProblem> problems) {
        this.properties = Map.copyOf(properties);
        this.problems = List.copyOf(problems);
    }

    public static DeploymentConfig empty() {
        return new DeploymentConfig(Map.of(), List.of());
    }

    /** Reads the first directories' files first: a key keeps the value it was first given. */
    public static DeploymentConfig read(List<Path> resourceDirectories) {
        ApplicationProperties read = ApplicationProperties.read(resourceDirectories);
        List<SourceProblem> problems = read.unreadable().stream()
                .map(u -> new SourceProblem(Location.of(u.file()), u.message())).toList();
        return new DeploymentConfig(read.values(), problems);
    }

    /** This configuration, completed by another one (a deployable module's, for a library of controllers). */
    public DeploymentConfig orElse(DeploymentConfig fallback) {
        Map<String, String> merged = new LinkedHashMap<>(properties);
        fallback.properties.forEach(merged::putIfAbsent);
        List<SourceProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(fallback.problems);
        return new DeploymentConfig(merged, allProblems);
    }

    /**
     * A key for what a module's endpoints depend on besides their sources: these properties (only
     * their values matter, not which file gave them) and the {@code @ApplicationPath} in force.
     */
    public String fingerprint(String applicationPath) {
        List<String> parts = new ArrayList<>();
        parts.add(applicationPath);
        new java.util.TreeMap<>(properties).forEach((key, value) -> {
            parts.add(key);
            parts.add(value);
        });
        return Sha256.ofParts(parts);
    }

    public List<SourceProblem> problems() {
        return problems;
    }

    boolean isEmpty() {
        return properties.isEmpty();
    }

    Optional<String> value(String key) throws Unresolvable {
        String raw = properties.get(key);
        return raw == null ? Optional.empty() : Optional.of(resolve(raw));
    }

    /** Replaces every {@code ${key}} / {@code ${key:default}}, nested ones included. */
    public String resolve(String text) throws Unresolvable {
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
    public String springPrefix() throws Unresolvable {
        return UrlPaths.join(value("server.servlet.context-path").orElse(""), value("spring.mvc.servlet.path").orElse(""),
                value("spring.webflux.base-path").orElse(""));
    }

    /** Context path plus the JAX-RS application path from configuration, or from {@code @ApplicationPath}. */
    public String jaxRsPrefix(String applicationPath) throws Unresolvable {
        Optional<String> configured = value("spring.jersey.application-path");
        String restPath = configured.isPresent() ? configured.get()
                : UrlPaths.join(firstValue("quarkus.rest.path", "quarkus.resteasy.path", "quarkus.resteasy-reactive.path"),
                applicationPath == null ? "" : applicationPath);
        return UrlPaths.join(value("server.servlet.context-path").orElse(""), value("quarkus.http.root-path").orElse(""), restPath);
    }

    public String micronautPrefix() throws Unresolvable {
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
}
