package io.github.architect.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The architecture.md that scaffold-doc writes, kept as a resource so it reads as Markdown.
 * It describes an imaginary shop, for a build without code (a build with code gets a draft
 * from {@link io.github.architect.scaffold.DocumentDraft}).
 */
public final class DocumentTemplate {

    static final String RESOURCE = "architecture-template.md";

    private DocumentTemplate() {
    }

    /** The example document about an imaginary shop. */
    public static String text() {
        return resource()
                .replace("{{overview-diagram}}", """
                        ```mermaid
                        flowchart LR
                            orders[Order Service] --> catalog[Catalog Service]
                        ```
                        """)
                .replace("{{services}}", """
                        ### Order Service

                        PLACEHOLDER: takes orders and tracks them until they are delivered.

                        - **Responsibilities:** validate and store orders, publish an event when an order is placed
                        - **Owns data:** orders
                        - **Dependencies:** Catalog Service

                        ### Catalog Service

                        PLACEHOLDER: knows the products and their prices.

                        - **Responsibilities:** list products, quote prices
                        - **Dependencies:** none

                        """)
                .replace("{{first-service}}", "Order Service")
                .replace("{{yaml-services}}", """
                        services:
                          Order Service:
                            packages: [com.example.shop.orders..]
                            modules: [orders]
                            depends-on: [Catalog Service]
                            tables: [orders]
                          Catalog Service:
                            packages: [com.example.shop.catalog..]
                            modules: [catalog]
                        """)
                .replace("{{shared}}", "shared: [com.example.shop.common..]");
    }

    private static String resource() {
        try (InputStream in = DocumentTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The plugin jar lacks " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
