package io.github.architect.suggest;

import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Technology;
import io.github.architect.suggest.DocumentText.Range;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Section 6: a technology the build uses and the section does not choose is added beside the last
 * choice, in its shape (a list item or a table row), with a TODO for its rationale. One the section
 * rejects is a decision for a person.
 */
final class TechnologyEdits {

    static final String UNDECLARED = "undeclared-technology";
    private static final String RATIONALE = "TODO: why it was chosen, and what else was weighed.";
    private static final String DECORATION = "`*_";

    private TechnologyEdits() {
    }

    static void undeclared(DocumentText doc, ArchitectureModel model, List<Violation> findings, Changes changes) {
        Map<String, Violation> wanted = new LinkedHashMap<>();
        for (Violation finding : findings) {
            String name = finding.subjects().size() < 2 ? "" : finding.subjects().get(1);
            if (finding.message().contains("rejected alternative")) {
                changes.notice(finding, "section 6 rejects " + name + ": revise that decision by hand, or remove the dependency");
            } else if (!name.isEmpty()) {
                wanted.putIfAbsent(name.toLowerCase(Locale.ROOT), finding);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Optional<Range> section = doc.section(model.sections(), SectionKind.TECHNOLOGY_STACK);
        Optional<Technology> last = model.chosenTechnologies().stream()
                .filter(t -> section.isPresent() && section.get().contains(t.position().line())
                        && doc.fenceAround(t.position().line()).isEmpty())
                .max(Comparator.comparing(Technology::position));
        List<String> names = wanted.values().stream().map(f -> f.subjects().get(1)).toList();
        if (section.isEmpty()) {
            wanted.values().forEach(f -> changes.notice(f, "the document has no section 6 to choose it in"));
            return;
        }
        List<String> lines = new ArrayList<>();
        int after;
        if (last.isEmpty()) {
            after = doc.lastNonBlank(section.get());
            lines.add("");
            names.forEach(n -> lines.add("- **" + n + "**: " + RATIONALE));
        } else {
            int line = last.get().position().line();
            String text = doc.line(line);
            int at = Math.max(0, last.get().position().column() - 1);
            if (!text.startsWith(last.get().name(), at)) {
                at = Math.max(0, text.indexOf(last.get().name()));
            }
            int end = at + (text.startsWith(last.get().label(), at) ? last.get().label() : last.get().name()).length();
            while (end < text.length() && DECORATION.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (DocumentText.isTableRow(text)) {
                after = doc.tableEnd(line);
                List<int[]> cells = DocumentText.cells(text);
                int nameAt = at;
                int nameEnd = end;
                String label = last.get().label();
                names.forEach(n -> {
                    StringBuilder row = new StringBuilder(text.substring(0, cells.isEmpty() ? 0 : cells.get(0)[0]));
                    boolean named = false;
                    boolean reasoned = false;
                    for (int[] cell : cells) {
                        if (nameAt >= cell[0] && nameAt < cell[1]) {
                            row.append(text, cell[0], nameAt).append(n)
                                    .append(text, Math.min(nameEnd, nameAt + label.length()), nameEnd).append(' ');
                            named = true;
                        } else if (named && !reasoned) {
                            row.append(' ').append(RATIONALE).append(' ');
                            reasoned = true;
                        } else {
                            row.append("  ");
                        }
                        row.append('|');
                    }
                    lines.add(row.toString());
                });
            } else if (DocumentText.isListItem(text)) {
                after = doc.continuationEnd(line);
                String prefix = text.substring(0, at);
                String closing = text.substring(at + last.get().label().length(), end);
                String separator = end < text.length() && text.charAt(end) == ':' ? ": " : " — ";
                names.forEach(n -> lines.add(prefix + n + closing + separator + RATIONALE));
            } else {
                wanted.values().forEach(f -> changes.notice(f, "section 6 names its choices in prose; choose "
                        + f.subjects().get(1) + " there by hand"));
                return;
            }
        }
        changes.edits.insertAfter(after, lines);
        names.forEach(n -> changes.made(after, "chose " + n + " in section 6, with a TODO for its rationale"));
    }
}
