package io.github.architect.bench;

import java.nio.charset.StandardCharsets;

/**
 * An architecture.md of a given size in the shape most documents have: services numbered from 1,
 * each depending on the one before it (in section 3 and in a Mermaid flowchart of section 2),
 * three endpoints each in section 4, and one table each in section 5 with a foreign key to the
 * previous service's table. Service 1 is named "Catalog Service" so a small code fixture can map
 * to it; the others are "Node N Service".
 */
public final class UsualShapeDocument {

    private UsualShapeDocument() {
    }

    /** Writes a document: {@code <bytes> <file>}, e.g. to swap it into examples/ and time a real build. */
    public static void main(String[] args) throws java.io.IOException {
        String document = ofSize(Integer.parseInt(args[0]));
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), document, StandardCharsets.UTF_8);
        System.out.printf("%s: %d bytes%n", args[1], utf8Length(document));
    }

    /** A document of at least {@code bytes} bytes of UTF-8 (whole services only). */
    public static String ofSize(int bytes) {
        StringBuilder overview = new StringBuilder("```mermaid\nflowchart LR\n");
        StringBuilder services = new StringBuilder();
        StringBuilder apis = new StringBuilder();
        StringBuilder schema = new StringBuilder();
        int fixed = 1_200;
        int count = 0;
        while (fixed + overview.length() + services.length() + apis.length() + schema.length() < bytes) {
            count++;
            append(count, overview, services, apis, schema);
        }
        overview.append("```\n");
        String document = "# Generated Platform: Architecture\n\n"
                + "## 1. Executive Summary\n\nA platform of " + count + " services, generated to measure how reading"
                + " time grows with the size of the document.\n\n"
                + "## 2. Architecture Overview\n\nEach service calls the one before it.\n\n" + overview
                + "\n## 3. Service Definitions\n\n" + services
                + "## 4. API Contracts\n\nAll endpoints speak JSON.\n\n" + apis
                + "## 5. Data Schema\n\nPostgreSQL 16, one schema per service.\n\n" + schema
                + "## 6. Technology Stack Rationale\n\n- **Java 17**: the team's language.\n"
                + "- **PostgreSQL**: transactions. Alternatives considered: MongoDB, rejected.\n\n"
                + "## 7. Key Considerations\n\n- **Service boundaries**: each service calls only the one before it.\n";
        return document;
    }

    public static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    static String name(int service) {
        return service == 1 ? "Catalog Service" : "Node " + service + " Service";
    }

    private static String slug(int service) {
        return service == 1 ? "catalog" : "node-" + service;
    }

    static String table(int service) {
        return service == 1 ? "products" : "node_" + service + "_items";
    }

    private static void append(int s, StringBuilder overview, StringBuilder services, StringBuilder apis,
                               StringBuilder schema) {
        if (s > 1) {
            overview.append("    s").append(s).append("[").append(name(s)).append("] --> s").append(s - 1).append('\n');
        } else {
            overview.append("    s1[").append(name(1)).append("]\n");
        }
        services.append("### ").append(name(s)).append("\n\nKeeps the items of area ").append(s).append(".\n\n")
                .append("- **Responsibilities:** list, read and add items\n")
                .append("- **Owns data:** ").append(table(s)).append('\n')
                .append("- **Dependencies:** ").append(s == 1 ? "none" : name(s - 1)).append("\n\n");
        String base = "/" + (s == 1 ? "products" : slug(s) + "/items");
        apis.append("### ").append(name(s)).append("\n\n")
                .append("#### GET ").append(base).append("\n\nLists the items. Success: `200 OK`.\n\n")
                .append("#### GET ").append(base).append("/{id}\n\nOne item. Errors: `404 Not Found`.\n\n")
                .append("#### POST ").append(base).append("\n\nAdds an item. Success: `201 Created`.\n\n");
        schema.append("### ").append(name(s)).append("\n\n```sql\nCREATE TABLE ").append(table(s)).append(" (\n")
                .append("    id        BIGINT       PRIMARY KEY,\n")
                .append("    name      VARCHAR(200) NOT NULL");
        if (s > 1) {
            schema.append(",\n    parent_id BIGINT       REFERENCES ").append(table(s - 1)).append(" (id)");
        }
        schema.append("\n);\n```\n\n");
    }
}
