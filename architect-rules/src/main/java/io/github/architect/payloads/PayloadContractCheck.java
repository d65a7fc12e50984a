package io.github.architect.payloads;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.ApplicationProperties;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.endpoints.contract.DeclaredEndpoint;
import io.github.architect.endpoints.contract.EndpointContract;
import io.github.architect.endpoints.EndpointContractCheck;
import io.github.architect.endpoints.scan.EndpointScanner;
import io.github.architect.endpoints.framework.HandlerSource;
import io.github.architect.endpoints.source.SourceIndex;
import io.github.architect.model.PayloadSample;
import io.github.architect.model.Service;
import io.github.architect.payloads.JacksonProperties.Direction;
import io.github.architect.payloads.JacksonProperties.Property;
import io.github.architect.payloads.JsonShape.TypeUse;
import io.github.architect.payloads.SampleComparison.Difference;
import io.github.architect.payloads.SampleComparison.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the request and response samples and statuses section 4 shows for an endpoint with what
 * its handler binds, returns and answers, as Jackson and the framework would at run time, without
 * running anything.
 */
public final class PayloadContractCheck implements Check {

    public static final Rule REQUEST_FIELD_IGNORED = new Rule("request-field-ignored", Severity.ERROR,
            "Request sample field the body type does not bind",
            "The sample request of section 4 has a field the handler's body type does not bind: Spring Boot ignores"
                    + " unknown properties, so the server silently drops what the contract says clients send.",
            "Add the field to the body type (or name it with @JsonProperty), or remove it from the sample.");
    public static final Rule REQUIRED_FIELD_MISSING = new Rule("required-request-field-missing", Severity.WARN,
            "Validated request field missing from the sample",
            "The body type requires a field (@NotNull, @NotBlank, @NotEmpty on a @Valid/@Validated body) that the"
                    + " sample request leaves out, so a client following the contract gets 400.",
            "Add the field to the sample request, or drop the constraint.");
    public static final Rule RESPONSE_FIELD_NOT_PRODUCED = new Rule("response-field-not-produced", Severity.ERROR,
            "Response sample field the returned type does not write",
            "The sample response of section 4 has a field the type the handler returns does not write.",
            "Add the property (a getter, a record component) to the returned type, or remove it from the sample.");
    public static final Rule TYPE_MISMATCH = new Rule("payload-type-mismatch", Severity.WARN,
            "Sample value of a kind the Java type cannot take",
            "A JSON value of a sample (string, number, boolean, array, object) cannot bind to, or is not what"
                    + " Jackson writes for, the Java type of its property.",
            "Correct the sample's value or the property's type.");
    public static final Rule STATUS_MISMATCH = new Rule("status-mismatch", Severity.ERROR,
            "Declared success status not returned",
            "Section 4 declares a success status the handler does not answer with on success.",
            "Answer with the declared status (@ResponseStatus, ResponseEntity.status(..), Response.status(..),"
                    + " @Status), or correct the document.");
    public static final Rule ERROR_STATUS_NOT_PRODUCED = new Rule("error-status-not-produced", Severity.WARN,
            "Declared error status no code path produces",
            "Section 4 declares an error status for an endpoint, but neither its handler, nor an exception it can"
                    + " throw, nor an exception handler, nor the framework produces it.",
            "Produce the status (throw an exception annotated @ResponseStatus, add an @ExceptionHandler, return"
                    + " ResponseEntity.status(..)), or remove it from the document.");
    public static final Rule UNRESOLVED_PAYLOAD = new Rule("unresolved-payload", Severity.INFO,
            "Payload type not in the build's sources",
            "A sample's body binds to a type whose source is not in the build (a library type, a raw Response),"
                    + " so it is not compared.",
            "Nothing to do; bind to a type of the project to have the sample checked.");

    private static final Set<String> NOT_ENTITY = Set.of("Context", "Suspended", "PathParam", "QueryParam",
            "HeaderParam", "CookieParam", "FormParam", "MatrixParam", "BeanParam", "RestPath", "RestQuery",
            "RestHeader", "RestForm", "RestCookie", "RestMatrix");

