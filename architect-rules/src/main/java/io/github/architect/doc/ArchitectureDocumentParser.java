package io.github.architect.doc;

import java.nio.file.Path;

/** Reads architecture.md into an ArchitectureModel. */
public final class ArchitectureDocumentParser {

    /** Parses the document; problems become findings, never exceptions. */
    public ParsedDocument parse(Path document) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
