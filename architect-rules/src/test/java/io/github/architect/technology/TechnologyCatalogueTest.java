package io.github.architect.technology;

import io.github.architect.code.BuildDependency;
import io.github.architect.model.Position;
import io.github.architect.model.TechnologyMapping;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TechnologyCatalogueTest {

    private final TechnologyCatalogue catalogue = TechnologyCatalogue.standard();

    private List<String> names(String coordinates) {
        String[] parts = coordinates.split(":");
        return catalogue.matching(BuildDependency.direct(parts[0], parts[1], "1", "compile")).stream()
                .map(CatalogueEntry::name).toList();
    }

    @Test
    void theShippedCatalogueKnowsAboutAHundredTechnologiesWithTheirCoordinates() {
        assertThat(catalogue.size()).isBetween(100, 200);
        assertThat(names("org.postgresql:postgresql")).containsExactly("PostgreSQL");
        assertThat(names("org.apache.kafka:kafka-clients")).containsExactly("Kafka");
        assertThat(names("org.flywaydb:flyway-database-postgresql")).containsExactly("Flyway");
        assertThat(names("com.fasterxml.jackson.core:jackson-databind")).isEmpty();
    }

    @Test
    void aStarterCountsForWhatItBrings() {
        assertThat(names("org.springframework.boot:spring-boot-starter-data-mongodb"))
                .containsExactlyInAnyOrder("Spring Boot", "MongoDB");
        assertThat(names("org.springframework.boot:spring-boot-starter-data-jpa"))
                .containsExactlyInAnyOrder("Spring Boot", "JPA/Hibernate");
    }

    @Test
    void anSdkArtifactCountsForTheServiceItIsFor() {
        assertThat(names("software.amazon.awssdk:dynamodb")).containsExactly("DynamoDB");
        assertThat(names("software.amazon.awssdk:sts")).containsExactly("AWS SDK");
    }

    @Test
    void namesAndAliasesAreFoundWhateverTheirSpelling() {
        assertThat(catalogue.find("Postgres")).map(CatalogueEntry::name).contains("PostgreSQL");
        assertThat(catalogue.find("Apache Kafka")).map(CatalogueEntry::name).contains("Kafka");
        assertThat(catalogue.find("JPA/Hibernate")).map(CatalogueEntry::name).contains("JPA/Hibernate");
        assertThat(catalogue.find("PostgreSQL Database")).map(CatalogueEntry::name).contains("PostgreSQL");
        assertThat(catalogue.find("spring boot")).map(CatalogueEntry::name).contains("Spring Boot");
        assertThat(catalogue.find("Grafana")).hasValueSatisfying(e -> assertThat(e.hasEvidence()).isFalse());
        assertThat(catalogue.find("FancyDB")).isEmpty();
    }

    @Test
    void theBlockAddsAndOverridesEntries() {
        TechnologyCatalogue extended = catalogue.with(List.of(
                new TechnologyMapping("Acme Bus", List.of("com.acme.bus:*"), Position.of(3, 3)),
                new TechnologyMapping("Postgres", List.of("com.example:pg-client"), Position.of(4, 3))));

        assertThat(extended.matching(BuildDependency.direct("com.acme.bus", "bus-client", "1", "compile")))
                .extracting(CatalogueEntry::name).containsExactly("Acme Bus");
        assertThat(extended.matching(BuildDependency.direct("org.postgresql", "postgresql", "1", "compile"))).isEmpty();
        assertThat(extended.find("PostgreSQL")).hasValueSatisfying(e -> assertThat(e.artifacts())
                .extracting(ArtifactGlob::text).containsExactly("com.example:pg-client"));
    }

    @Test
    void statedVersionsAgreeWithTheBuildTheWayAReaderMeansThem() {
        assertThat(StatedVersion.agrees("3.4", "3.4.1")).isTrue();
        assertThat(StatedVersion.agrees("3.4.x", "3.4.1")).isTrue();
        assertThat(StatedVersion.agrees("3", "3.4.1")).isTrue();
        assertThat(StatedVersion.agrees("3.4", "3.3.5")).isFalse();
        assertThat(StatedVersion.agrees("21", "17")).isFalse();
        assertThat(StatedVersion.agrees("17+", "21")).isTrue();
        assertThat(StatedVersion.agrees("21+", "17")).isFalse();
        assertThat(StatedVersion.javaRelease("1.8")).isEqualTo("8");
    }
}