    @Override
    public List<Rule> rules() {
        return List.of(REQUEST_FIELD_IGNORED, REQUIRED_FIELD_MISSING, RESPONSE_FIELD_NOT_PRODUCED, TYPE_MISMATCH,
                STATUS_MISMATCH, ERROR_STATUS_NOT_PRODUCED, UNRESOLVED_PAYLOAD);
    }

    @Override
    public List<Violation> checkModule(CheckContext context, CodeModule module) {
        List<PayloadSample> samples = context.model().payloads();
        if (samples.isEmpty()) {
            return List.of();
        }
        EndpointScanner scanner = EndpointContractCheck.scanner(context);
        SourceIndex index = context.shared(new IndexKey(context.codebase()), scanner::sourceIndex);
        List<HandlerSource> handlers = scanner.handlers(module);
        if (handlers.isEmpty()) {
            return List.of();
        }
        Path document = context.model().document() != null ? context.model().document() : Path.of("architecture.md");
        String basePath = EndpointContractCheck.basePath(context);
        List<Declared> declared = samples.stream()
                .map(s -> new Declared(s, EndpointContract.declared(s.method(), s.path(), s.service(),
                        Location.of(document, s.position()), basePath)))
                .toList();
        TypeShapes shapes = new TypeShapes(index);
        JacksonProperties properties = new JacksonProperties(index, namingStrategy(module));
        JsonbProperties jsonbProperties = new JsonbProperties(index);
        boolean jsonb = JsonbProperties.binds(module.libraries());
        HandlerStatuses statuses = new HandlerStatuses(index);
        ModuleErrors moduleErrors = context.shared(new ErrorsKey(context.codebase()),
                () -> ModuleErrors.of(context.codebase(), index, statuses));
        boolean security = module.libraries().stream().anyMatch(l -> l.contains("security") || l.contains("jwt")
                || l.contains("oauth") || l.contains("keycloak"));
        List<Violation> violations = new ArrayList<>();
        for (HandlerSource handler : handlers) {
            Optional<Service> service = context.services().serviceOf(module, handler.endpoint().className());
            List<Declared> matching = declared.stream().filter(d -> matches(d.endpoint(), handler.endpoint(), service)).toList();
            if (matching.isEmpty()) {
                continue;
            }
            PropertyBinding binding = handler.endpoint().framework().equals("JAX-RS") && jsonb ? jsonbProperties : properties;
            Handler h = new Handler(handler, service.map(Service::name).orElse(null), shapes, binding);
            List<Violation> found = new ArrayList<>();
            try {
                for (Declared d : matching) {
                    PayloadSample sample = d.sample();
                    if (sample.kind() == PayloadSample.Kind.REQUEST && sample.body() != null) {
                        request(h, sample, document, found);
                    } else if (sample.isSuccess() && sample.body() != null) {
                        response(h, sample, document, found);
                    }
                }
                successStatus(h, matching, statuses, document, found);
                errorStatuses(h, matching, statuses, moduleErrors, security, document, found);
                violations.addAll(found);
            } catch (RuntimeException | StackOverflowError e) {
                // a defect of ours in one handler must neither fail the build nor hide the others' findings
                context.debug("The payloads of " + h.name() + " at " + handler.endpoint().location()
                        + " are not checked: " + e);
            }
        }
        return violations;
    }

    private static boolean matches(DeclaredEndpoint declared, CodeEndpoint endpoint, Optional<Service> service) {
        return declared.accepts(endpoint.method()) && declared.normalised().matches(endpoint.normalised())
                && (declared.service() == null || service.isEmpty() || service.get().isNamed(declared.service()));
    }

    static String namingStrategy(CodeModule module) {
        ApplicationProperties config = ApplicationProperties.read(module.resourceDirectories());
        return config.value("spring.jackson.property-naming-strategy")
                .or(() -> config.value("jackson.property-naming-strategy")).orElse(null);
    }

