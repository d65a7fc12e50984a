package io.github.architect.doc;

import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Violation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings about one document, each located in it. */
final class Findings {

    private final Path document;
    private final List<Violation> violations = new ArrayList<>();

    Findings(Path document) {
        this.document = document;
    }

    void add(Rule rule, int line, int column, String message, String hint, String... subjects) {
        violations.add(Violation.builder(rule)
                .at(Location.of(document, line, Math.max(column, line > 0 ? 1 : 0)))
                .message(message)
                .hint(hint == null || hint.isEmpty() ? rule.help() : hint)
                .subjects(subjects)
                .build());
    }

    List<Violation> all() {
        return List.copyOf(violations);
    }
}
