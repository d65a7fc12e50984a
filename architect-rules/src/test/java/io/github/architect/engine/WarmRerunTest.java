package io.github.architect.engine;

import io.github.architect.boundaries.JavaFixtures;
import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.report.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unchanged re-run with the cache on neither reads the document nor renders the reports, and
 * still finds, sums up and reports exactly what a full run does; any change it depends on (the
 * document, with its modification time kept, a linked schema, a .proto directory that appears, a
 * report file edited by hand) is seen.
 */
class WarmRerunTest {

    private static final String DOCUMENT = """
            # Shop

            ## 1. Executive Summary
            A shop.

            ## 2. Architecture Overview
            Two services.

            ## 3. Service Definitions

            ### Orders Service
            Takes orders.

            ### Catalog Service
            Lists products.

            ## 4. API Contracts

            ### Catalog Service API
            graphql: api/catalog.graphqls

            ## 5. Data Schema
            None.

            ## 6. Technology Stack Rationale
            - **Java 17**

            ## 7. Key Considerations
            None.
            """;

    @TempDir
    Path root;
    Codebase layout;
    CodeModule orders;
    CodeModule catalog;
    Path document;

    @BeforeEach
    void build() throws IOException {
        document = root.resolve("architecture.md");
        Files.writeString(document, DOCUMENT);
        write(root.resolve("api/catalog.graphqls"), "type Query {\n  products: [String]\n}\n");
        catalog = module("catalog", List.of());
        JavaFixtures.compile(root.resolve("catalog"), Map.of("com.shop.catalog.Product",
                "package com.shop.catalog;\npublic class Product { }\n"));
        orders = module("orders", List.of("catalog"));
        JavaFixtures.compile(root.resolve("orders"), Map.of("com.shop.orders.Checkout",
                "package com.shop.orders;\npublic class Checkout { com.shop.catalog.Product product; }\n"),
                root.resolve("catalog/target/classes"));
        layout = Codebase.of(root, catalog, orders);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private CodeModule module(String name, List<String> dependencies) {
        CodeModule conventional = CodeModule.conventional(name, root.resolve(name));
        return new CodeModule(name, conventional.baseDirectory(), "jar", conventional.sourceRoots(),
                conventional.classesDirectories(), conventional.resourceDirectories(), dependencies, Set.of(),
                conventional.pomFile());
    }

    /** One build as the plugin runs it; what it found, printed and wrote, and what it said at -X. */
    private record Run(List<Violation> findings, String summary, Map<Path, String> reports, List<String> debug) {
    }

    private Run run() throws IOException {
        List<String> debug = new ArrayList<>();
        BuildSettings settings = new BuildSettings(document, root, SeverityPolicy.defaults(), Map.of(), "1.0", "1.0",
                ReportFormat.parse("all"), root.resolve("target/architect"), null, false);
        BuildSession session = BuildSession.open(settings, layout, debug::add);
        List<Violation> found = new ArrayList<>(session.documentFindings());
        found.addAll(session.verifyModule(catalog, root.resolve("catalog/target/architect/cache")));
        found.addAll(session.verifyModule(orders, root.resolve("orders/target/architect/cache")));
        found.addAll(session.verifyBuild());
        String summary = session.summary();
        Map<Path, String> reports = new LinkedHashMap<>();
        for (Path file : session.writeReports()) {
            reports.put(file, Files.readString(file));
        }
        return new Run(found, summary, reports, debug);
    }

    private void ageReports(Run run) throws IOException {
        for (Path file : run.reports().keySet()) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        }
    }

    @Test
    void anUnchangedRerunNeitherReadsTheDocumentNorRewritesTheReportsAndGivesTheSameAnswer() throws IOException {
        Run first = run();
        assertThat(first.findings()).extracting(Violation::ruleId).contains("undeclared-dependency");
        assertThat(first.summary()).isEqualTo("architecture.md: 2 services, 0 endpoints, 0 tables, 1 technology,"
                + " 1 operation");
        assertThat(first.debug()).noneMatch(line -> line.contains("not read again"));
        ageReports(first);

        Run second = run();

        assertThat(second.debug()).contains(document + " unchanged since the last run: not read again",
                "reports in " + root.resolve("target/architect") + " unchanged since the last run: not written again");
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(second.summary()).isEqualTo(first.summary());
        assertThat(second.reports()).isEqualTo(first.reports());
        for (Path file : second.reports().keySet()) {
            assertThat(Files.getLastModifiedTime(file)).as("%s not written again", file)
                    .isEqualTo(FileTime.fromMillis(1_000_000_000_000L));
        }
    }

