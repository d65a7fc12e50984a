package io.github.architect.scaffold;

/**
 * One part of a section of the draft, written from the facts. A new kind of content (sample payloads,
 * GraphQL operations, topics) is a new part added to its section in {@link DraftSections}.
 */
interface DraftPart {

    /** The part's Markdown, ending with a blank line; empty when it has nothing to say. */
    String markdown(DraftFacts facts);
}
