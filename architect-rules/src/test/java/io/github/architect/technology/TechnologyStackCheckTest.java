package io.github.architect.technology;

import io.github.architect.check.CheckContext;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.BuildDependency;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.StandardChecks;
import io.github.architect.engine.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TechnologyStackCheckTest {

    @TempDir
    Path root;

    private static final String POM = """
            <project>
              <artifactId>orders</artifactId>
              <dependencies>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-web</artifactId>
                </dependency>
                <dependency>
                  <groupId>org.mongodb</groupId>
                  <artifactId>mongodb-driver-sync</artifactId>
                </dependency>
                <dependency>
                  <groupId>com.acme</groupId>
                  <artifactId>acme-data</artifactId>
                </dependency>
              </dependencies>
            </project>
            """;

    private static String document(String section6, String section7, String block) {
        return """
                # Shop

                ## 1. Executive Summary
                A shop.

                ## 2. Architecture Overview
                One service.

                ## 3. Service Definitions
                ### Order Service

                ## 4. API Contracts
                None.

                ## 5. Data Schema
                None.

                ## 6. Technology Stack Rationale
                %s
                ## 7. Key Considerations
                %s
                %s""".formatted(section6, section7, block);
    }

    private static BuildDependency direct(String coordinates, String version) {
        String[] parts = coordinates.split(":");
        return BuildDependency.direct(parts[0], parts[1], version, "compile");
    }

    private static BuildDependency through(String coordinates, String version, String via) {
        String[] parts = coordinates.split(":");
        return new BuildDependency(parts[0], parts[1], version, "compile", via);
    }

    private CodeModule module(String name, String release, BuildDependency... dependencies) throws IOException {
        Path base = root.resolve(name);
        Files.createDirectories(base);
        Files.writeString(base.resolve("pom.xml"), POM.replace("orders", name));
        return CodeModule.conventional(name, base).withBuild(List.of(dependencies), release);
    }

    private List<Violation> verify(String markdown, CodeModule... modules) throws IOException {
        Path document = root.resolve("architecture.md");
        Files.writeString(document, markdown);
        ParsedDocument parsed = new ArchitectureDocumentParser().parse(document);
        assertThat(parsed.findings()).noneMatch(v -> v.severity() == Severity.ERROR);
        Codebase codebase = new Codebase(root, List.of(modules));
        CheckContext context = new CheckContext(parsed.model(), codebase, ServiceMap.none(), Map.of());
        Verifier verifier = new Verifier(List.of(new TechnologyStackCheck()), SeverityPolicy.defaults());
        List<Violation> violations = new ArrayList<>();
        for (CodeModule module : modules) {
            violations.addAll(verifier.verifyModule(context, module));
        }
        violations.addAll(verifier.verifyBuild(context));
        return violations;
    }

    private static int lineOf(String markdown, String text) {
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in the document");
    }

    private static List<Violation> rule(List<Violation> violations, String id) {
        return violations.stream().filter(v -> v.ruleId().equals(id)).toList();
    }

    @Test
    void aMongoDbDriverWhereTheDocumentChoosesPostgresqlIsAnErrorAtItsDependency() throws IOException {
        CodeModule orders = module("orders", "21",
                direct("org.springframework.boot:spring-boot-starter-web", "3.4.1"),
                through("org.springframework.boot:spring-boot", "3.4.1", "org.springframework.boot:spring-boot-starter-web"),
                through("org.apache.tomcat.embed:tomcat-embed-core", "10.1.34", "org.springframework.boot:spring-boot-starter-web"),
                direct("org.mongodb:mongodb-driver-sync", "5.2.0"),
                through("org.mongodb:mongodb-driver-core", "5.2.0", "org.mongodb:mongodb-driver-sync"));
        String markdown = document(
                "- **Java 21** + **Spring Boot 3.4**\n- **PostgreSQL** - relational. An alternative would be MongoDB.\n",
                "Keep it simple.", "");
        List<Violation> violations = verify(markdown, orders);

        List<Violation> undeclared = rule(violations, "undeclared-technology");
        assertThat(undeclared).hasSize(1);
        Violation mongo = undeclared.get(0);
        assertThat(mongo.severity()).isEqualTo(Severity.ERROR);
        assertThat(mongo.location().file()).isEqualTo(orders.pomFile());
        assertThat(mongo.location().line()).isEqualTo(Arrays.asList(POM.split("\n")).indexOf("      <artifactId>mongodb-driver-sync</artifactId>") + 1);
        assertThat(mongo.message()).contains("Module orders uses MongoDB (org.mongodb:mongodb-driver-sync:5.2.0)")
                .contains("names as the rejected alternative");
        assertThat(mongo.documentLocation().line()).isEqualTo(lineOf(markdown, "An alternative would be MongoDB"));
        assertThat(mongo.hint()).contains("remove the <dependency> on mongodb-driver-sync");
        // PostgreSQL is chosen and no module has its driver
        assertThat(rule(violations, "technology-not-used")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("chooses PostgreSQL").contains("org.postgresql:postgresql"));
        assertThat(violations).extracting(Violation::ruleId).doesNotContain("technology-version-drift");
    }

    @Test
    void whatAFrameworkBringsAlongIsImpliedButAnInHouseLibraryBringsItsOwn() throws IOException {
        CodeModule orders = module("orders", "",
                direct("org.springframework.boot:spring-boot-starter-data-jpa", "3.4.1"),
                through("org.hibernate.orm:hibernate-core", "6.6.4", "org.springframework.boot:spring-boot-starter-data-jpa"),
                through("com.zaxxer:HikariCP", "5.1.0", "org.springframework.boot:spring-boot-starter-data-jpa"),
                through("org.springframework.data:spring-data-jpa", "3.4.1", "org.springframework.boot:spring-boot-starter-data-jpa"),
                new BuildDependency("org.postgresql", "postgresql", "42.7.4", "runtime", null),
                direct("com.acme:acme-data", "1.0"),
                through("redis.clients:jedis", "5.1.0", "com.acme:acme-data"),
                new BuildDependency("org.testcontainers", "mongodb", "1.20.4", "test", null));
        List<Violation> violations = verify(document(
                "- **Spring Boot**\n- **JPA/Hibernate**\n- **PostgreSQL**\n", "Keep it simple.", ""), orders);

        assertThat(rule(violations, "undeclared-technology")).singleElement().satisfies(v -> {
            assertThat(v.message()).contains("uses Redis (redis.clients:jedis:5.1.0, through com.acme:acme-data)")
                    .contains("does not choose");
            assertThat(v.location().line()).isEqualTo(Arrays.asList(POM.split("\n")).indexOf("      <artifactId>acme-data</artifactId>") + 1);
        });
        assertThat(rule(violations, "technology-not-used")).isEmpty();
    }

    @Test
    void whatAChosenAiClientBringsAlongIsImplied() throws IOException {
        // spring-petclinic-microservices: the genai service's Spring AI starter brings Spring WebFlux
        CodeModule genai = module("genai", "",
                direct("org.springframework.ai:spring-ai-starter-model-openai", "1.1.2"),
                through("org.springframework:spring-webflux", "7.0.2", "org.springframework.ai:spring-ai-starter-model-openai"));
        List<Violation> violations = verify(document("- **Spring AI**: the chat assistant.\n", "Simple.", ""), genai);

        assertThat(violations).extracting(Violation::ruleId)
                .doesNotContain("undeclared-technology", "technology-not-catalogued", "technology-not-used");
    }

    @Test
    void theReactiveCircuitBreakerStarterIsResilience4jAndWhatItBringsIsImplied() throws IOException {
        // spring-petclinic-microservices: the reactive starter brings Resilience4j and the Kotlin stdlib
        CodeModule gateway = module("gateway", "",
                direct("org.springframework.cloud:spring-cloud-starter-circuitbreaker-reactor-resilience4j", "5.0.0"),
                through("io.github.resilience4j:resilience4j-spring-boot3", "2.3.0",
                        "org.springframework.cloud:spring-cloud-starter-circuitbreaker-reactor-resilience4j"),
                through("org.jetbrains.kotlin:kotlin-stdlib-jdk8", "2.2.21",
                        "org.springframework.cloud:spring-cloud-starter-circuitbreaker-reactor-resilience4j"));
        List<Violation> violations = verify(document("- **Resilience4j**: circuit breakers.\n", "Simple.", ""), gateway);

        assertThat(violations).extracting(Violation::ruleId).doesNotContain("undeclared-technology", "technology-not-used");
    }

    @Test
    void everySpringCloudStarterIsSpringCloudUnlessAMoreSpecificEntryClaimsIt() throws IOException {
        // PiggyMetrics: Zuul, Sleuth and the OAuth2 starter are Spring Cloud, and what they bring is implied
        CodeModule gateway = module("gateway", "",
                direct("org.springframework.cloud:spring-cloud-starter-netflix-zuul", "2.0.0.RELEASE"),
                through("io.micrometer:micrometer-core", "1.0.5", "org.springframework.cloud:spring-cloud-starter-netflix-zuul"),
                direct("org.springframework.cloud:spring-cloud-starter-sleuth", "2.0.0.RELEASE"),
                through("io.zipkin.brave:brave", "5.1.0", "org.springframework.cloud:spring-cloud-starter-sleuth"),
                direct("org.springframework.cloud:spring-cloud-starter-netflix-hystrix", "2.0.0.RELEASE"));
        List<Violation> violations = verify(document("- **Spring Cloud**: discovery, config, routing.\n", "Simple.", ""),
                gateway);

        // Hystrix has an entry of its own: choosing Spring Cloud does not choose it
        assertThat(rule(violations, "undeclared-technology")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("uses Hystrix"));
    }

    @Test
    void onlyTheModuleThatBringsTheDriftReportsIt() throws IOException {
        CodeModule orders = module("orders", "", direct("org.postgresql:postgresql", "42.7.4"));
        CodeModule catalog = module("catalog", "", direct("org.postgresql:postgresql", "42.7.4"),
                direct("org.apache.kafka:kafka-clients", "3.9.0"));
        List<Violation> violations = verify(document(
                "| Technology | Alternatives |\n|---|---|\n| PostgreSQL | Oracle |\n| RabbitMQ | Kafka |\n",
                "Keep it simple.", ""), orders, catalog);

        assertThat(rule(violations, "undeclared-technology")).singleElement().satisfies(v -> {
            assertThat(v.subjects()).containsExactly("catalog", "Kafka");
            assertThat(v.location().file()).isEqualTo(catalog.pomFile());
            assertThat(v.message()).contains("rejected alternative");
        });
        assertThat(rule(violations, "technology-not-used")).singleElement()
                .satisfies(v -> assertThat(v.subjects()).containsExactly("RabbitMQ"));
    }

    @Test
    void statedVersionsAreComparedWithTheBuild() throws IOException {
        CodeModule orders = module("orders", "17",
                direct("org.springframework.boot:spring-boot-starter-web", "3.3.5"),
                through("org.springframework.boot:spring-boot", "3.3.5", "org.springframework.boot:spring-boot-starter-web"));
        List<Violation> drift = rule(verify(document("- **Java 21 + Spring Boot 3.4**\n", "Simple.", ""), orders),
                "technology-version-drift");

        assertThat(drift).extracting(Violation::message).containsExactlyInAnyOrder(
                "architecture.md section 6 states Java 21, but module orders builds with Java 17 (the compiler release 17)",
                "architecture.md section 6 states Spring Boot 3.4, but module orders builds with Spring Boot 3.3.5"
                        + " (org.springframework.boot:spring-boot-starter-web:3.3.5)");
        assertThat(drift).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.WARN));
        assertThat(rule(verify(document("- **Java 17+**\n- **Spring Boot 3.3.x**\n", "Simple.", ""), orders),
                "technology-version-drift")).isEmpty();
    }

    @Test
    void theBlockMapsInHouseTechnologiesAndOverridesTheCatalogue() throws IOException {
        CodeModule orders = module("orders", "", direct("com.acme:acme-data", "1.0"), direct("org.postgresql:postgresql", "42.7.4"));
        String block = """
                ```yaml architect
                technologies:
                  Acme Data: [com.acme:acme-*]
                  PostgreSQL: [org.postgresql:pgjdbc-ng]
                ```
                """;
        List<Violation> violations = verify(document("- **PostgreSQL**\n", "Simple.", block
                .replace("  PostgreSQL: [org.postgresql:pgjdbc-ng]\n", "")), orders);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("undeclared-technology");
            assertThat(v.subjects()).containsExactly("orders", "Acme Data");
        });
        // chosen, Acme Data is in use; overridden, PostgreSQL's usual driver no longer shows PostgreSQL
        List<Violation> chosen = verify(document("- **Acme Data**\n- **PostgreSQL**\n", "Simple.", block), orders);
        assertThat(chosen).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("technology-not-used");
            assertThat(v.message()).contains("looked for org.postgresql:pgjdbc-ng");
        });
    }

    @Test
    void aNameTheCatalogueDoesNotKnowIsInfoAtMost() throws IOException {
        CodeModule orders = module("orders", "", direct("org.postgresql:postgresql", "42.7.4"));
        List<Violation> violations = verify(document("- **PostgreSQL**\n- **Grafana**\n- **FancyDB**\n", "Simple.", ""), orders);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("technology-not-catalogued");
            assertThat(v.severity()).isEqualTo(Severity.INFO);
            assertThat(v.subjects()).containsExactly("FancyDB");
        });
    }

    @Test
    void aDocumentThatChoosesNothingHasNoStackToDriftFrom() throws IOException {
        CodeModule orders = module("orders", "", direct("org.mongodb:mongodb-driver-sync", "5.2.0"));
        assertThat(verify(document("To be decided.\n", "Simple.", ""), orders)).isEmpty();
    }

    @Test
    void considerationsStatedInThePresentNeedEvidence() throws IOException {
        CodeModule orders = module("orders", "", direct("org.postgresql:postgresql", "42.7.4"),
                direct("io.micrometer:micrometer-registry-prometheus", "1.14.2"));
        String section7 = """
                ### Security
                - Every request carries a JWT that the gateway validates.
                - Rate limiting will be added later.
                - We do not cache responses.

                ### Observability
                Metrics are scraped by Prometheus. Distributed tracing is planned for phase 2.
                """;
        String markdown = document("- **PostgreSQL**\n- **Prometheus**\n", section7, "");
        List<Violation> violations = verify(markdown, orders);

        assertThat(rule(violations, "consideration-without-evidence")).singleElement().satisfies(v -> {
            assertThat(v.message()).startsWith("Section 7 states OAuth2/JWT authentication (\"Every request carries a JWT");
            assertThat(v.location().line()).isEqualTo(lineOf(markdown, "Every request carries"));
        });
    }

    @Test
    void severitiesAreConfigurable() throws IOException {
        CodeModule orders = module("orders", "", direct("org.mongodb:mongodb-driver-sync", "5.2.0"));
        Path document = root.resolve("architecture.md");
        Files.writeString(document, document("- **PostgreSQL**\n", "Simple.", ""));
        ParsedDocument parsed = new ArchitectureDocumentParser().parse(document);
        CheckContext context = new CheckContext(parsed.model(), new Codebase(root, List.of(orders)), ServiceMap.none(), Map.of());
        Verifier verifier = new Verifier(StandardChecks.all(), SeverityPolicy.of(Map.of(
                "undeclared-technology", Severity.WARN, "technology-not-used", Severity.OFF)));

        assertThat(verifier.verifyModule(context, orders)).filteredOn(v -> v.ruleId().equals("undeclared-technology"))
                .singleElement().satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARN));
        assertThat(verifier.verifyBuild(context)).noneMatch(v -> v.ruleId().equals("technology-not-used"));
        assertThat(verifier.rules()).extracting(r -> r.id()).contains("undeclared-technology", "technology-not-used",
                "technology-version-drift", "consideration-without-evidence", "technology-not-catalogued");
    }
}