    @Test
    void anEditedDocumentIsReadAgainThoughItsSizeAndModificationTimeAreKept() throws IOException {
        Run first = run();
        FileTime modified = Files.getLastModifiedTime(document);
        Files.writeString(document, DOCUMENT.replace("### Catalog Service\nLists", "### Basket Service\nLists"));
        Files.setLastModifiedTime(document, modified);

        Run second = run();

        assertThat(second.debug()).noneMatch(line -> line.contains("not read again"));
        assertThat(second.findings()).isNotEqualTo(first.findings());
        assertThat(second.reports()).isNotEqualTo(first.reports());
        assertThat(second.reports().values()).anyMatch(text -> text.contains("Basket Service"));
    }

    @Test
    void anEditedLinkedSchemaChangesTheSummaryAndTheFindings() throws IOException {
        Run first = run();
        write(root.resolve("api/catalog.graphqls"), "type Query {\n  products: [String]\n  product: String\n}\n");

        Run second = run();

        assertThat(second.summary()).isEqualTo("architecture.md: 2 services, 0 endpoints, 0 tables, 1 technology,"
                + " 2 operations");
        assertThat(second.findings()).extracting(Violation::ruleId)
                .filteredOn("operation-not-implemented"::equals).hasSize(2);
        assertThat(first.findings()).extracting(Violation::ruleId)
                .filteredOn("operation-not-implemented"::equals).hasSize(1);
    }

    @Test
    void aProtoDirectoryThatAppearsIsCheckedByTheNextRun() throws IOException {
        Run first = run();
        assertThat(first.findings()).extracting(Violation::ruleId).doesNotContain("undeclared-operation");
        write(orders.baseDirectory().resolve("src/main/proto/orders.proto"),
                "service OrderApi { rpc PlaceOrder (A) returns (B); }\n");
        write(orders.sourceRoots().get(0).resolve("com/shop/orders/OrderApiService.java"), """
                package com.shop.orders;
                class OrderApiService extends OrderApiGrpc.OrderApiImplBase {
                }
                """);

        Run second = run();

        assertThat(second.findings()).extracting(v -> v.ruleId() + " " + v.subjects())
                .contains("undeclared-operation [rpc OrderApi.PlaceOrder]");
    }

    @Test
    void aReportFileEditedOrDeletedIsWrittenAgainWithTheSameBytes() throws IOException {
        Run first = run();
        List<Path> files = new ArrayList<>(first.reports().keySet());
        Files.writeString(files.get(0), "edited by hand");
        Files.delete(files.get(1));

        Run second = run();

        assertThat(second.reports()).isEqualTo(first.reports());
        for (Path file : files) {
            assertThat(Files.readString(file)).isEqualTo(first.reports().get(file));
        }
    }

    @Test
    void aDamagedReadingOrStampOnlyCostsReadingAndWritingAgain() throws IOException {
        Run first = run();
        Files.writeString(root.resolve("target/architect/cache/document.txt"), "architect document reading 1\nkey");
        Files.writeString(root.resolve("target/architect/cache/reports.txt"), "architect report stamp 1\n");

        Run second = run();

        assertThat(second.debug()).noneMatch(line -> line.contains("not read again"));
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(second.reports()).isEqualTo(first.reports());
        assertThat(run().debug()).contains(document + " unchanged since the last run: not read again");
    }

    @Test
    void aFindingSurvivesTheTextRecordsWhateverItsCharacters() {
        Violation tricky = new Violation("rule-id", Severity.WARN, Location.of(Path.of("dir with space/a\tb.java"), 3, 7),
                "a message\nover two lines with a \\ and a \\0 and a tab\t", null,
                Location.of(Path.of("architecture.md"), 12, 1), null, List.of("\\0", "", "x\ty"));

        String line = TextRecords.line(TextRecords.violation(tricky));

        assertThat(line).doesNotContain("\n");
        assertThat(TextRecords.violation(TextRecords.fields(line), 0)).isEqualTo(tricky);
    }
}
