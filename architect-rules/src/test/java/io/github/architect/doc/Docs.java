package io.github.architect.doc;

import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;

import java.nio.file.Path;
import java.util.List;

/** Builds small architecture documents for tests. */
final class Docs {

    static final Path PATH = Path.of("architecture.md");

    private Docs() {
    }

    static ParsedDocument parse(String markdown) {
        return new ArchitectureDocumentParser().parse(markdown, PATH);
    }

    static ArchitectureModel model(String markdown) {
        return parse(markdown).model();
    }

    /** A complete document: the seven sections with the given bodies (null for a one-line placeholder). */
    static String document(String services, String api, String schema, String technologies) {
        return """
                # Shop architecture

                ## 1. Executive Summary
                A shop.

                ## 2. Architecture Overview
                Services talk over HTTP.

                ## 3. Service Definitions
                %s
                ## 4. API Contracts
                %s
                ## 5. Data Schema
                %s
                ## 6. Technology Stack Rationale
                %s
                ## 7. Key Considerations
                Keep it simple.
                """.formatted(
                services == null ? "### Order Service\n" : services,
                api == null ? "None yet.\n" : api,
                schema == null ? "None yet.\n" : schema,
                technologies == null ? "- **Java 17**\n" : technologies);
    }

    static String withServices(String services) {
        return document(services, null, null, null);
    }

    static String withApi(String services, String api) {
        return document(services, api, null, null);
    }

    static String withSchema(String services, String schema) {
        return document(services, null, schema, null);
    }

    static String withTechnologies(String technologies) {
        return document(null, null, null, technologies);
    }

    static List<Violation> findings(String markdown, String ruleId) {
        return parse(markdown).findings().stream().filter(v -> v.ruleId().equals(ruleId)).toList();
    }

    /** The first line containing {@code text}, whole. */
    static String lineText(String markdown, String text) {
        return markdown.lines().filter(l -> l.contains(text)).findFirst().orElseThrow();
    }

    /** The 1-based line of the first line containing {@code text}. */
    static int lineOf(String markdown, String text) {
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + text);
    }
}
