package io.github.architect.endpoints;

import io.github.architect.endpoints.contract.DeclaredEndpoint;
import io.github.architect.endpoints.contract.EndpointContract;
import io.github.architect.endpoints.source.SourceProblem;
import io.github.architect.check.Location;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.OpenApiDocument;

import java.nio.file.Path;
import java.util.List;

/**
 * What the document reader made of the OpenAPI contracts of a test's document, as the endpoint
 * check sees them: the endpoints with the base path, the problems, and the files read.
 */
record ParsedOpenApi(List<DeclaredEndpoint> endpoints, List<SourceProblem> problems, List<Path> linkedFiles) {

    /** Reads the document {@code model} names, as {@code architect:verify} reads it. */
    static ParsedOpenApi read(ArchitectureModel model, String basePath) {
        ArchitectureModel parsed = new ArchitectureDocumentParser().parse(model.document()).model();
        List<OpenApiDocument> documents = parsed.openApiDocuments();
        return new ParsedOpenApi(EndpointContract.fromModel(parsed, basePath),
                documents.stream().flatMap(d -> d.problems().stream())
                        .map(p -> new SourceProblem(Location.of(p.file(), p.position()), p.message())).toList(),
                documents.stream().flatMap(d -> d.inputs().stream()).distinct().toList());
    }
}
