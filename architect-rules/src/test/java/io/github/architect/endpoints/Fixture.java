package io.github.architect.endpoints;

import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.endpoints.scan.EndpointScan;
import io.github.architect.endpoints.scan.EndpointScanner;
import io.github.architect.check.CheckContext;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Endpoint;
import io.github.architect.model.Position;
import io.github.architect.model.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes a small project into a temporary directory and builds what the check needs. */
public final class Fixture {

    private final Path root;
    private final List<CodeModule> modules = new ArrayList<>();

    public Fixture(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** A module with the conventional layout; {@code dependsOn} are artifactIds of other modules. */
    public CodeModule module(String artifactId, String... dependsOn) {
        Path dir = root.resolve(artifactId);
        CodeModule module = new CodeModule(artifactId, dir, "jar", List.of(dir.resolve("src/main/java")),
                List.of(dir.resolve("target/classes")), List.of(dir.resolve("src/main/resources")),
                List.of(dependsOn), Set.of(), dir.resolve("pom.xml"));
        modules.add(module);
        return module;
    }

    /** Writes a Java source; the path is taken from the package and the first type name. */
    public Path java(CodeModule module, String source) {
        String pkg = source.lines().filter(l -> l.startsWith("package ")).findFirst()
                .map(l -> l.substring(8, l.indexOf(';')).trim()).orElse("");
        java.util.regex.Matcher type = java.util.regex.Pattern
                .compile("(?:class|interface|enum|record|@interface)\\s+(\\w+)").matcher(source);
        if (!type.find()) {
            throw new IllegalArgumentException("no type in " + source);
        }
        Path file = module.sourceRoots().get(0).resolve(pkg.replace('.', '/')).resolve(type.group(1) + ".java");
        return write(file, source);
    }

    public Path resource(CodeModule module, String name, String content) {
        return write(module.resourceDirectories().get(0).resolve(name), content);
    }

    public Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Codebase codebase() {
        return new Codebase(root, modules);
    }

    EndpointScan scan(CodeModule module) {
        return new EndpointScanner(codebase()).scan(module);
    }

    /** "GET /orders/{}" for each endpoint found. */
    List<String> endpoints(CodeModule module) {
        return scan(module).endpoints().stream().map(EndpointContractCheck::display).toList();
    }

    /** How the check writes an endpoint, for tests outside its package. */
    public static String display(CodeEndpoint endpoint) {
        return EndpointContractCheck.display(endpoint);
    }

    public static Endpoint endpoint(String method, String path, String service, int line) {
        return new Endpoint(method, path, service, Position.of(line, 1));
    }

    public static Service service(String name) {
        return new Service(name, Position.of(1, 1));
    }

    public ArchitectureModel model(List<Service> services, List<Endpoint> endpoints, String basePath) {
        return ArchitectureModel.builder(root.resolve("architecture.md")).services(services).endpoints(endpoints)
                .basePath(basePath).build();
    }

    public ArchitectureModel model(List<Endpoint> endpoints) {
        return model(List.of(), endpoints, null);
    }

    CheckContext context(ArchitectureModel model) {
        return context(model, ServiceMap.none(), Map.of());
    }

    CheckContext context(ArchitectureModel model, ServiceMap services, Map<String, String> options) {
        return new CheckContext(model, codebase(), services, options);
    }

    /** A service map by module: every class of a module belongs to the named service. */
    public static ServiceMap byModule(List<Service> services, Map<String, String> serviceByModule) {
        return (module, className) -> Optional.ofNullable(serviceByModule.get(module.artifactId()))
                .flatMap(name -> services.stream().filter(s -> s.isNamed(name)).findFirst());
    }
}
