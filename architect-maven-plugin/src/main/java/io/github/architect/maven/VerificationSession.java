package io.github.architect.maven;

import io.github.architect.boundaries.ServiceBoundariesCheck;
import io.github.architect.cache.ScanCache;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.DocumentCache;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.endpoints.EndpointContractCheck;
import io.github.architect.engine.IncrementalVerifier;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.StandardChecks;
import io.github.architect.engine.Verifier;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.report.ServiceEdge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything one build needs once: the parsed document, its findings at their configured
 * severities, and the context every module is checked in. Plain Java, no Maven API.
 *
 * @param documentFindings the document's own findings, with the configured severities applied
 */
public record VerificationSession(Path document, ParsedDocument parsed, List<Violation> documentFindings,
                                  Verifier verifier, CheckContext context) {

    /** What makes two module executions share one session: same document, same configuration. */
    public record Key(Path document, Map<String, ?> severities, Map<String, String> options) {
    }

    /**
     * @param scanCache where the scanners keep per-file results between runs ({@link ScanCache#disabled()}
     *                  with the cache turned off)
     * @param debug     where the checks explain their decisions (Maven's DEBUG level)
     */
    public static VerificationSession open(Path document, SeverityPolicy policy, Map<String, String> options,
                                           Codebase codebase, ScanCache scanCache, Consumer<String> debug) {
        ParsedDocument parsed = DocumentCache.parse(document, scanCache, new ArchitectureDocumentParser());
        Verifier verifier = new Verifier(StandardChecks.all(), policy);
        CheckContext context = new CheckContext(parsed.model(), codebase, ServiceMapper.map(parsed.model(), codebase),
                options, scanCache, debug);
        return new VerificationSession(document, parsed, verifier.applyPolicy(parsed.findings()), verifier, context);
    }

    /** The verifier run through the incremental cache. */
    public IncrementalVerifier incremental(String version, Consumer<String> debug) {
        return new IncrementalVerifier(verifier, context, document, version, debug);
    }

    /** The service pairs the module's code uses, from the bytecode import its boundaries check shares. */
    public Set<ServiceEdge> usedEdges(CodeModule module) {
        return verifier.timings().time(ServiceBoundariesCheck.class.getSimpleName(), "used edges of " + module.artifactId(),
                () -> ServiceBoundariesCheck.usedServiceEdges(context, module));
    }

    public long documentErrors() {
        return FindingFormatter.errors(documentFindings);
    }

    /** "architecture.md: 4 services, 9 endpoints, 5 tables, 3 technologies". */
    public String summary() {
        return document.getFileName() + ": " + modelSummary();
    }

    /** "4 services, 9 endpoints, 5 tables, 3 technologies", the endpoints of an OpenAPI contract counted. */
    public String modelSummary() {
        return parsed.model().summary(EndpointContractCheck.declaredEndpointCount(context));
    }
}