    private void request(Handler h, PayloadSample sample, Path document, List<Violation> violations) {
        Optional<Parameter> body = bodyParameter(h.source());
        if (body.isEmpty()) {
            return;
        }
        TypeUse use = new TypeUse(body.get().getType(), h.source().annotatedIn(), Map.of());
        JsonShape shape = h.shapes().shape(use);
        compare(h, sample, shape, Direction.READ, "request", document, violations);
        boolean validated = body.get().getAnnotations().stream()
                .anyMatch(a -> Set.of("Valid", "Validated").contains(JacksonProperties.simpleName(a)));
        if (validated) {
            required(h, sample, shape, sample.body(), "", 0, document, violations);
        }
    }

    /**
     * The validated fields of {@code shape} that {@code body} (at {@code path} of the sample) leaves
     * out, and, where {@code @Valid} cascades validation into a nested object or list, theirs.
     */
    private void required(Handler h, PayloadSample sample, JsonShape shape, JsonNode body, String path, int depth,
                          Path document, List<Violation> violations) {
        if (depth > 8 || body == null) {
            return;
        }
        if (shape instanceof JsonShape.ArrayOf array && body.isArray() && !body.isEmpty()) {
            required(h, sample, array.element(), body.get(0), path + "[]", depth + 1, document, violations);
            return;
        }
        if (!(shape instanceof JsonShape.ObjectOf object) || !body.isObject()) {
            return;
        }
        for (Property property : h.properties().of(object.type(), object.bindings(), Direction.READ).properties().values()) {
            String at = path.isEmpty() ? property.name() : path + "." + property.name();
            JsonNode value = body.get(property.name());
            if (property.required() && (value == null || sample.mayOmit(at))) {
                violations.add(at(REQUIRED_FIELD_MISSING, h, sample, document)
                        .message(object.type().simpleName() + " requires `" + property.name() + "`"
                                + (path.isEmpty() ? " (validated by @Valid)" : " (at `" + at + "`, validated by a cascading @Valid)")
                                + " but the " + shown(sample, "request") + " of " + display(sample)
                                + (sample.schema() ? " does not list it as required; " : " leaves it out; ")
                                + h.name() + " answers 400 to a client that follows the contract")
                        .hint((sample.schema() ? "List `" + property.name() + "` under `required` of the request schema at "
                                : "Add `" + at + "` to the request sample at ")
                                + line(sample, document) + ", or drop the constraint.")
                        .subjects(h.source().endpoint().className(), display(sample), at)
                        .build());
            } else if (property.cascaded() && value != null) {
                required(h, sample, h.shapes().shape(property.type()), value, at, depth + 1, document, violations);
            }
        }
    }

    private void response(Handler h, PayloadSample sample, Path document, List<Violation> violations) {
        MethodDeclaration method = h.source().method();
        TypeUse use = new TypeUse(method.getType(), h.source().owner(), Map.of());
        JsonShape shape = h.shapes().shape(use);
        if (shape instanceof JsonShape.None) {
            return; // a void handler with a sample body is the status check's business (204 against 200)
        }
        compare(h, sample, shape, Direction.WRITE, "response", document, violations);
    }

