package io.github.architect.scaffold;

import java.util.List;

/** A numbered section of the draft: its heading, a guide for the reader, then its parts. */
record DraftSection(String heading, String guide, List<DraftPart> parts) {

    public DraftSection {
        parts = List.copyOf(parts);
    }

    String markdown(DraftFacts facts) {
        StringBuilder out = new StringBuilder("## ").append(heading).append("\n\n_Guide: ").append(guide).append("_\n\n");
        parts.forEach(part -> out.append(part.markdown(facts)));
        return out.toString();
    }
}
