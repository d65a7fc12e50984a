package io.github.architect.boundaries;

import io.github.architect.check.Location;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Position;
import io.github.architect.model.Service;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The "A may use B" dependencies the document declares, and the wording of fixes pointing at them. */
final class DeclaredDependencies {

    private final ArchitectureModel model;
    /** "from\0to" by service name: asked once per dependency of every class, so resolved once here. */
    private final Set<String> allowed;

    DeclaredDependencies(ArchitectureModel model) {
        this.model = model;
        this.allowed = model.dependencies().stream()
                .flatMap(d -> ServiceMapper.find(model, d.from()).flatMap(from -> ServiceMapper.find(model, d.to())
                        .map(to -> key(from, to))).stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    ArchitectureModel model() {
        return model;
    }

    boolean allows(Service from, Service to) {
        return from == to || from.name().equals(to.name()) || allowed.contains(key(from, to));
    }

    private static String key(Service from, Service to) {
        return from.name() + "\0" + to.name();
    }

    private boolean names(String written, Service service) {
        return ServiceMapper.find(model, written).map(service::equals).orElse(false);
    }

    /** Where the service is declared, for {@code documentLocation}, or null when it came from configuration. */
    Location documentLocation(Service service) {
        Position position = service.position();
        return position != null && position.isKnown() && model.document() != null
                ? Location.of(model.document(), position) : null;
    }

    /** "declare `Catalog Service` under Order Service's Dependencies (architecture.md line 12) or remove the dependency". */
    String fix(Service from, Service to) {
        return "Declare " + to.name() + " under " + from.name() + "'s Dependencies in " + documentName()
                + lineOf(from) + ", or remove the dependency.";
    }

    private String lineOf(Service service) {
        Position position = service.position();
        return position != null && position.isKnown() ? " (line " + position.line() + ")" : "";
    }

    String documentName() {
        return Optional.ofNullable(model.document()).map(d -> d.getFileName().toString()).orElse("architecture.md");
    }

    Optional<Dependency> declared(Service from, Service to) {
        return model.dependencies().stream().filter(d -> names(d.from(), from) && names(d.to(), to)).findFirst();
    }
}
