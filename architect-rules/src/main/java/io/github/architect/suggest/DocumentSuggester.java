package io.github.architect.suggest;

import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the findings of a run into the smallest edits of the document that answer them, planned
 * against the document's own lines and written in its own style. The document itself is never
 * written: the caller gets the edited text. Findings with no mechanical edit become notices, never
 * guesses.
 */
public final class DocumentSuggester {

    private static final Set<String> NOT_FOR_A_PERSON = Set.of("undeclared-dependency-summary");

    private DocumentSuggester() {
    }

    /**
     * @param model    the document as read, each element at its place in {@code text}
     * @param text     the document
     * @param findings the findings of the run, in report order
     * @param facts    the tables of the code, for the columns and types of what is added to section 5
     */
    public static Suggestion suggest(ArchitectureModel model, String text, List<Violation> findings, SchemaFacts facts) {
        DocumentText doc = DocumentText.of(text);
        Map<String, List<Violation>> byRule = new LinkedHashMap<>();
        for (Violation finding : findings) {
            if (finding.severity() != Severity.OFF) {
                byRule.computeIfAbsent(finding.ruleId(), r -> new ArrayList<>()).add(finding);
            }
        }
        Changes changes = new Changes();
        EndpointEdits.notImplemented(doc, model, take(byRule, EndpointEdits.NOT_IMPLEMENTED), changes);
        EndpointEdits.undeclared(doc, model, take(byRule, EndpointEdits.UNDECLARED), changes);
        SchemaEdits.undeclaredColumns(doc, model, take(byRule, SchemaEdits.UNDECLARED_COLUMN), facts, changes);
        SchemaEdits.undeclaredTables(doc, model, take(byRule, SchemaEdits.UNDECLARED_TABLE), facts, changes);
        List<Violation> dependencies = new ArrayList<>();
        DependencyEdits.RULES.stream().sorted().forEach(rule -> dependencies.addAll(take(byRule, rule)));
        DependencyEdits.undeclared(doc, model, dependencies, changes);
        TechnologyEdits.undeclared(doc, model, take(byRule, TechnologyEdits.UNDECLARED), changes);
        byRule.values().stream().flatMap(List::stream)
                .filter(f -> f.severity() != Severity.INFO && !NOT_FOR_A_PERSON.contains(f.ruleId()))
                .forEach(f -> changes.notice(f, "no mechanical edit of the document answers it: " + f.message()));
        String suggested = changes.edits.isEmpty() ? text : join(changes.edits.apply(doc.lines()), text);
        return new Suggestion(text, suggested, changes.made(), changes.notices());
    }

    private static List<Violation> take(Map<String, List<Violation>> byRule, String rule) {
        List<Violation> taken = byRule.remove(rule);
        return taken == null ? List.of() : taken;
    }

    /** The lines with the original's line terminator, and a final one when the original ends with one. */
    private static String join(List<String> lines, String original) {
        String newline = original.contains("\r\n") ? "\r\n" : "\n";
        String joined = String.join(newline, lines);
        return original.endsWith("\n") ? joined + newline : joined;
    }
}
