package io.github.architect.doc;

import io.github.architect.model.Dependency;
import io.github.architect.model.Position;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which service may use which: labelled lines and table columns of section 3, Mermaid
 * flowchart edges and ASCII arrows between service names, then the yaml block, which wins for
 * every service it gives {@code depends-on}. Events and queues are not dependencies.
 */
final class DependencyReader {

    private static final Pattern MERMAID_STATEMENT = Pattern.compile(
            "(?i)^(graph|flowchart|subgraph|end|style|classDef|class|click|linkStyle|direction)\\b.*");
    private static final Pattern MERMAID_CLASS = Pattern.compile(":::\\w+$");
    private static final Pattern TAG_ON = Pattern.compile("<[^>]*>.*");
    private static final Pattern ESCAPED_NEWLINE_ON = Pattern.compile("\\\\n.*");
    private static final Pattern ASYNC = Pattern.compile(
            "(?i).*\\b(events?|publish(es|ed)?|emits?|subscribes?|queues?|topics?|kafka|rabbitmq|sqs|sns|pub/?sub|async|messages?|notif(y|ies|ication))\\b.*");
    private static final Pattern MERMAID_NODE = Pattern.compile(
            "([A-Za-z0-9_][\\w-]*)\\s*(?:\\[\\[|\\[\\(|\\(\\[|\\(\\(|\\[/|\\[\\\\|\\{\\{|[\\[({>])\\s*\"?([^\\]\\)}\"]*?)\"?\\s*(?:]]|\\)]|]\\)|\\)\\)|/]|\\\\]|}}|[\\])}])");
    private static final Pattern MERMAID_TEXT_EDGE = Pattern.compile("(<?)(--|==|-\\.)\\s*([^|>]+?)\\s*(-->|==>|\\.->|---|\\.-)");
    private static final Pattern MERMAID_ARROW = Pattern.compile(
            "\\s*(<?(?:-{2,}|={2,}|-\\.+-)[->xo]?)(?:\\|([^|]*)\\|)?\\s*");
    private static final Pattern ASCII_ARROW = Pattern.compile("\\s*(?:-+>|=+>|→|⟶|⇒)\\s*");
    private static final Pattern BOX = Pattern.compile("[│┌┐└┘├┤┬┴┼─║═╔╗╚╝▼▲►◄|+]");

    private DependencyReader() {
    }

    static List<Dependency> read(MarkdownOutline outline, List<ServiceReader.Declared> declared, List<Service> services,
                                 ArchitectBlock block, DocumentFindings findings) {
        ServiceNames names = new ServiceNames(services);
        Found found = new Found(findings);
        for (ServiceReader.Declared d : declared) {
            Optional<Service> from = names.resolve(d.name());
            if (from.isEmpty()) {
                continue;
            }
            for (LabelledValues.Item item : d.dependsOn()) {
                Optional<Service> to = names.resolve(item.text());
                if (to.isPresent()) {
                    found.add(from.get(), to.get(), Position.of(item.line(), item.column()));
                } else if (ServiceNames.looksLikeService(item.text())) {
                    findings.add(DocumentRules.UNKNOWN_SERVICE, item.line(), item.column(),
                            d.name() + " depends on \"" + item.text() + "\", but no such service is declared",
                            "Declare \"" + item.text() + "\" in section 3, or correct the name (declared: "
                                    + serviceList(services) + ").", d.name(), item.text());
                }
            }
        }
        mermaid(outline, names, found);
        ascii(outline, names, found);
        for (ArchitectBlock.Entry entry : block.entries()) {
            if (entry.dependsOn() == null) {
                continue;
            }
            Optional<Service> from = names.resolve(entry.name());
            if (from.isEmpty()) {
                continue;
            }
            found.removeFrom(from.get());
            for (String target : entry.dependsOn()) {
                Optional<Service> to = names.resolve(target);
                if (to.isPresent()) {
                    found.add(from.get(), to.get(), entry.dependsOnPosition());
                } else {
                    findings.add(DocumentRules.UNKNOWN_SERVICE, entry.dependsOnPosition().line(),
                            entry.dependsOnPosition().column(),
                            entry.name() + " depends-on \"" + target + "\" in the yaml architect block, but no such service is declared",
                            "Use one of the declared services: " + serviceList(services) + ".", entry.name(), target);
                }
            }
        }
        return found.dependencies();
    }

    private static String serviceList(List<Service> services) {
        return services.stream().map(Service::name).toList().toString();
    }

    /** The dependencies found so far, first place wins; a service written as its own dependency is a warning. */
    private static final class Found {
        private final Map<String, Dependency> dependencies = new LinkedHashMap<>();
        private final Set<Position> selfReported = new HashSet<>();
        private final DocumentFindings findings;

        Found(DocumentFindings findings) {
            this.findings = findings;
        }

        void add(Service from, Service to, Position position) {
            if (from.key().equals(to.key())) {
                if (selfReported.add(position)) {
                    findings.add(DocumentRules.SELF_DEPENDENCY, position.line(), position.column(),
                            from.name() + " is declared to depend on itself",
                            "Remove it: a service may always use its own code.", from.name());
                }
                return;
            }
            dependencies.putIfAbsent(from.key() + "->" + to.key(), new Dependency(from.name(), to.name(), position));
        }

        void removeFrom(Service from) {
            dependencies.values().removeIf(dep -> from.isNamed(dep.from()));
        }

        List<Dependency> dependencies() {
            return new ArrayList<>(dependencies.values());
        }
    }

