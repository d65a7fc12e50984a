package io.github.architect.report;

/** How a service-to-service edge of the diagram relates the document to the code. */
public enum EdgeKind {
    /** Declared in the document and used by the code. */
    DECLARED_AND_USED("declared and used"),
    /** Declared in the document; the code does not use it (may be removed from the document). */
    DECLARED_UNUSED("declared but unused"),
    /** Declared in the document; the code was not analysed for uses. */
    DECLARED("declared"),
    /** Used by the code but not declared: drift. */
    UNDECLARED("used but not declared");

    private final String label;

    EdgeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
