package io.github.architect.scaffold;

/** Section 3: one sub-heading per service with a placeholder for its purpose and the dependencies its code has. */
final class ServiceDefinitions implements DraftPart {

    @Override
    public String markdown(DraftFacts facts) {
        StringBuilder out = new StringBuilder();
        for (DraftService service : facts.services()) {
            String code = service.modules().isEmpty() ? "package " + service.packages().get(0)
                    : "module " + String.join(", ", service.modules());
            out.append("### ").append(service.name()).append("\n\n")
                    .append("PLACEHOLDER: what the ").append(service.name()).append(" is responsible for (its code: ")
                    .append(code).append("), in one or two sentences.\n\n")
                    .append("- **Responsibilities:** PLACEHOLDER\n")
                    .append("- **Dependencies:** ");
            var uses = facts.dependenciesOf(service.name());
            out.append(uses.isEmpty() ? "none" : String.join(", ", uses)).append("\n\n");
        }
        return out.toString();
    }
}