    private void compare(Handler h, PayloadSample sample, JsonShape shape, Direction direction, String role,
                         Path document, List<Violation> violations) {
        List<Difference> differences = new SampleComparison(h.shapes(), h.properties(), direction)
                .compare(sample.body(), shape);
        Set<String> unresolvedSeen = new HashSet<>();
        for (Difference difference : differences) {
            String where = difference.path().isEmpty() ? "the body" : "`" + difference.path() + "`";
            switch (difference.problem()) {
                case UNKNOWN_FIELD -> violations.add(at(direction == Direction.READ ? REQUEST_FIELD_IGNORED
                        : RESPONSE_FIELD_NOT_PRODUCED, h, sample, document)
                        .message(direction == Direction.READ
                                ? "The " + shown(sample, "request") + " of " + display(sample) + " sends " + where + ", which "
                                + difference.detail() + " does not bind: " + h.name() + " silently drops it"
                                : "The " + shown(sample, "response") + " of " + display(sample) + " shows " + where + ", which "
                                + difference.detail() + " (returned by " + h.name() + ") does not write")
                        .hint(direction == Direction.READ
                                ? "Add the property to " + difference.detail() + " (or name it with "
                                + h.properties().renameAnnotation() + "),"
                                + " or remove it from the " + shown(sample, "request") + " at " + line(sample, document) + "."
                                : "Add a getter or component for it to " + difference.detail() + ", or remove it from"
                                + " the " + shown(sample, "response") + " at " + line(sample, document) + ".")
                        .subjects(h.source().endpoint().className(), display(sample), difference.path())
                        .build());
                case KIND -> violations.add(at(TYPE_MISMATCH, h, sample, document)
                        .message("In the " + shown(sample, role) + " of " + display(sample) + ", " + where + " is "
                                + difference.detail() + " (" + h.name() + ")")
                        .hint("Correct the value at " + line(sample, document)
                                + ", or the property's type.")
                        .subjects(h.source().endpoint().className(), display(sample), difference.path())
                        .build());
                case UNRESOLVED -> {
                    if (unresolvedSeen.add(difference.detail())) {
                        violations.add(at(UNRESOLVED_PAYLOAD, h, sample, document)
                                .message("The " + role + " of " + display(sample) + " binds " + where + " to "
                                        + difference.detail() + ", whose source is not in the build, so that part of"
                                        + " the sample is not compared (" + h.name() + ")")
                                .hint(UNRESOLVED_PAYLOAD.help())
                                .subjects(h.source().endpoint().className(), display(sample), difference.detail())
                                .build());
                    }
                }
                default -> throw new IllegalStateException(difference.problem().name());
            }
        }
    }

    private void successStatus(Handler h, List<Declared> matching, HandlerStatuses statuses, Path document,
                               List<Violation> violations) {
        // an OpenAPI operation may declare several success responses (200 and 204): one answered is enough
        List<PayloadSample> declared = matching.stream().map(Declared::sample)
                .filter(s -> s.isSuccess() && s.status() != null).toList();
        if (declared.isEmpty()) {
            return;
        }
        HandlerStatuses.Success success = statuses.success(h.source());
        PayloadSample sample = declared.get(0);
        if (!success.known() || declared.stream().anyMatch(s -> success.codes().contains(s.status()))) {
            return;
        }
        violations.add(at(STATUS_MISMATCH, h, sample, document)
                .message(display(sample) + " is declared to answer " + String.join(" or ", declared.stream()
                        .map(s -> String.valueOf(s.status())).distinct().toList()) + " but " + h.name()
                        + " answers " + codes(success.codes()) + " (" + success.source() + ")")
                .hint("Answer " + sample.status() + " (e.g. @ResponseStatus, ResponseEntity.status(" + sample.status()
                        + "), Response.status(" + sample.status() + "), @Status), or correct the status at "
                        + line(sample, document) + ".")
                .subjects(h.source().endpoint().className(), display(sample), String.valueOf(sample.status()))
                .build());
    }

    private void errorStatuses(Handler h, List<Declared> matching, HandlerStatuses statuses, ModuleErrors moduleErrors,
                               boolean security, Path document, List<Violation> violations) {
        List<PayloadSample> errors = matching.stream().map(Declared::sample).filter(PayloadSample::isError).toList();
        if (errors.isEmpty() || moduleErrors.unknown()) {
            return;
        }
        Set<Integer> produced = new TreeSet<>(statuses.errorsInBody(h.source()));
        produced.addAll(moduleErrors.codes());
        produced.addAll(localExceptionHandlers(h));
        // what the framework answers by itself
        produced.addAll(Set.of(405, 406, 415, 500));
        if (h.source().annotated().getParameters().stream().anyMatch(HandlerStatuses::bindsFromRequest)
                || h.source().method().getParameters().stream().anyMatch(HandlerStatuses::bindsFromRequest)
                || bodyParameter(h.source()).isPresent()) {
            produced.add(400);
        }
        if (security) {
            produced.addAll(Set.of(401, 403));
        }
        Set<Integer> reported = new HashSet<>();
        for (PayloadSample sample : errors) {
            if (produced.contains(sample.status()) || !reported.add(sample.status())) {
                continue;
            }
            violations.add(at(ERROR_STATUS_NOT_PRODUCED, h, sample, document)
                    .message(display(sample) + " declares " + sample.status() + " but no code path of " + h.name()
                            + " produces it (it can produce " + codes(produced) + ")")
                    .hint("Throw an exception annotated @ResponseStatus(" + sample.status() + "), map one in an"
                            + " @ExceptionHandler/ExceptionMapper or return the status, or remove it from "
                            + line(sample, document) + ".")
                    .subjects(h.source().endpoint().className(), display(sample), String.valueOf(sample.status()))
                    .build());
        }
    }

