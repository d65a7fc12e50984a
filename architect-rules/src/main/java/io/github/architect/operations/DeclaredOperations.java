package io.github.architect.operations;

import io.github.architect.idl.GraphqlSchemaText;
import io.github.architect.idl.ProtoServices;
import io.github.architect.check.Location;
import io.github.architect.check.Violation;
import io.github.architect.code.ReadFailure;
import io.github.architect.doc.DocumentRules;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Operation;
import io.github.architect.model.OperationKind;
import io.github.architect.model.OperationLink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations section 4 declares: those of its code blocks (in the model) and those of the
 * schema and .proto files it links, each at the line that declares it.
 *
 * @param problems    linked files that are missing or do not parse, as document findings
 * @param linkedFiles every linked file, found or not: inputs of the findings for the cache
 */
record DeclaredOperations(List<DeclaredOperation> operations, List<Violation> problems, List<Path> linkedFiles) {

    /** One declared operation and where it is declared (the document, or a linked file). */
    record DeclaredOperation(OperationKind kind, String api, String name, String service, Location location) {

        String display() {
            return kind.isGraphql() ? kind.word() + " " + name : "rpc " + api + "." + name;
        }

        String key() {
            return new CodeOperation(kind, api, name, location, null, "").key();
        }
    }

    DeclaredOperations {
        operations = List.copyOf(operations);
        problems = List.copyOf(problems);
        linkedFiles = List.copyOf(linkedFiles);
    }

    static DeclaredOperations of(ArchitectureModel model) {
        Path document = model.document();
        List<DeclaredOperation> operations = new ArrayList<>();
        for (Operation operation : model.operations()) {
            operations.add(new DeclaredOperation(operation.kind(), operation.api(), operation.name(), operation.service(),
                    Location.of(document, operation.position())));
        }
        List<Violation> problems = new ArrayList<>();
        List<Path> linkedFiles = new ArrayList<>();
        for (OperationLink link : model.operationLinks()) {
            Path base = document == null || document.toAbsolutePath().getParent() == null
                    ? Path.of("").toAbsolutePath() : document.toAbsolutePath().getParent();
            Path file = base.resolve(link.target()).normalize();
            linkedFiles.add(file);
            boolean graphql = link.format().equals("graphql");
            Location at = Location.of(document, link.position());
            String what = graphql ? "GraphQL schema" : "protobuf definition";
            String text;
            try {
                if (!Files.isRegularFile(file)) {
                    problems.add(problem(graphql, at, "Section 4 links the " + what + " " + link.target() + ", but "
                            + file + " does not exist", "Correct the path (it is relative to the document) or add the file.",
                            link.target()));
                    continue;
                }
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                problems.add(problem(graphql, at, "Cannot read the " + what + " " + file + ": "
                        + ReadFailure.of(file, e).describe(), ReadFailure.of(file, e).remedy(), link.target()));
                continue;
            }
            if (graphql) {
                GraphqlSchemaText.Parsed parsed = GraphqlSchemaText.parse(text);
                if (parsed.failed()) {
                    problems.add(problem(true, Location.of(file, parsed.line(), parsed.column()), "The GraphQL schema "
                            + file.getFileName() + " linked from section 4 (line " + link.position().line()
                            + ") does not parse: " + parsed.error() + "; its operations are not declared",
                            DocumentRules.GRAPHQL.help(), link.target()));
                    continue;
                }
                for (GraphqlSchemaText.RootField field : parsed.fields()) {
                    operations.add(new DeclaredOperation(field.kind(), field.kind().rootType(), field.name(), link.service(),
                            Location.of(file, field.line(), field.column())));
                }
            } else {
                ProtoServices.Parsed parsed = ProtoServices.parse(text);
                if (parsed.failed()) {
                    problems.add(problem(false, Location.of(file, parsed.line(), parsed.column()), "The protobuf definition "
                            + file.getFileName() + " linked from section 4 (line " + link.position().line()
                            + ") cannot be read: " + parsed.error() + "; its rpcs are not declared",
                            DocumentRules.PROTO.help(), link.target()));
                    continue;
                }
                for (ProtoServices.Rpc rpc : parsed.rpcs()) {
                    operations.add(new DeclaredOperation(OperationKind.GRPC, rpc.service(), rpc.name(), link.service(),
                            Location.of(file, rpc.line(), rpc.column())));
                }
            }
        }
        return new DeclaredOperations(operations, problems, linkedFiles.stream().distinct().toList());
    }

    private static Violation problem(boolean graphql, Location at, String message, String hint, String subject) {
        return Violation.builder(graphql ? DocumentRules.GRAPHQL : DocumentRules.PROTO).at(at).message(message)
                .hint(hint).subjects(subject).build();
    }

    /** How many distinct operations are declared: one per kind, name and service. */
    int count() {
        return (int) operations.stream().map(o -> o.key() + " @" + (o.service() == null ? "" : o.service().toLowerCase(java.util.Locale.ROOT)))
                .distinct().count();
    }
}
