package io.github.architect.scaffold;

import io.github.architect.scaffold.DraftFacts.DraftEndpoint;
import io.github.architect.scaffold.DraftFacts.DraftTable;

import java.util.List;
import java.util.Map;

/**
 * Pieces of the draft's Markdown for a single endpoint table or table declaration: the suggest goal
 * writes its edits with them, so that what it adds to a document is what the draft would have said
 * and the document reader parses it back the same way.
 */
public final class DraftSnippets {

    private DraftSnippets() {
    }

    /** A Markdown table of endpoints (method, path, served by), ending with a blank line. */
    public static String endpointTable(List<DraftEndpoint> endpoints) {
        return new EndpointList().markdown(facts(Map.of("", endpoints), Map.of()));
    }

    /** A fenced {@code sql} block with a {@code CREATE TABLE} for each table, ending with a blank line. */
    public static String sqlBlock(List<DraftTable> tables) {
        return new SchemaDdl().markdown(facts(Map.of(), Map.of("", tables)));
    }

    /** The name as the draft's SQL writes it: quoted when it is not a plain identifier or is a reserved word. */
    public static String sqlName(String raw) {
        return SchemaDdl.name(raw);
    }

    /** An SQL type holding what a Java attribute of this type holds, as the draft declares it. */
    public static String sqlType(String javaType) {
        return FinalSchema.SqlTypes.of(javaType);
    }

    /** A path as the code serves it, written as section 4 declares it: parameters as {name}, no regexes. */
    public static String endpointPath(String raw) {
        return ServedEndpoints.path(raw);
    }

    private static DraftFacts facts(Map<String, List<DraftEndpoint>> endpoints, Map<String, List<DraftTable>> tables) {
        return new DraftFacts("", List.of(), List.of(), Map.of(), endpoints, tables, List.of());
    }
}