    private static void mermaid(MarkdownOutline outline, ServiceNames names, Found found) {
        for (CodeBlock block : outline.codeBlocks()) {
            if (!block.language().equals("mermaid")) {
                continue;
            }
            String[] lines = block.content().split("\\R");
            String kind = "";
            for (String line : lines) {
                if (!line.isBlank()) {
                    kind = line.trim().toLowerCase(Locale.ROOT);
                    break;
                }
            }
            if (!kind.startsWith("graph") && !kind.startsWith("flowchart")) {
                continue;
            }
            Map<String, String> labels = new HashMap<>();
            for (String line : lines) {
                Matcher node = MERMAID_NODE.matcher(line);
                while (node.find()) {
                    labels.putIfAbsent(node.group(1), node.group(2));
                }
            }
            for (int i = 0; i < lines.length; i++) {
                edges(lines[i], block.firstLine() + i, labels, names, found);
            }
        }
    }

    private static void edges(String raw, int line, Map<String, String> labels, ServiceNames names,
                              Found found) {
        String trimmed = raw.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("%%") || MERMAID_STATEMENT.matcher(trimmed).matches()) {
            return;
        }
        String text = MERMAID_NODE.matcher(trimmed).replaceAll("$1");
        text = MERMAID_TEXT_EDGE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + arrowOf(m.group(2), m.group(4)) + "|" + m.group(3) + "|"));
        Matcher arrow = MERMAID_ARROW.matcher(text);
        List<String> groups = new ArrayList<>();
        List<String> arrows = new ArrayList<>();
        List<String> arrowLabels = new ArrayList<>();
        int start = 0;
        while (arrow.find()) {
            groups.add(text.substring(start, arrow.start()));
            arrows.add(arrow.group(1));
            arrowLabels.add(arrow.group(2) == null ? "" : arrow.group(2));
            start = arrow.end();
        }
        groups.add(text.substring(start));
        int column = raw.indexOf(trimmed) + 1;
        for (int i = 0; i < arrows.size(); i++) {
            String symbol = arrows.get(i);
            boolean dotted = symbol.contains(".");
            boolean forward = symbol.endsWith(">");
            boolean backward = symbol.startsWith("<");
            if (dotted || ASYNC.matcher(arrowLabels.get(i)).matches() || (!forward && !backward)) {
                continue;
            }
            for (String left : groups.get(i).split("&")) {
                for (String right : groups.get(i + 1).split("&")) {
                    Optional<Service> a = node(left, labels, names);
                    Optional<Service> b = node(right, labels, names);
                    if (a.isEmpty() || b.isEmpty()) {
                        continue;
                    }
                    if (forward) {
                        found.add(a.get(), b.get(), Position.of(line, column));
                    }
                    if (backward) {
                        found.add(b.get(), a.get(), Position.of(line, column));
                    }
                }
            }
        }
    }

    private static String arrowOf(String start, String end) {
        return switch (end) {
            case "-->" -> "-->";
            case "==>" -> "==>";
            case ".->" -> "-.->";
            default -> "---";
        };
    }

    private static Optional<Service> node(String id, Map<String, String> labels, ServiceNames names) {
        String key = MERMAID_CLASS.matcher(id.trim()).replaceAll("");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String label = ESCAPED_NEWLINE_ON.matcher(TAG_ON.matcher(labels.getOrDefault(key, key)).replaceAll("")).replaceAll("");
        if (ASYNC.matcher(label).matches()) {
            return Optional.empty();
        }
        Optional<Service> byLabel = names.resolve(LabelledValues.describeless(label));
        return byLabel.isPresent() ? byLabel : names.resolve(key);
    }

    /** "Order Service --> Inventory Service" lines in sections 2 and 3, in prose or in code. */
    private static void ascii(MarkdownOutline outline, ServiceNames names, Found found) {
        SourceText source = outline.source();
        List<int[]> mermaidLines = new ArrayList<>();
        for (CodeBlock block : outline.codeBlocks()) {
            if (block.language().equals("mermaid")) {
                mermaidLines.add(new int[] {block.fenceLine(), block.firstLine() + (int) block.content().lines().count()});
            }
        }
        for (MarkdownOutline.SectionRange section : outline.sections()) {
            if (section.kind() != SectionKind.ARCHITECTURE_OVERVIEW && section.kind() != SectionKind.SERVICE_DEFINITIONS) {
                continue;
            }
            for (int line = section.fromLine(); line <= section.toLine(); line++) {
                String text = source.line(line);
                if (!(text.contains(">") || text.contains("→") || text.contains("⟶") || text.contains("⇒"))
                        || inside(mermaidLines, line) || ASYNC.matcher(text).matches()) {
                    continue;
                }
                String plain = BOX.matcher(text.replaceAll("[*_`]", "")).replaceAll(" ")
                        .replaceAll("--\\s*[^->]+?\\s*-->", "-->")
                        .replaceFirst("^\\s*(?:[-*+]|\\d+[.)])\\s+", "");
                String[] ends = ASCII_ARROW.split(plain);
                if (ends.length < 2) {
                    continue;
                }
                for (int i = 0; i + 1 < ends.length; i++) {
                    Optional<Service> a = names.resolve(LabelledValues.describeless(ends[i]));
                    Optional<Service> b = names.resolve(LabelledValues.describeless(ends[i + 1]));
                    if (a.isPresent() && b.isPresent()) {
                        int column = Math.max(1, text.indexOf(ends[i].trim()) + 1);
                        found.add(a.get(), b.get(), Position.of(line, column));
                    }
                }
            }
        }
    }

    private static boolean inside(List<int[]> ranges, int line) {
        for (int[] range : ranges) {
            if (line >= range[0] && line <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
