package io.github.architect.doc;

import io.github.architect.cache.ScanCache;
import io.github.architect.cache.StoredViolation;
import io.github.architect.model.ArchitectureModel;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The parsed document, kept in the scan cache by the document's content hash: a run with an
 * unchanged document (most runs) reads the model instead of parsing Markdown, YAML and SQL again,
 * which in a freshly started JVM is the largest part of an unchanged re-run.
 */
public final class DocumentCache {

    static final String NAME = "document";

    /** What is stored: the model and the document's own findings. */
    record Stored(ArchitectureModel model, List<StoredViolation> findings) {
    }

    private DocumentCache() {
    }

    /** The document parsed by {@code parser}, or as parsed by an earlier run when its bytes are the same. */
    public static ParsedDocument parse(Path document, ScanCache scanCache, ArchitectureDocumentParser parser) {
        if (!scanCache.persistent()) {
            return parser.parse(document);
        }
        String hash;
        try {
            hash = scanCache.sha256(document);
        } catch (UncheckedIOException e) {
            return parser.parse(document); // the parser says what is wrong with the file
        }
        Stored stored = scanCache.results(NAME, Stored.class).get(hash, document.toAbsolutePath().normalize().toString(),
                () -> {
                    ParsedDocument parsed = parser.parse(document);
                    return new Stored(parsed.model(), parsed.findings().stream().map(StoredViolation::of).toList());
                });
        return new ParsedDocument(stored.model(), stored.findings().stream().map(StoredViolation::toViolation).toList());
    }
}
