package io.github.architect.boundaries;

import io.github.architect.check.Location;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Position;
import io.github.architect.model.Service;

import java.util.Optional;

/** The "A may use B" dependencies the document declares, and the wording of fixes pointing at them. */
record DeclaredDependencies(ArchitectureModel model) {

    boolean allows(Service from, Service to) {
        if (from.equals(to)) {
            return true;
        }
        return model.dependencies().stream().anyMatch(d -> names(d.from(), from) && names(d.to(), to));
    }

    private boolean names(String written, Service service) {
        return service.isNamed(written) || model.service(written).map(service::equals).orElse(false);
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
