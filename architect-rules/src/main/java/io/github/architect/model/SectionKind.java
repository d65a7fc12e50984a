package io.github.architect.model;

/** The seven sections of the document format, in their order. */
public enum SectionKind {
    EXECUTIVE_SUMMARY("Executive Summary"),
    ARCHITECTURE_OVERVIEW("Architecture Overview"),
    SERVICE_DEFINITIONS("Service Definitions"),
    API_CONTRACTS("API Contracts"),
    DATA_SCHEMA("Data Schema"),
    TECHNOLOGY_STACK("Technology Stack Rationale"),
    KEY_CONSIDERATIONS("Key Considerations");

    private final String title;

    SectionKind(String title) {
        this.title = title;
    }

    /** The title the format gives this section. */
    public String title() {
        return title;
    }
}
