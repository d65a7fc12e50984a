package io.github.architect.doc;

import io.github.architect.check.Rule;

import java.util.List;

/** The rules the document itself can break. Placeholder until the parser lands. */
public final class DocumentRules {

    private DocumentRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
