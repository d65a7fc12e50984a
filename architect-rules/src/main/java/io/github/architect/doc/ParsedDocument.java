package io.github.architect.doc;

import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;

import java.util.List;

/**
 * The result of reading architecture.md: the model (as much as could be understood) and the
 * findings about the document itself.
 */
public record ParsedDocument(ArchitectureModel model, List<Violation> findings) {

    public ParsedDocument {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(v -> v.severity() == Severity.ERROR);
    }
}
