package io.github.architect.endpoints;

import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.endpoints.contract.DeclaredEndpoint;
import io.github.architect.endpoints.contract.EndpointContract;
import io.github.architect.endpoints.contract.EndpointPath;
import io.github.architect.endpoints.framework.UnresolvedMapping;
import io.github.architect.endpoints.scan.EndpointScan;
import io.github.architect.endpoints.scan.EndpointScanner;
import io.github.architect.endpoints.source.SourceProblem;
import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.ContractMatching;
import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.OpenApiDocument;
import io.github.architect.model.Service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares the HTTP endpoints the code serves with those section 4 (or its OpenAPI document)
 * declares: undeclared endpoints, declared endpoints nobody implements, and endpoints implemented by
 * another service than the one they are declared under.
 */
public final class EndpointContractCheck implements Check {

    /** A path parameter as either side writes it once normalised: {@code {id}}. */
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]*}");

    public static final Rule UNDECLARED = new Rule("undeclared-endpoint", Severity.ERROR,
            "HTTP endpoint not declared in the API contracts",
            "A controller serves an endpoint that section 4 (API Contracts) of architecture.md does not declare:"
                    + " clients may come to depend on an API nobody designed.",
            "Declare the endpoint under its service's heading in section 4, or remove the mapping.");
    public static final Rule NOT_IMPLEMENTED = new Rule("endpoint-not-implemented", Severity.ERROR,
            "Declared endpoint not implemented",
            "Section 4 declares an endpoint that no controller of the build serves.",
            "Implement it, or remove it from section 4. A team designing ahead sets this rule to warn.");
    public static final Rule WRONG_SERVICE = new Rule("endpoint-in-wrong-service", Severity.ERROR,
            "Endpoint implemented by another service",
            "Section 4 declares the endpoint under one service's heading, but another service's code serves it.",
            "Move the endpoint to the declared service, or declare it under the serving service's heading.");
    public static final Rule UNRESOLVED = new Rule("unresolved-endpoint", Severity.INFO,
            "Endpoint path not known statically",
            "A mapping's path depends on something outside the project's sources or computed at run time,"
                    + " so it cannot be compared with section 4.",
            "Use literals or constants declared in the project's sources, and placeholders with a value"
                    + " in application.properties/yml or a default.");
    public static final Rule UNPARSEABLE = new Rule("unparseable-endpoint-source", Severity.WARN,
            "Source file cannot be read",
            "A Java source or application configuration file that may hold mappings cannot be parsed, so its"
                    + " endpoints are not checked.",
            "Fix the syntax error (architect parses Java up to version 25).");
    public static final Rule INVALID_OPENAPI = new Rule("invalid-openapi", Severity.ERROR,
            "OpenAPI contract cannot be read",
            "The OpenAPI document embedded in or linked from section 4 is missing or invalid, so its"
                    + " endpoints are not declared.",
            "Fix the OpenAPI document (paths, methods, servers) or the link to it.");

    @Override
    public List<Rule> rules() {
        return List.of(UNDECLARED, NOT_IMPLEMENTED, WRONG_SERVICE, UNRESOLVED, UNPARSEABLE, INVALID_OPENAPI);
    }

    @Override
    public List<Violation> checkModule(CheckContext context, CodeModule module) {
        EndpointScan scan = scan(context, module);
        DeclaredContract contract = contract(context);
        List<Violation> violations = new ArrayList<>();
        for (CodeEndpoint endpoint : scan.endpoints()) {
            Optional<Service> service = context.services().serviceOf(module, endpoint.className());
            ContractMatching.Match<DeclaredEndpoint> match = ContractMatching.of(contract.contract().matching(endpoint),
                    d -> sameService(d, service));
            switch (match.standing()) {
                case UNDECLARED -> violations.add(undeclared(contract.contract(), endpoint, service));
                case ELSEWHERE -> violations.add(wrongService(match.first(), endpoint, service.orElseThrow()));
                case DECLARED -> explainLooseMatch(context, endpoint, match.first());
            }
        }
        for (UnresolvedMapping mapping : scan.unresolved()) {
            String where = simpleName(mapping.className()) + (mapping.methodName() == null ? "" : "." + mapping.methodName() + "()");
            violations.add(Violation.builder(UNRESOLVED).at(mapping.location())
                    .message("The path of " + where + " cannot be resolved statically (" + mapping.reason()
                            + "), so it is not compared with section 4")
                    .hint(UNRESOLVED.help())
                    .service(context.services().serviceOf(module, mapping.className()).map(Service::name).orElse(null))
                    .subjects(mapping.className() + (mapping.methodName() == null ? "" : "#" + mapping.methodName()))
                    .build());
        }
        for (SourceProblem problem : scan.problems()) {
            violations.add(ContractMatching.unparseable(UNPARSEABLE, problem.location(), problem.message(),
                    "the endpoints it may declare"));
        }
        return violations;
    }

    @Override
    public List<Violation> checkBuild(CheckContext context) {
        DeclaredContract contract = contract(context);
        List<Violation> violations = new ArrayList<>(contract.problems());
        Set<DeclaredEndpoint> accounted = Collections.newSetFromMap(new IdentityHashMap<>());
        List<CodeEndpoint> allEndpoints = new ArrayList<>();
        for (CodeModule module : codeModules(context.codebase())) {
            for (CodeEndpoint endpoint : scan(context, module).endpoints()) {
                allEndpoints.add(endpoint);
                Optional<Service> service = context.services().serviceOf(module, endpoint.className());
                List<DeclaredEndpoint> matches = contract.contract().matching(endpoint);
                List<DeclaredEndpoint> sameService = matches.stream().filter(d -> sameService(d, service)).toList();
                // an endpoint in the wrong service is reported at the code; its declaration is not "missing" too
                accounted.addAll(sameService.isEmpty() ? matches : sameService);
            }
        }
        List<EndpointPath> codePaths = allEndpoints.stream().map(CodeEndpoint::normalised).toList();
        ContractMatching.eachUnaccounted(contract.contract().declared(), accounted::contains, (declared, i) ->
                violations.add(notImplemented(declared, contract.contract().pathOf(i), allEndpoints, codePaths)));
        return violations;
    }

    private static List<CodeModule> codeModules(Codebase codebase) {
        return codebase.modules().stream().filter(CodeModule::holdsCode).toList();
    }

    private static boolean sameService(DeclaredEndpoint declared, Optional<Service> service) {
        return declared.service() == null || service.isEmpty() || service.get().isNamed(declared.service());
    }

    private static Violation undeclared(EndpointContract contract, CodeEndpoint endpoint, Optional<Service> service) {
        String serviceText = service.map(s -> " in service " + s.name()).orElse("");
        String declareUnder = service.map(s -> " under the " + s.name() + " heading").orElse("");
        Optional<DeclaredEndpoint> closest = contract.closest(endpoint);
        String hint = "Declare `" + methodText(endpoint.method()) + " " + endpoint.path() + "`" + declareUnder
                + " in section 4 (API Contracts), or remove the mapping."
                + closest.map(c -> " Did you mean `" + c.display() + "` (declared at " + c.location() + ")?").orElse("");
        return Violation.builder(UNDECLARED).at(endpoint.location())
                .message(display(endpoint) + " is served by " + endpoint.handler() + serviceText
                        + " but section 4 of the architecture document does not declare it")
                .hint(hint)
                .service(service.map(Service::name).orElse(null))
                .subjects(endpoint.className(), display(endpoint))
                .build();
    }

    private static Violation wrongService(DeclaredEndpoint declared, CodeEndpoint endpoint, Service actual) {
        return Violation.builder(WRONG_SERVICE).at(endpoint.location())
                .message(display(endpoint) + " is declared under " + declared.service() + " (" + declared.display()
                        + ") but served by " + endpoint.handler() + " in service " + actual.name())
                .hint("Move " + endpoint.handler() + " to " + declared.service() + "'s code, or, if " + actual.name()
                        + " re-exposes it (a gateway), declare `" + declared.display() + "` under the " + actual.name()
                        + " heading as well.")
                .documentLocation(declared.location())
                .service(actual.name())
                .subjects(endpoint.className(), display(endpoint))
                .build();
    }

    private static Violation notImplemented(DeclaredEndpoint declared, EndpointPath declaredPath,
                                            List<CodeEndpoint> code, List<EndpointPath> codePaths) {
        String owner = declared.service() == null ? "" : " under " + declared.service();
        Optional<CodeEndpoint> closest = closestCode(declared, declaredPath, code, codePaths);
        return Violation.builder(NOT_IMPLEMENTED).at(declared.location())
                .message(declared.display() + " is declared" + owner + " in section 4 but no controller in the build serves "
                        + declared.method() + " " + declaredPath)
                .hint("Implement it" + (declared.service() == null ? "" : " in " + declared.service() + "'s code")
                        + ", or remove it from section 4 (set endpoint-not-implemented to warn while designing ahead)."
                        + closest.map(c -> " Closest in the code: " + display(c) + " served by " + c.handler()
                        + " at " + c.location() + ".").orElse(""))
                .service(declared.service())
                .subjects(declared.method() + " " + declaredPath)
                .build();
    }

    /** Paths come parsed: a large document has thousands of declarations to compare with every endpoint. */
    private static Optional<CodeEndpoint> closestCode(DeclaredEndpoint declared, EndpointPath declaredPath,
                                                      List<CodeEndpoint> code, List<EndpointPath> codePaths) {
        CodeEndpoint best = null;
        int bestScore = Integer.MAX_VALUE;
        for (int i = 0; i < code.size(); i++) {
            CodeEndpoint endpoint = code.get(i);
            EndpointPath codePath = codePaths.get(i);
            if (EndpointContract.nearness(declared.accepts(endpoint.method()), declaredPath, codePath) >= 0) {
                int score = (endpoint.method().equals(declared.method()) ? 0 : 2) + declaredPath.distanceTo(codePath);
                if (score < bestScore) {
                    bestScore = score;
                    best = endpoint;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static String display(CodeEndpoint endpoint) {
        return methodText(endpoint.method()) + " " + endpoint.normalised();
    }

    /**
     * A match despite a different spelling ({@code {orderId}} against {@code {id}}, a trailing slash)
     * is right, but a user reading both may wonder: say why at DEBUG.
     */
    private static void explainLooseMatch(CheckContext context, CodeEndpoint endpoint, DeclaredEndpoint declared) {
        if (endpoint.path().equals(declared.path())) {
            return;
        }
        boolean onlyParameterNames = PARAMETER.matcher(endpoint.path()).replaceAll("{}")
                .equals(PARAMETER.matcher(declared.path()).replaceAll("{}"));
        context.debug(methodText(endpoint.method()) + " " + endpoint.path() + " of " + simpleName(endpoint.className())
                + "." + endpoint.methodName() + "() at " + endpoint.location() + " matches `" + declared.display()
                + "` declared at " + declared.location() + (onlyParameterNames
                ? ": path parameters are compared by position, not by name"
                : ": paths are compared as served (trailing slash, base path and parameter names aside)"));
    }

    private static String methodText(String method) {
        return CodeEndpoint.ANY_METHOD.equals(method) ? "ANY" : method;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The OpenAPI documents section 4 links to: they can live outside every source and resource directory. */
    @Override
    public List<Path> documentInputs(CheckContext context) {
        return contract(context).linkedFiles();
    }

    private static EndpointScan scan(CheckContext context, CodeModule module) {
        EndpointScanner scanner = scanner(context);
        return context.shared(new ScanKey(module), () -> scanner.scan(module));
    }

    /** The build's endpoint scanner, shared by the checks of one run so that each file is parsed once. */
    public static EndpointScanner scanner(CheckContext context) {
        return context.shared(new ScannerKey(context.codebase()),
                () -> new EndpointScanner(context.codebase(), context.scanCache(), context.javaSources()));
    }

    /** The base path declared endpoints are served under: the {@code basePath} option, else the document's. */
    public static String basePath(CheckContext context) {
        return context.option("basePath").orElse(context.model().basePath());
    }

    private static DeclaredContract contract(CheckContext context) {
        return context.shared(new ContractKey(context.model()), () -> {
            String basePath = context.option("basePath").orElse(context.model().basePath());
            List<DeclaredEndpoint> declared = EndpointContract.fromModel(context.model(), basePath);
            List<OpenApiDocument> openApi = context.model().openApiDocuments();
            List<Violation> problems = openApi.stream().flatMap(d -> d.problems().stream())
                    .map(p -> Violation.builder(INVALID_OPENAPI).at(Location.of(p.file(), p.position()))
                            .message(p.message()).hint(INVALID_OPENAPI.help())
                            .subjects(p.file().getFileName().toString()).build())
                    .toList();
            List<Path> read = openApi.stream().flatMap(d -> d.inputs().stream()).distinct().toList();
            return new DeclaredContract(new EndpointContract(declared), problems, read);
        });
    }

    private record ScannerKey(Codebase codebase) {
    }

    private record ScanKey(CodeModule module) {
    }

    private record ContractKey(ArchitectureModel model) {
    }

    private record DeclaredContract(EndpointContract contract, List<Violation> problems, List<Path> linkedFiles) {
    }
}
