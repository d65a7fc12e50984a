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
 * Without code it describes an imaginary shop; for a build with code modules it is a first
 * draft whose services are those modules.
 */
public final class DocumentTemplate {

    static final String RESOURCE = "architecture-template.md";

    /** Module names that usually hold shared code rather than a service. */
    private static final Set<String> SHARED_MODULE_WORDS = Set.of("common", "commons", "shared", "util", "utils",
            "lib", "libs", "core", "kernel", "bom", "parent", "test", "tests");

    /** A code module of the build, as far as the draft needs it. */
    public record Module(String artifactId, List<String> moduleDependencies) {
        public Module {
            moduleDependencies = List.copyOf(moduleDependencies);
        }
    }

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

    /**
     * A first draft for a build that has code: each module that looks like a service (not
     * common, shared, util...) becomes one, with the Dependencies line its pom implies, so the
     * draft starts out agreeing with the code. Without such modules, the example document.
     */
    public static String draft(List<Module> modules) {
        List<Module> services = modules.stream().filter(m -> !looksShared(m.artifactId())).toList();
        if (services.isEmpty()) {
            return text();
        }
        Map<String, String> names = services.stream()
                .collect(Collectors.toMap(Module::artifactId, m -> serviceName(m.artifactId()), (a, b) -> a));
        Function<Module, List<String>> dependencies = m -> m.moduleDependencies().stream()
                .filter(names::containsKey).map(names::get).distinct().toList();

        StringBuilder diagram = new StringBuilder("```mermaid\nflowchart LR\n");
        StringBuilder sectionThree = new StringBuilder();
        StringBuilder yaml = new StringBuilder("services:\n");
        for (Module module : services) {
            String name = names.get(module.artifactId());
            diagram.append("    ").append(nodeId(name)).append('[').append(name).append("]\n");
        }
        for (Module module : services) {
            String name = names.get(module.artifactId());
            List<String> uses = dependencies.apply(module);
            for (String used : uses) {
                diagram.append("    ").append(nodeId(name)).append(" --> ").append(nodeId(used)).append('\n');
            }
            sectionThree.append("### ").append(name).append("\n\n")
                    .append("PLACEHOLDER: what the ").append(module.artifactId())
                    .append(" module is responsible for, in one or two sentences.\n\n")
                    .append("- **Responsibilities:** PLACEHOLDER\n")
                    .append("- **Dependencies:** ").append(uses.isEmpty() ? "none" : String.join(", ", uses))
                    .append("\n\n");
            yaml.append("  ").append(name).append(":\n")
                    .append("    modules: [").append(module.artifactId()).append("]\n");
        }
        diagram.append("```\n");
        List<String> shared = new ArrayList<>(modules.stream().map(Module::artifactId).filter(DocumentTemplate::looksShared).toList());
        String sharedLine = "# shared: [com.example.common..]   # PLACEHOLDER: packages every service may use"
                + (shared.isEmpty() ? "" : " (modules " + String.join(", ", shared) + "?)");
        return resource()
                .replace("{{overview-diagram}}", diagram.toString())
                .replace("{{services}}", sectionThree.toString())
                .replace("{{first-service}}", names.get(services.get(0).artifactId()))
                .replace("{{yaml-services}}", yaml.toString())
                .replace("{{shared}}", sharedLine);
    }

    /** "order-service" -> "Order Service", "orders" -> "Orders Service", "billingApi" -> "Billing Api Service". */
    static String serviceName(String artifactId) {
        String spaced = artifactId.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        List<String> words = new ArrayList<>();
        for (String word : spaced.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return artifactId + " Service";
        }
        if (!words.get(words.size() - 1).equals("Service")) {
            words.add("Service");
        }
        return String.join(" ", words);
    }

    private static boolean looksShared(String artifactId) {
        String[] words = artifactId.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        for (String word : words) {
            if (SHARED_MODULE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String nodeId(String serviceName) {
        return serviceName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
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
