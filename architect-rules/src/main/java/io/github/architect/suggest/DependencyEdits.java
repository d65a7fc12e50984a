package io.github.architect.suggest;

import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.github.architect.suggest.DocumentText.Range;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section 3: a service the code of another uses is added to that service's dependencies where the
 * document lists them (the labelled line, or a list item beside the others), or in a new
 * "Dependencies" line of its subsection.
 */
final class DependencyEdits {

    static final Set<String> RULES = Set.of("undeclared-dependency", "undeclared-dependency-summary",
            "undeclared-module-dependency");

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(\\s*(?:>\\s*)?(?:(?:[-*+]|\\d+[.)])\\s+)?(?:\\*\\*|__|\\*|_)?\\s*(?:dependencies|dependency|depends on|calls)"
                    + "\\s*(?:\\*\\*|__|\\*|_)?\\s*:\\s*(?:\\*\\*|__|\\*|_)?\\s*)(.*)$");
    private static final Pattern NONE = Pattern.compile("(?i)^\\s*(?:none\\.?|n/a|-|—|–|nothing|\\(none\\))\\s*$");

    private DependencyEdits() {
    }

    static void undeclared(DocumentText doc, ArchitectureModel model, List<Violation> findings, Changes changes) {
        Map<Service, Set<Service>> wanted = new LinkedHashMap<>();
        Map<Service, Violation> firstFinding = new LinkedHashMap<>();
        for (Violation finding : findings) {
            Optional<Service> from = model.service(finding.service());
            Optional<Service> to = from.flatMap(f -> used(model, f, finding));
            if (to.isEmpty()) {
                changes.notice(finding, "the services cannot be read from the finding; declare the dependency by hand");
            } else if (!model.allows(from.get().name(), to.get().name())) {
                wanted.computeIfAbsent(from.get(), f -> new LinkedHashSet<>()).add(to.get());
                firstFinding.putIfAbsent(from.get(), finding);
            }
        }
        Optional<Range> section = doc.section(model.sections(), SectionKind.SERVICE_DEFINITIONS);
        wanted.forEach((from, to) -> declare(doc, model, section, from, new ArrayList<>(to), firstFinding.get(from), changes));
    }

    /** The hint names both: "Declare Inventory Service under Order Service's Dependencies in ...". */
    private static Optional<Service> used(ArchitectureModel model, Service from, Violation finding) {
        for (Service to : model.services()) {
            if (finding.hint().startsWith("Declare " + to.name() + " under " + from.name() + "'s Dependencies")) {
                return Optional.of(to);
            }
        }
        return Optional.empty();
    }

    private static void declare(DocumentText doc, ArchitectureModel model, Optional<Range> section, Service from,
                                List<Service> to, Violation finding, Changes changes) {
        String names = String.join(", ", to.stream().map(Service::name).toList());
        List<Dependency> declared = model.dependenciesOf(from.name());
        boolean fromYaml = declared.stream().anyMatch(d -> doc.fenceAround(d.position().line())
                .filter(f -> f.info().startsWith("yaml")).isPresent());
        Optional<Range> subsection = section.flatMap(s -> doc.subsection(s, from));
        if (fromYaml || subsection.isEmpty()) {
            changes.notice(finding, fromYaml ? from.name() + "'s dependencies are given in the yaml block; add "
                    + names + " to its depends-on by hand" : from.name() + " has no subsection in section 3; declare "
                    + names + " as its dependency by hand");
            return;
        }
        Range own = subsection.get();
        Optional<Dependency> listed = declared.stream().filter(d -> own.contains(d.position().line()))
                .max(Comparator.comparing(Dependency::position));
        if (listed.isPresent()) {
            int line = listed.get().position().line();
            String text = doc.line(line);
            String before = text.substring(0, Math.min(text.length(), Math.max(0, listed.get().position().column() - 1)));
            if (!before.contains(":") && DocumentText.isListItem(text) && !doc.headingAt(line).isPresent()) {
                int at = doc.continuationEnd(line);
                changes.edits.insertAfter(at, to.stream().map(s -> before + s.name()).toList());
                changes.made(at, "added " + names + " to " + from.name() + "'s dependencies in section 3");
            } else if (LABEL.matcher(text).matches()) {
                append(line, text, names, from, changes, finding);
            } else {
                changes.notice(finding, "line " + line + " lists " + from.name() + "'s dependencies in a way that has"
                        + " no one-line edit; add " + names + " by hand");
            }
            return;
        }
        for (int line = own.from() + 1; line <= own.to(); line++) {
            Matcher label = LABEL.matcher(doc.line(line));
            if (label.matches() && doc.fenceAround(line).isEmpty()) {
                if (NONE.matcher(stripEmphasis(label.group(2))).matches()) {
                    if (changes.edits.replace(line, label.group(1) + names)) {
                        changes.made(line, "declared " + names + " as " + from.name() + "'s dependencies in section 3");
                    }
                } else {
                    append(line, doc.line(line), names, from, changes, finding);
                }
                return;
            }
        }
        int after = doc.lastNonBlank(own);
        List<String> lines = new ArrayList<>();
        if (!DocumentText.isListItem(doc.line(after))) {
            lines.add("");
        }
        lines.add("- **Dependencies:** " + names);
        changes.edits.insertAfter(after, lines);
        changes.made(after, "declared " + names + " as " + from.name() + "'s dependencies in section 3");
    }

    private static void append(int line, String text, String names, Service from, Changes changes, Violation finding) {
        String kept = text.stripTrailing();
        String end = kept.endsWith(".") ? "." : "";
        kept = kept.substring(0, kept.length() - end.length());
        if (changes.edits.replace(line, kept + ", " + names + end)) {
            changes.made(line, "added " + names + " to " + from.name() + "'s dependencies in section 3");
        } else {
            changes.notice(finding, "line " + line + " has another edit; add " + names + " by hand");
        }
    }

    private static String stripEmphasis(String text) {
        return text.replaceAll("[*_`]", "");
    }
}
