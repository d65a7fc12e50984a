package io.github.architect.doc;

import io.github.architect.model.Operation;
import io.github.architect.model.OperationKind;
import io.github.architect.model.OperationLink;
import io.github.architect.model.Position;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.github.architect.idl.GraphqlSchemaText;
import io.github.architect.idl.ProtoServices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GraphQL root fields and gRPC methods of section 4: {@code ```graphql} blocks in SDL,
 * {@code ```protobuf}/{@code ```proto} blocks, and the lines linking a schema file
 * ({@code graphql: api/schema.graphqls}, {@code proto: api/orders.proto}), which the operations
 * check reads.
 */
final class OperationReader {

    private static final Set<String> GRAPHQL = Set.of("graphql", "gql", "graphqls");
    private static final Set<String> PROTO = Set.of("protobuf", "proto", "proto3");
    static final Pattern GRAPHQL_LINK = Pattern.compile(
            "(?i)\\bgraphql\\s*`?\\s*:\\s*(?:\\[[^\\]]*\\]\\()?[<`]?([^\\s`)>]+\\.(?:graphqls?|gqls?))");
    static final Pattern PROTO_LINK = Pattern.compile(
            "(?i)\\bproto(?:buf)?\\s*`?\\s*:\\s*(?:\\[[^\\]]*\\]\\()?[<`]?([^\\s`)>]+\\.proto)");

    record Read(List<Operation> operations, List<OperationLink> links) {
    }

    private OperationReader() {
    }

    static Read read(MarkdownOutline outline, List<Service> services, DocumentFindings findings) {
        ServiceNames names = new ServiceNames(services);
        Map<Integer, Optional<Service>> owners = new HashMap<>();
        Map<String, Operation> operations = new LinkedHashMap<>();
        List<OperationLink> links = new ArrayList<>();
        for (MarkdownOutline.SectionRange section : outline.sections(SectionKind.API_CONTRACTS)) {
            for (CodeBlock block : outline.codeBlocks()) {
                if (!section.contains(block.fenceLine())) {
                    continue;
                }
                String language = block.language();
                if (GRAPHQL.contains(language)) {
                    graphql(block, EndpointReader.owner(outline, section, block.fenceLine(), names, owners),
                            operations, findings);
                } else if (PROTO.contains(language)) {
                    proto(block, EndpointReader.owner(outline, section, block.fenceLine(), names, owners),
                            operations, findings);
                }
            }
            SourceText source = outline.source();
            for (int line = section.fromLine(); line <= Math.min(section.toLine(), source.lineCount()); line++) {
                String text = source.line(line);
                if (source.isCode(line) || text.indexOf(':') < 0) {
                    continue;
                }
                link("graphql", GRAPHQL_LINK.matcher(text), line, outline, section, names, owners, links);
                link("proto", PROTO_LINK.matcher(text), line, outline, section, names, owners, links);
            }
        }
        return new Read(new ArrayList<>(operations.values()), links);
    }

    private static void link(String format, Matcher matcher, int line, MarkdownOutline outline,
                             MarkdownOutline.SectionRange section, ServiceNames names,
                             Map<Integer, Optional<Service>> owners, List<OperationLink> links) {
        while (matcher.find()) {
            links.add(new OperationLink(format, matcher.group(1),
                    EndpointReader.owner(outline, section, line, names, owners), Position.of(line, matcher.start(1) + 1)));
        }
    }

    private static void graphql(CodeBlock block, String owner, Map<String, Operation> operations, DocumentFindings findings) {
        GraphqlSchemaText.Parsed parsed = GraphqlSchemaText.parse(block.content());
        if (parsed.failed()) {
            int line = block.firstLine() + parsed.line() - 1;
            findings.add(DocumentRules.GRAPHQL, line, parsed.column(),
                    "The GraphQL schema in section 4 does not parse at line " + line + ": " + parsed.error()
                            + "; its operations are not declared",
                    "Fix the SDL (type Query { field: Type }), or tag an example query's block `graphql` only if it is a query.");
            return;
        }
        for (GraphqlSchemaText.RootField field : parsed.fields()) {
            Operation operation = new Operation(field.kind(), field.kind().rootType(), field.name(), owner,
                    Position.of(block.firstLine() + field.line() - 1, field.column()));
            operations.putIfAbsent(field.kind() + " " + field.name() + " @" + owner, operation);
        }
    }

    private static void proto(CodeBlock block, String owner, Map<String, Operation> operations, DocumentFindings findings) {
        ProtoServices.Parsed parsed = ProtoServices.parse(block.content());
        if (parsed.failed()) {
            int line = block.firstLine() + parsed.line() - 1;
            findings.add(DocumentRules.PROTO, line, parsed.column(),
                    "The protobuf definition in section 4 cannot be read at line " + line + ": " + parsed.error()
                            + "; its rpcs are not declared",
                    "Fix the definition: service Name { rpc Method (Request) returns (Response); }");
            return;
        }
        for (ProtoServices.Rpc rpc : parsed.rpcs()) {
            Operation operation = new Operation(OperationKind.GRPC, rpc.service(), rpc.name(), owner,
                    Position.of(block.firstLine() + rpc.line() - 1, rpc.column()));
            operations.putIfAbsent("rpc " + rpc.service() + "." + rpc.name() + " @" + owner, operation);
        }
    }
}
