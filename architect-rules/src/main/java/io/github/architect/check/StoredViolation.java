package io.github.architect.check;


import java.nio.file.Path;
import java.util.List;

/** A finding as the caches store it in JSON: plain strings and numbers, read back to an equal {@link Violation}. */
public record StoredViolation(String ruleId, Severity severity, String file, int line, int column, String message,
                              String hint, String documentFile, int documentLine, int documentColumn, String service,
                              List<String> subjects) {

    public static StoredViolation of(Violation v) {
        Location doc = v.documentLocation();
        return new StoredViolation(v.ruleId(), v.severity(), v.location().file().toString(), v.location().line(),
                v.location().column(), v.message(), v.hint(), doc == null ? null : doc.file().toString(),
                doc == null ? 0 : doc.line(), doc == null ? 0 : doc.column(), v.service(), v.subjects());
    }

    public Violation toViolation() {
        Location doc = documentFile == null ? null : Location.of(Path.of(documentFile), documentLine, documentColumn);
        return new Violation(ruleId, severity, Location.of(Path.of(file), line, column), message, hint, doc,
                service, subjects);
    }
}
