package io.github.architect.code;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one text pass over a Java file extracts for every check, so that no check reads the file again
 * to decide whether it matters: which of the {@link #MARKERS} it contains, the enums it declares and
 * its {@code static final String} constants written as a single literal.
 *
 * @param readable  false when the file could not be read (then nothing else is known)
 * @param markers   the indexes into {@link #MARKERS} of the texts the file contains
 * @param enums     simple names of the enums it declares
 * @param constants {@code FileName.FIELD} to value of its literal {@code static final String} constants
 */
public record SourceFacts(boolean readable, BitSet markers, Set<String> enums, Map<String, String> constants) {

    /**
     * Every text some check's pre-filter asks about (endpoints, data schema, messaging, operations,
     * payloads). A check asking about another text makes the index read the file again: correct, only slower.
     */
    static final List<String> MARKERS = List.of(
            // endpoints
            "Mapping", "@Path", "Controller", "@GET", "@POST", "@PUT", "@DELETE", "@PATCH", "@HEAD", "@OPTIONS",
            "@Get", "@Post", "@Put", "@Delete", "@Patch", "@Head", "@Options", "@Trace", "Exchange", "HttpMethod",
            "ApplicationPath",
            // data schema
            "@Entity", "@Embeddable", "@MappedSuperclass", "@Document", "@Query", "@NamedNativeQuer", "JdbcTemplate",
            "JdbcClient", "JdbcOperations", "persistence.Entity", "persistence.Embeddable",
            "persistence.MappedSuperclass",
            // messaging
            "KafkaListener", "KafkaTemplate", "KafkaOperations", "SendTo", "RabbitListener", "RabbitTemplate",
            "RabbitOperations", "AmqpTemplate", "JmsListener", "JmsTemplate", "JmsOperations", "JmsMessagingTemplate",
            "StreamBridge", "@Incoming", "@Outgoing",
            // operations
            "QueryMapping", "MutationMapping", "SubscriptionMapping", "SchemaMapping", "@Dgs", "ImplBase", "GrpcService",
            // payloads
            "ResponseStatus", "Advice", "ExceptionMapper", "@Error");

    private static final Pattern ENUM = Pattern.compile("\\benum\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\"\\s*;");
    private static final Pattern FINAL_STATIC_CONSTANT = Pattern.compile(
            "final\\s+static\\s+String\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\"\\s*;");

    private static final Map<String, Integer> INDEX_OF_MARKER = indexOfMarkers();
    private static final int[][] MARKERS_BY_FIRST_CHAR = markersByFirstChar();

    static final SourceFacts UNREADABLE = new SourceFacts(false, new BitSet(), Set.of(), Map.of());

    public SourceFacts {
        markers = (BitSet) markers.clone();
        enums = Set.copyOf(enums);
        constants = Map.copyOf(constants);
    }

    static SourceFacts of(String fileName, String text) {
        BitSet found = markersIn(text);
        Set<String> enums = new TreeSet<>();
        if (text.contains("enum")) {
            Matcher m = ENUM.matcher(text);
            while (m.find()) {
                enums.add(m.group(1));
            }
        }
        Map<String, String> constants = new LinkedHashMap<>();
        if (text.contains("String")) {
            String owner = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
            for (Pattern p : List.of(CONSTANT, FINAL_STATIC_CONSTANT)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    constants.put(owner + "." + m.group(1), unescape(m.group(2)));
                }
            }
        }
        return new SourceFacts(true, found, enums, constants);
    }

    /** Whether the file contains one of these texts; null when one of them is not a known marker. */
    Boolean mentionsAny(List<String> texts) {
        for (String text : texts) {
            Integer index = INDEX_OF_MARKER.get(text);
            if (index == null) {
                return null;
            }
            if (markers.get(index)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The indexes of the {@link #MARKERS} the text contains, in one pass over it instead of one
     * search per marker: at each character, only the markers starting with it are compared.
     */
    static BitSet markersIn(String text) {
        BitSet found = new BitSet(MARKERS.size());
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            int[] candidates = c < MARKERS_BY_FIRST_CHAR.length ? MARKERS_BY_FIRST_CHAR[c] : null;
            if (candidates == null) {
                continue;
            }
            for (int marker : candidates) {
                if (!found.get(marker) && text.startsWith(MARKERS.get(marker), i)) {
                    found.set(marker);
                }
            }
        }
        return found;
    }

    private static int[][] markersByFirstChar() {
        int[][] byChar = new int[128][];
        for (int i = 0; i < MARKERS.size(); i++) {
            char first = MARKERS.get(i).charAt(0); // every marker is ASCII
            int[] before = byChar[first] == null ? new int[0] : byChar[first];
            int[] with = java.util.Arrays.copyOf(before, before.length + 1);
            with[before.length] = i;
            byChar[first] = with;
        }
        return byChar;
    }

    private static Map<String, Integer> indexOfMarkers() {
        Map<String, Integer> indexes = new java.util.HashMap<>();
        for (int i = 0; i < MARKERS.size(); i++) {
            indexes.putIfAbsent(MARKERS.get(i), i);
        }
        return Map.copyOf(indexes);
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
