package io.github.architect.doc;

import io.github.architect.check.Rule;
import io.github.architect.check.Severity;

import java.util.List;

/** The rules the document itself can break, reported before any check runs. */
public final class DocumentRules {

    public static final Rule MISSING = new Rule("doc-missing", Severity.ERROR,
            "architecture.md is missing",
            "The build has no architecture document at the configured path, so nothing can be checked.",
            "Write one with `mvn architect:scaffold-doc`, or point -Darchitect.doc at the existing file.");
    public static final Rule UNREADABLE = new Rule("doc-unreadable", Severity.ERROR,
            "architecture.md cannot be read as text",
            "The document could not be read, or it is not UTF-8 text (binary content, invalid bytes).",
            "Save the document as UTF-8 Markdown and check its file permissions.");
    public static final Rule NO_SERVICES = new Rule("doc-no-services", Severity.ERROR,
            "No services declared",
            "Section 3 (Service Definitions) is missing or declares no service, so no boundary can be checked.",
            "Add a `## 3. Service Definitions` section with one `### <Name> Service` sub-heading per service.");
    public static final Rule SQL = new Rule("doc-sql", Severity.ERROR,
            "SQL in the Data Schema does not parse",
            "A CREATE TABLE or CREATE INDEX statement in section 5 could not be parsed, so its table is unknown.",
            "Fix the statement so that PostgreSQL or MySQL would accept it.");
    public static final Rule YAML = new Rule("doc-yaml", Severity.ERROR,
            "The yaml architect block does not parse",
            "The ```yaml architect block is not valid YAML or does not have the expected shape.",
            "Fix the YAML; see docs/format.md for the block's reference.");
    public static final Rule UNKNOWN_KEY = new Rule("doc-unknown-key", Severity.ERROR,
            "Unknown key in the yaml architect block",
            "The yaml architect block contains a key architect does not know (often a typo), which would be ignored.",
            "Use only services, shared and base-path at the top, and packages, modules, depends-on and tables per service.");
    public static final Rule UNKNOWN_SERVICE = new Rule("doc-unknown-service", Severity.ERROR,
            "Dependency on an undeclared service",
            "A dependency names a service that the document does not declare.",
            "Declare the service in section 3, or correct the name in the dependency.");
    public static final Rule SELF_DEPENDENCY = new Rule("doc-self-dependency", Severity.WARN,
            "Service declared to depend on itself",
            "A dependency (a Dependencies line, a diagram edge or depends-on) names the service it belongs to; "
                    + "a service may always use its own code, so it is left out of the model.",
            "Remove the service from its own dependencies, or name the service it was meant to be.");
    public static final Rule DUPLICATE_SERVICE = new Rule("doc-duplicate-service", Severity.ERROR,
            "Service declared twice",
            "Two declarations in section 3 name the same service (names compare case-insensitively, with or without \"Service\").",
            "Merge the two declarations or rename one of them.");
    public static final Rule MISSING_SECTION = new Rule("doc-missing-section", Severity.WARN,
            "A section of the format is missing",
            "One of the seven sections (Executive Summary, Architecture Overview, Service Definitions, API Contracts, "
                    + "Data Schema, Technology Stack Rationale, Key Considerations) has no heading.",
            "Add the section's heading, even if the section is short.");

    public static final Rule NESTING = new Rule("doc-nesting", Severity.WARN,
            "The document nests deeper than architect reads",
            "Blockquotes, list items or brackets nest more than " + MarkdownNesting.MAX_DEPTH + " levels deep; "
                    + "the levels beyond are read as plain text, so nothing inside them is lost but their nesting is.",
            "Flatten the nesting: no design document needs more than a few levels of lists or quotes.");
    public static final Rule ENDPOINT_PATH = new Rule("doc-endpoint-path", Severity.ERROR,
            "An endpoint path in the API Contracts cannot be served",
            "An endpoint of section 4 has a path no server could match: an unbalanced '{' or '}', an empty "
                    + "segment ('//'), or more than " + EndpointReader.MAX_PATH_LENGTH + " characters. "
                    + "The endpoint is left out of the contract; the rest of the document is read.",
            "Correct the path: parameters as {name}, one '/' between segments.");
    public static final Rule GRAPHQL = new Rule("doc-graphql", Severity.ERROR,
            "A GraphQL schema in the API Contracts does not parse",
            "A ```graphql block of section 4, or a GraphQL schema file it links, is not valid SDL, so the"
                    + " operations it declares are unknown. The rest of the document is read.",
            "Fix the SDL (type Query { orders: [Order] }); the finding names the line.");
    public static final Rule PROTO = new Rule("doc-proto", Severity.ERROR,
            "A protobuf definition in the API Contracts cannot be read",
            "A ```protobuf block of section 4, or a .proto file it links, is missing or malformed (an unclosed"
                    + " block, comment or string, an rpc without returns), so the rpcs it declares are unknown.",
            "Fix the definition: service Name { rpc Method (Request) returns (Response); }.");

    public static final Rule JSON = new Rule("doc-json", Severity.WARN,
            "A JSON sample in the API Contracts does not parse",
            "A JSON code block or inline JSON of section 4 is not JSON even read leniently (comments, trailing"
                    + " commas and `...` elisions are tolerated), so the payloads of its endpoint are not checked.",
            "Fix the JSON, or tag the block with another language if it is not meant as JSON.");
    public static final Rule PAYLOAD_CONFLICT = new Rule("doc-payload-conflict", Severity.WARN,
            "Two samples of one endpoint contradict each other",
            "An endpoint mentioned more than once in section 4 shows two success statuses, or a field with a value"
                    + " of one kind in one sample and of another kind in the other.",
            "Make the samples agree, or show the endpoint's samples once.");

    private DocumentRules() {
    }

    /** Every document rule, for configuration, documentation and reports. */
    public static List<Rule> all() {
        return List.of(MISSING, UNREADABLE, NO_SERVICES, SQL, YAML, UNKNOWN_KEY, UNKNOWN_SERVICE,
                SELF_DEPENDENCY, DUPLICATE_SERVICE, MISSING_SECTION, NESTING, ENDPOINT_PATH, GRAPHQL, PROTO,
                JSON, PAYLOAD_CONFLICT);
    }
}
