package io.github.architect.suggest;

import java.util.List;

/**
 * The document with the suggested edits, and what they are.
 *
 * @param original  the document as read
 * @param suggested the document with the edits; equal to {@code original} when there is nothing to suggest
 * @param edits     one line per edit: where, and what it declares or removes
 * @param notices   one line per finding that has no mechanical edit, and why
 */
public record Suggestion(String original, String suggested, List<String> edits, List<String> notices) {

    public Suggestion {
        edits = List.copyOf(edits);
        notices = List.copyOf(notices);
    }

    public boolean changesDocument() {
        return !original.equals(suggested);
    }
}
