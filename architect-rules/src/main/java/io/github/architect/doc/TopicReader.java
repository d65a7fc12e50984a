package io.github.architect.doc;

import io.github.architect.model.Position;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.github.architect.model.Topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the topics, queues, exchanges and channels of sections 2 to 4: tables with a topic column
 * and producer or consumer columns, and bullets under a service's sub-heading ("publishes
 * `invoice.issued`", "Consumes: payment.failed"). The same name declared in several places is one
 * topic with every producer and consumer named. Parties that are not services (a partner, a data
 * lake) are kept as written: they are outside the system, never an unknown service.
 */
final class TopicReader {

    private static final Set<SectionKind> SECTIONS = Set.of(SectionKind.ARCHITECTURE_OVERVIEW,
            SectionKind.SERVICE_DEFINITIONS, SectionKind.API_CONTRACTS);
    private static final String TOPIC_HEADER = "(?:kafka |rabbitmq |amqp |jms |sqs |event )?"
            + "(topic|queue|exchange|channel|event|stream|destination|subject)s?(?: ?\\(s\\))?(?: name)?";
    private static final String PRODUCER_HEADER = "(producers?|producer\\(s\\)|publishers?|publisher\\(s\\)|published by"
            + "|produced by|emitted by|emitters?|senders?|sent by|from)";
    private static final String CONSUMER_HEADER = "(consumers?|consumer\\(s\\)|subscribers?|subscriber\\(s\\)|consumed by"
            + "|subscribed by|listeners?|receivers?|received by|to)";
    private static final Pattern PARTY_SEPARATOR = Pattern.compile("\\s*(?:,|;|<br\\s*/?>|\\band\\b|&|\\+)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final String PUBLISH = "publish(?:es)?|produces?|emits?";
    private static final String CONSUME = "consumes?|subscribes? to|listens? (?:to|on)";
    /** "Publishes: a, b" (a label: plain names allowed) or "publishes `a`" anywhere in the item (backticks needed). */
    private static final Pattern LABEL = Pattern.compile("^(" + PUBLISH + "|" + CONSUME + ")\\s*(?:to|on|from)?\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB = Pattern.compile("\\b(" + PUBLISH + "|" + CONSUME + ")\\b(?:\\s+(?:to|on|from))?"
            + "\\s*((?:[^`]*?`[^`]+`)(?:\\s*(?:,|and|&|or)?\\s*`[^`]+`)*)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NONE = Set.of("", "-", "–", "—", "n/a", "none", "nobody", "tbd", "?");

    private TopicReader() {
    }

    static List<Topic> read(MarkdownOutline outline, List<Service> services) {
        ServiceNames names = new ServiceNames(services);
        Map<String, Declared> topics = new LinkedHashMap<>();
        List<MarkdownOutline.SectionRange> sections = outline.sections().stream()
                .filter(s -> SECTIONS.contains(s.kind())).toList();
        Set<Integer> tableLines = new java.util.HashSet<>();
        for (MarkdownTable table : outline.tables()) {
            if (sections.stream().anyMatch(s -> s.contains(table.line())) && isEventTable(table)) {
                readTable(outline.source(), table, names, topics);
                table.rows().forEach(r -> tableLines.add(r.line()));
            }
        }
        Map<Integer, Optional<Service>> ownerByHeading = new HashMap<>();
        for (MarkdownOutline.SectionRange section : sections) {
            for (int line = section.fromLine(); line <= section.toLine(); line++) {
                if (outline.source().isCode(line) || tableLines.contains(line)) {
                    continue;
                }
                readBullet(outline, section, line, names, ownerByHeading, topics);
            }
        }
        List<Topic> read = new ArrayList<>();
        topics.values().forEach(d -> read.add(d.topic()));
        read.sort((a, b) -> a.position().compareTo(b.position()));
        return read;
    }

    /** A table with a topic (queue, exchange, channel...) column and a producer or a consumer column. */
    static boolean isEventTable(MarkdownTable table) {
        return table.column(TOPIC_HEADER) >= 0
                && (table.column(PRODUCER_HEADER) >= 0 || table.column(CONSUMER_HEADER) >= 0);
    }

    private static void readTable(SourceText source, MarkdownTable table, ServiceNames names, Map<String, Declared> topics) {
        int topicColumn = table.column(TOPIC_HEADER);
        int producerColumn = table.column(PRODUCER_HEADER);
        int consumerColumn = table.column(CONSUMER_HEADER);
        Matcher header = Pattern.compile(TOPIC_HEADER).matcher(table.header().get(topicColumn).trim().toLowerCase(Locale.ROOT));
        String kind = header.matches() ? kindOf(header.group(1)) : "topic";
        for (MarkdownTable.Row row : table.rows()) {
            // the raw line keeps what the parsed cell text loses: <br> between parties
            List<String> cells = rawCells(source.line(row.line()));
            if (cells.size() != table.header().size()) {
                cells = row.cells();
            }
            String topicCell = topicColumn < cells.size() ? cells.get(topicColumn) : "";
            int column = Math.max(1, source.line(row.line()).indexOf(topicCell.trim()) + 1);
            List<String> producers = parties(cells, producerColumn, names);
            List<String> consumers = parties(cells, consumerColumn, names);
            for (String name : topicNames(topicCell)) {
                declare(topics, name, kind, producers, consumers, Position.of(row.line(), column));
            }
        }
    }

    private static String kindOf(String headerWord) {
        return switch (headerWord) {
            case "queue", "exchange", "channel", "stream" -> headerWord;
            default -> "topic";
        };
    }

    private static List<String> rawCells(String line) {
        String trimmed = line.trim();
        if (trimmed.startsWith("|")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : CELL_SEPARATOR.split(trimmed, -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }

    /** The names in a topic cell: its backticked spans, else its text, several split like parties. */
    private static List<String> topicNames(String cell) {
        List<String> found = new ArrayList<>();
        Matcher code = CODE_SPAN.matcher(cell);
        while (code.find()) {
            found.add(code.group(1).trim());
        }
        if (found.isEmpty()) {
            for (String part : PARTY_SEPARATOR.split(cell)) {
                String name = Markup.strip(part).trim();
                // "invoice.issued (v2 schema)": the name is the first word
                int space = name.indexOf(' ');
                found.add(space > 0 ? name.substring(0, space) : name);
            }
        }
        return found.stream().filter(n -> !NONE.contains(n.toLowerCase(Locale.ROOT))).toList();
    }

    private static List<String> parties(List<String> cells, int column, ServiceNames names) {
        if (column < 0 || column >= cells.size()) {
            return List.of();
        }
        List<String> parties = new ArrayList<>();
        for (String part : PARTY_SEPARATOR.split(cells.get(column))) {
            String party = ServiceNames.clean(part);
            if (NONE.contains(party.toLowerCase(Locale.ROOT))) {
                continue;
            }
            parties.add(names.mentioned(party).map(Service::name).orElse(party));
        }
        return parties;
    }

    private static void readBullet(MarkdownOutline outline, MarkdownOutline.SectionRange section, int line,
                                   ServiceNames names, Map<Integer, Optional<Service>> ownerByHeading,
                                   Map<String, Declared> topics) {
        String text = outline.source().line(line);
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("publish") && !lower.contains("produce") && !lower.contains("emit")
                && !lower.contains("consume") && !lower.contains("subscribe") && !lower.contains("listen")) {
            return;
        }
        Matcher item = LIST_ITEM.matcher(text);
        String body = item.matches() ? item.group(1) : text.trim();
        String labelText = body.replaceAll("^[*_]+", "").replaceFirst("^(\\w[\\w ]*?)[*_]+\\s*:", "$1:")
                .replaceFirst("^(\\w[\\w ]*?):[*_]+", "$1:");
        List<Found> found = new ArrayList<>();
        Matcher label = LABEL.matcher(labelText);
        if (label.matches()) {
            List<String> spans = spans(label.group(2));
            found.add(new Found(label.group(1), spans.isEmpty() ? topicNames(label.group(2)) : spans));
        } else if (item.matches()) {
            Matcher verb = VERB.matcher(body);
            while (verb.find()) {
                found.add(new Found(verb.group(1), spans(verb.group(2))));
            }
        }
        if (found.isEmpty()) {
            return;
        }
        Optional<Service> owner = owner(outline, section, line, names, ownerByHeading);
        if (owner.isEmpty()) {
            return;
        }
        for (Found f : found) {
            boolean publishes = f.verb().toLowerCase(Locale.ROOT).matches(PUBLISH);
            for (String name : f.names()) {
                int column = Math.max(1, text.indexOf(name) + 1);
                declare(topics, name, "topic", publishes ? List.of(owner.get().name()) : List.of(),
                        publishes ? List.of() : List.of(owner.get().name()), Position.of(line, column));
            }
        }
    }

    private record Found(String verb, List<String> names) {
    }

    private static List<String> spans(String text) {
        List<String> found = new ArrayList<>();
        Matcher code = CODE_SPAN.matcher(text);
        while (code.find()) {
            found.add(code.group(1).trim());
        }
        return found;
    }

    /** The service named by the nearest enclosing sub-heading of the section. */
    private static Optional<Service> owner(MarkdownOutline outline, MarkdownOutline.SectionRange section, int line,
                                           ServiceNames names, Map<Integer, Optional<Service>> cache) {
        for (Heading heading : outline.enclosingHeadings(line)) {
            if (heading.line() <= section.fromLine()) {
                break;
            }
            Optional<Service> service = cache.computeIfAbsent(heading.line(), l -> serviceOf(heading, names));
            if (service.isPresent()) {
                return service;
            }
        }
        return Optional.empty();
    }

    private static Optional<Service> serviceOf(Heading heading, ServiceNames names) {
        for (String span : heading.codeSpans()) {
            Optional<Service> byId = names.resolve(span);
            if (byId.isPresent()) {
                return byId;
            }
        }
        Optional<Service> resolved = names.resolve(ServiceReader.nameOf(heading.text()));
        return resolved.isPresent() ? resolved : names.mentioned(heading.text());
    }

    private static void declare(Map<String, Declared> topics, String name, String kind, List<String> producers,
                                List<String> consumers, Position position) {
        if (name.isBlank()) {
            return;
        }
        Declared declared = topics.computeIfAbsent(Topic.keyOf(name), k -> new Declared(name, kind, position));
        declared.producers.addAll(producers);
        declared.consumers.addAll(consumers);
    }

    /** A topic while its declarations are gathered. */
    private static final class Declared {
        private final String name;
        private final String kind;
        private final Position position;
        private final Set<String> producers = new LinkedHashSet<>();
        private final Set<String> consumers = new LinkedHashSet<>();

        Declared(String name, String kind, Position position) {
            this.name = name;
            this.kind = kind;
            this.position = position;
        }

        Topic topic() {
            return new Topic(name, kind, List.copyOf(producers), List.copyOf(consumers), position);
        }
    }
}
