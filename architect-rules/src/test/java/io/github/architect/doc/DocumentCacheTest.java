package io.github.architect.doc;

import io.github.architect.cache.ScanCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCacheTest {

    @TempDir
    Path root;

    /** Every kind of element the model holds, and a finding of the document's own (an unknown dependency). */
    private static final String DOCUMENT = """
            # Shop

            ## 1. Executive Summary
            A shop.

            ## 2. Architecture Overview
            Two services.

            ## 3. Service Definitions

            ### Order Service
            Takes orders. Owns data: `orders`

            **Dependencies:** Catalog Service, Billing Service

            ### Catalog Service
            Lists products.

            ## 4. API Contracts

            ### Order Service
            - `GET /orders/{id}`
            - `POST /orders` takes `{ "productId": 7, "lines": [ { "qty": 2 }, ... ] }`, answers `201 Created`

            ## 5. Data Schema

            ```sql
            CREATE TABLE orders (
                id BIGINT PRIMARY KEY,
                product_id BIGINT NOT NULL REFERENCES products(id)
            );
            CREATE UNIQUE INDEX orders_product ON orders (product_id);
            CREATE TABLE products (id BIGINT PRIMARY KEY, name VARCHAR(100));
            ```

            ```json
            { "collection": "carts", "fields": ["id", "items"] }
            ```

            ## 6. Technology Stack Rationale
            - **Java 17**
            - **PostgreSQL**

            ## 7. Key Considerations
            None.

            ```yaml architect
            base-path: /api
            shared: [com.shop.common]
            ```
            """;

    private ScanCache cache() {
        return ScanCache.in(root.resolve("target/architect/cache/scan"), "1.0");
    }

    @Test
    void anUnchangedDocumentIsReadFromTheCacheAsAnEqualModelWithItsFindings() throws Exception {
        Path document = Files.writeString(root.resolve("architecture.md"), DOCUMENT);
        ParsedDocument parsed = new ArchitectureDocumentParser().parse(document);
        ScanCache first = cache();
        DocumentCache.parse(document, first, new ArchitectureDocumentParser());
        first.save();

        ScanCache second = cache();
        ParsedDocument cached = DocumentCache.parse(document, second, new ArchitectureDocumentParser());

        assertThat(second.computedCounts()).containsEntry(DocumentCache.NAME, 0);
        assertThat(cached.model()).isEqualTo(parsed.model());
        assertThat(cached.findings()).isEqualTo(parsed.findings()).isNotEmpty();
        assertThat(cached.model().tables()).hasSize(2);
        assertThat(cached.model().basePath()).isEqualTo("/api");
        assertThat(cached.model().payloads()).hasSize(2).isEqualTo(parsed.model().payloads());
    }

    @Test
    void anEditedDocumentIsParsedAgain() throws Exception {
        Path document = Files.writeString(root.resolve("architecture.md"), DOCUMENT);
        ScanCache first = cache();
        DocumentCache.parse(document, first, new ArchitectureDocumentParser());
        first.save();
        Files.writeString(document, DOCUMENT.replace("- `POST /orders`", "- `POST /orders`\n- `DELETE /orders/{id}`"));

        ScanCache second = cache();
        ParsedDocument cached = DocumentCache.parse(document, second, new ArchitectureDocumentParser());

        assertThat(second.computedCounts()).containsEntry(DocumentCache.NAME, 1);
        assertThat(cached.model().endpoints()).hasSize(3);
    }

    @Test
    void anEditThatKeepsTheDocumentsSizeAndModificationTimeIsParsedAgain() throws Exception {
        Path document = Files.writeString(root.resolve("architecture.md"), DOCUMENT);
        FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(document, anHourAgo);
        ScanCache first = cache();
        DocumentCache.parse(document, first, new ArchitectureDocumentParser());
        first.save();
        // same length, other service: what 'touch -r' after an edit leaves
        Files.writeString(document, DOCUMENT.replace("- `GET /orders/{id}`", "- `PUT /orders/{id}`"));
        Files.setLastModifiedTime(document, anHourAgo);

        ScanCache second = cache();
        ParsedDocument cached = DocumentCache.parse(document, second, new ArchitectureDocumentParser());

        assertThat(second.computedCounts()).containsEntry(DocumentCache.NAME, 1);
        assertThat(cached.model().endpoints()).extracting(e -> e.method()).contains("PUT").doesNotContain("GET");
    }

    @Test
    void withoutAPersistentCacheTheDocumentIsSimplyParsed() throws Exception {
        Path document = Files.writeString(root.resolve("architecture.md"), DOCUMENT);

        ParsedDocument parsed = DocumentCache.parse(document, ScanCache.disabled(), new ArchitectureDocumentParser());

        assertThat(parsed.model().services()).hasSize(2);
    }

    @Test
    void anEditedLinkedOpenApiContractIsReadAgainThoughTheDocumentIsUnchanged() throws Exception {
        String linking = DOCUMENT.replace("- `POST /orders`", "- `POST /orders`\n\nopenapi: api/openapi.yaml");
        Path document = Files.writeString(root.resolve("architecture.md"), linking);
        Path contract = root.resolve("api/openapi.yaml");
        Files.createDirectories(contract.getParent());
        String openApi = """
                openapi: 3.0.3
                info: {title: Orders, version: "1"}
                paths:
                  /orders:
                    get:
                      responses: {'200': {description: all}}
                """;
        Files.writeString(contract, openApi);
        ScanCache first = cache();
        assertThat(DocumentCache.parse(document, first, new ArchitectureDocumentParser()).model().summary())
                .contains("3 endpoints");
        first.save();
        Files.writeString(contract, openApi.replace("/orders:", "/carts:"));

        ScanCache second = cache();
        ParsedDocument cached = DocumentCache.parse(document, second, new ArchitectureDocumentParser());

        assertThat(cached.model().endpoints()).extracting(e -> e.method() + " " + e.path())
                .containsExactly("GET /orders/{id}", "POST /orders", "GET /carts");
        assertThat(cached.model().endpoints().get(2).file()).isEqualTo(contract.toAbsolutePath().normalize());
    }
}
