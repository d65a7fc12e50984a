package io.github.architect.scaffold;

import java.util.List;

/**
 * The yaml architect block, only for what names do not say: the code of services whose names do
 * not map to it by convention, and the shared code.
 */
final class ArchitectBlock implements DraftPart {

    @Override
    public String markdown(DraftFacts facts) {
        List<DraftService> explicit = facts.services().stream().filter(DraftService::explicit).toList();
        if (explicit.isEmpty() && facts.shared().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("### Machine-readable details\n\n"
                + "_Guide: which code belongs to which service where the names do not say it, and the code any"
                + " service may use._\n\n```yaml architect\n");
        if (!explicit.isEmpty()) {
            out.append("services:\n");
            for (DraftService service : explicit) {
                out.append("  ").append(yaml(service.name())).append(":\n");
                if (!service.modules().isEmpty()) {
                    out.append("    modules: [").append(String.join(", ", service.modules().stream().map(ArchitectBlock::yaml).toList()))
                            .append("]\n");
                } else {
                    out.append("    packages: [").append(String.join(", ", service.packages().stream().map(p -> p + "..").toList()))
                            .append("]\n");
                }
            }
        }
        if (!facts.shared().isEmpty()) {
            out.append("shared: [").append(String.join(", ", facts.shared().stream().map(ArchitectBlock::yaml).toList())).append("]\n");
        }
        return out.append("```\n\n").toString();
    }

    private static String yaml(String value) {
        return value.matches("[A-Za-z0-9][A-Za-z0-9 ._-]*") && !value.endsWith(" ") ? value
                : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
