package io.github.architect.scaffold;

import java.util.List;

/** The seven sections of the draft and the parts each is written from. */
final class DraftSections {

    private DraftSections() {
    }

    static List<DraftSection> standard() {
        return List.of(
                new DraftSection("1. Executive Summary", "three or four sentences a newcomer reads first: what the"
                        + " system does, for whom, and the one or two decisions that shape everything else.",
                        List.of(new Outline("PLACEHOLDER: what the system does and for whom.\n"))),
                new DraftSection("2. Architecture Overview", "the big picture: how the services talk to each other"
                        + " and where their data lives. Edges of the Mermaid flowchart are read as dependencies, so"
                        + " keep them in line with section 3.",
                        List.of(new Outline("PLACEHOLDER: how a request travels through the services.\n"),
                                new DependencyGraph())),
                new DraftSection("3. Service Definitions", "one sub-heading per service, with what it is responsible"
                        + " for and a **Dependencies** line naming the services its code may use (drafted from the"
                        + " code's own uses).",
                        List.of(new ServiceDefinitions())),
                new DraftSection("4. API Contracts", "one sub-heading per service, then each endpoint as a"
                        + " `METHOD /path` sub-heading with its request, success status and response, and errors;"
                        + " the code's controllers must serve exactly these endpoints and bind these samples. GraphQL"
                        + " and gRPC operations go in graphql and protobuf blocks, topics in an event table.",
                        List.of(new EventTable(), new EndpointList())),
                new DraftSection("5. Data Schema", "the tables each service owns, as SQL under a sub-heading naming"
                        + " the service, drafted from the migrations (else the entities); its MongoDB collections"
                        + " as JSON examples.",
                        List.of(new SchemaDdl())),
                new DraftSection("6. Technology Stack Rationale", "one item per technology chosen, its name in bold,"
                        + " why it was chosen and which alternative was weighed.",
                        List.of(new TechnologyChoices())),
                new DraftSection("7. Key Considerations", "what a reviewer must keep in mind about security,"
                        + " scalability, reliability and known risks.",
                        List.of(new Outline("- PLACEHOLDER: the first thing a reviewer must keep in mind.\n"),
                                new ArchitectBlock())));
    }
}
