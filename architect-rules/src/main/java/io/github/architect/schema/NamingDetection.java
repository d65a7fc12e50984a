package io.github.architect.schema;

import io.github.architect.code.ApplicationProperties;
import io.github.architect.code.CodeModule;

import java.util.List;
import java.util.Optional;

/**
 * Decides which physical naming a module's entities get.
 *
 * <ol>
 *   <li>The {@code naming} option ({@code spring} or {@code jpa}) wins.</li>
 *   <li>{@code spring.jpa.hibernate.naming.physical-strategy} in application.properties/yml names the strategy.</li>
 *   <li>Spring Boot's JPA auto-configuration on the classpath means snake_case: the
 *       {@code spring-boot-starter-data-jpa} starter, or Spring Boot's auto-configuration
 *       ({@code spring-boot-autoconfigure}, or the Boot 4 {@code spring-boot-hibernate} / {@code spring-boot-data-jpa}
 *       modules) together with Hibernate ({@code hibernate-core}).</li>
 *   <li>Otherwise both names as written (the JPA default) and snake_case are accepted.</li>
 * </ol>
 */
final class NamingDetection {

    private static final List<String> STARTERS = List.of("org.springframework.boot:spring-boot-starter-data-jpa",
            "org.springframework.boot:spring-boot-hibernate", "org.springframework.boot:spring-boot-data-jpa",
            "org.springframework.boot:spring-boot-jpa");
    private static final List<String> AUTOCONFIGURE = List.of("org.springframework.boot:spring-boot-autoconfigure");
    private static final List<String> HIBERNATE = List.of("org.hibernate.orm:hibernate-core", "org.hibernate:hibernate-core");

    private NamingDetection() {
    }

    public static PhysicalNaming detect(CodeModule module, Optional<String> option) {
        Optional<PhysicalNaming> forced = option.flatMap(PhysicalNaming::fromOption);
        if (forced.isPresent()) {
            return forced.get();
        }
        Optional<PhysicalNaming> configured = configuredStrategy(module);
        if (configured.isPresent()) {
            return configured.get();
        }
        boolean starter = STARTERS.stream().anyMatch(module::hasLibrary);
        boolean bootWithHibernate = AUTOCONFIGURE.stream().anyMatch(module::hasLibrary)
                && HIBERNATE.stream().anyMatch(module::hasLibrary);
        return starter || bootWithHibernate ? PhysicalNaming.SPRING : PhysicalNaming.EITHER;
    }

    private static Optional<PhysicalNaming> configuredStrategy(CodeModule module) {
        Optional<String> value = ApplicationProperties.read(module.resourceDirectories())
                .value("spring.jpa.hibernate.naming.physical-strategy");
        if (value.isPresent()) {
            String strategy = value.get();
            if (strategy.contains("PhysicalNamingStrategyStandardImpl")) {
                return Optional.of(PhysicalNaming.JPA);
            }
            if (strategy.contains("CamelCaseToUnderscores") || strategy.contains("SpringPhysicalNamingStrategy")
                    || strategy.contains("PhysicalNamingStrategySnakeCaseImpl")) {
                return Optional.of(PhysicalNaming.SPRING);
            }
        }
        return Optional.empty();
    }
}