    /** Statuses of the controller's own {@code @ExceptionHandler} and Micronaut local {@code @Error} methods. */
    private static Set<Integer> localExceptionHandlers(Handler h) {
        Set<Integer> codes = new TreeSet<>();
        for (MethodDeclaration method : h.source().controller().declaration().getMethods()) {
            if (JacksonProperties.has(method, "ExceptionHandler") || JacksonProperties.has(method, "Error")) {
                if (!ModuleErrors.handlerStatuses(method, codes)) {
                    codes.addAll(Set.of(400, 401, 403, 404, 409, 410, 422, 429, 500, 503)); // not read: any may come
                }
            }
        }
        return codes;
    }

    /** The parameter the request body binds to: {@code @RequestBody}, {@code @Body}, or the JAX-RS entity parameter. */
    static Optional<Parameter> bodyParameter(HandlerSource handler) {
        List<Parameter> parameters = handler.annotated().getParameters();
        List<Parameter> own = handler.method().getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            List<AnnotationExpr> annotations = new ArrayList<>(parameter.getAnnotations());
            if (i < own.size()) {
                annotations.addAll(own.get(i).getAnnotations());
            }
            Set<String> names = new HashSet<>();
            annotations.forEach(a -> names.add(JacksonProperties.simpleName(a)));
            if (names.contains("RequestBody") || names.contains("Body") && !parameter.getType().asString().equals("String")
                    && handler.endpoint().framework().equals("Micronaut")) {
                return Optional.of(parameter);
            }
            if (handler.endpoint().framework().equals("JAX-RS") && names.stream().noneMatch(NOT_ENTITY::contains)
                    && !Set.of("AsyncResponse", "SecurityContext", "UriInfo", "HttpHeaders", "Request")
                    .contains(parameter.getType().asString())) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    private static Violation.Builder at(Rule rule, Handler h, PayloadSample sample, Path document) {
        return Violation.builder(rule).at(h.source().endpoint().location())
                .documentLocation(Location.of(file(sample, document), sample.position()))
                .service(h.service());
    }

    /** The file showing the sample: the OpenAPI file it comes from, or the architecture document. */
    private static Path file(PayloadSample sample, Path document) {
        return sample.file() != null ? sample.file() : document;
    }

    private static String line(PayloadSample sample, Path document) {
        return file(sample, document).getFileName() + ":" + sample.position().line();
    }

    /** "request sample", or "request schema" for a body an OpenAPI schema gives. */
    private static String shown(PayloadSample sample, String role) {
        return role + (sample.schema() ? " schema" : " sample");
    }

    private static String display(PayloadSample sample) {
        return sample.method() + " " + sample.path();
    }

    private static String codes(Set<Integer> codes) {
        return codes.isEmpty() ? "no status" : String.join(", ", codes.stream().map(String::valueOf).toList());
    }

    /** A handler with what comparing its payloads needs. */
    private record Handler(HandlerSource source, String service, TypeShapes shapes, PropertyBinding properties) {
        String name() {
            return source.endpoint().handler();
        }
    }

    private record Declared(PayloadSample sample, DeclaredEndpoint endpoint) {
    }

    private record IndexKey(Codebase codebase) {
    }

    private record ErrorsKey(Codebase codebase) {
    }
}
