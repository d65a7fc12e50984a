package io.github.architect.boundaries;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.architect.code.Codebase;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.ArchitectureModel;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service boundary rule as an ArchUnit condition, for teams that check architecture in JUnit.
 * Classes are mapped by the yaml block and by package segment (there are no Maven modules in a
 * test); only the imported classes count as code of a service, so import every service's code.
 */
public final class ServiceBoundaryCondition extends ArchCondition<JavaClass> {

    private final DeclaredDependencies declared;
    private final ServiceMapping mapping;
    private volatile Set<String> imported = Set.of();

    public ServiceBoundaryCondition(ArchitectureModel model) {
        super("only depend on services declared in " + new DeclaredDependencies(model).documentName());
        this.declared = new DeclaredDependencies(model);
        Path root = model.document() == null ? Path.of("") : model.document().toAbsolutePath().getParent();
        this.mapping = ServiceMapper.map(model, Codebase.of(root));
    }

    @Override
    public void init(Collection<JavaClass> allObjectsToTest) {
        imported = allObjectsToTest.stream().map(JavaClass::getName).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        Set<String> ownCode = imported;
        BoundaryAnalyzer analyzer = new BoundaryAnalyzer(declared,
                origin -> mapping.serviceOf(null, origin.getName()),
                target -> ownCode.contains(target.getName()) ? mapping.serviceOf(null, target.getName()) : Optional.empty());
        for (UndeclaredUse use : analyzer.undeclaredUses(item)) {
            String message = use.message() + " " + use.dependency().getSourceCodeLocation()
                    + ". " + declared.fix(use.from(), use.to());
            events.add(SimpleConditionEvent.violated(use.dependency(), message));
        }
    }
}
