package io.github.architect.doc;

import io.github.architect.cache.ScanCache;
import io.github.architect.check.StoredViolation;
import io.github.architect.model.ArchitectureModel;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The parsed document, kept in the scan cache by the document's content hash: a run with an
 * unchanged document (most runs) reads the model instead of parsing Markdown, YAML and SQL again,
 * which in a freshly started JVM is the largest part of an unchanged re-run.
 */
public final class DocumentCache {

    static final String NAME = "document";

    /**
     * What is stored: the model, the document's own findings, and the hash of every other file the
     * model was read from (the OpenAPI contracts it links; "" for one that did not exist).
     */
    record Stored(ArchitectureModel model, List<StoredViolation> findings, Map<String, String> inputs) {
    }

    private DocumentCache() {
    }

    private static Map<String, String> inputs(ArchitectureModel model, ScanCache scanCache) {
        return scanCache.digests().contentHashes(modelInputs(model));
    }

    /** The files besides the document that the model was read from: OpenAPI contracts and what they reference. */
    public static List<Path> modelInputs(ArchitectureModel model) {
        return model.openApiDocuments().stream().flatMap(d -> d.inputs().stream()).distinct().toList();
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
                earlier -> earlier.inputs() != null && earlier.inputs().equals(inputs(earlier.model(), scanCache)),
                () -> {
                    ParsedDocument parsed = parser.parse(document);
                    return new Stored(parsed.model(), parsed.findings().stream().map(StoredViolation::of).toList(),
                            inputs(parsed.model(), scanCache));
                });
        return new ParsedDocument(stored.model(), stored.findings().stream().map(StoredViolation::toViolation).toList());
    }
}
