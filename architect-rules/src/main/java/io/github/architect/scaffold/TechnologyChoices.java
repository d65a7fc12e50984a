package io.github.architect.scaffold;

/** Section 6: each catalogued technology the build uses, with a TODO for why it was chosen. */
final class TechnologyChoices implements DraftPart {

    @Override
    public String markdown(DraftFacts facts) {
        if (facts.technologies().isEmpty()) {
            return "PLACEHOLDER: the build uses no technology architect's catalogue knows.\n\n";
        }
        StringBuilder out = new StringBuilder();
        for (String technology : facts.technologies()) {
            out.append("- **").append(technology).append("**: TODO: why it was chosen, and what else was weighed.\n");
        }
        return out.append('\n').toString();
    }
}
