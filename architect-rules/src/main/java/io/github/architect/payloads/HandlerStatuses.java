package io.github.architect.payloads;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.architect.code.JavaAnnotations;
import io.github.architect.endpoints.framework.HandlerSource;
import io.github.architect.endpoints.source.SourceIndex;
import io.github.architect.endpoints.source.SourceType;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statuses a handler can answer with, read from its source: the success status (annotations,
 * {@code ResponseEntity}/{@code Response}/{@code HttpResponse} builders on its return paths, else
 * the framework's default) and the error statuses its body produces (builders, status exceptions,
 * thrown exceptions annotated {@code @ResponseStatus} or known to JAX-RS).
 */
final class HandlerStatuses {

    /** Types whose static builders name a status. */
    private static final Set<String> BUILDERS = Set.of("ResponseEntity", "Response", "HttpResponse", "RestResponse",
            "ServerResponse", "ResponseBuilder", "BodyBuilder", "HeadersBuilder");
    private static final Map<String, Integer> BUILDER_STATUSES = Map.ofEntries(Map.entry("ok", 200),
            Map.entry("created", 201), Map.entry("accepted", 202), Map.entry("noContent", 204),
            Map.entry("badRequest", 400), Map.entry("unauthorized", 401), Map.entry("forbidden", 403),
            Map.entry("notFound", 404), Map.entry("conflict", 409), Map.entry("unprocessableEntity", 422),
            Map.entry("unprocessableContent", 422), Map.entry("internalServerError", 500),
            Map.entry("serverError", 500), Map.entry("notAcceptable", 406), Map.entry("seeOther", 303),
            Map.entry("temporaryRedirect", 307), Map.entry("notModified", 304), Map.entry("permanentRedirect", 308),
            Map.entry("redirect", 303), Map.entry("gone", 410));
    /** Exceptions JAX-RS maps to a status by itself. */
    private static final Map<String, Integer> JAXRS_EXCEPTIONS = Map.ofEntries(Map.entry("BadRequestException", 400),
            Map.entry("NotAuthorizedException", 401), Map.entry("ForbiddenException", 403),
            Map.entry("NotFoundException", 404), Map.entry("NotAllowedException", 405),
            Map.entry("NotAcceptableException", 406), Map.entry("NotSupportedException", 415),
            Map.entry("InternalServerErrorException", 500), Map.entry("ServiceUnavailableException", 503));
    private static final Set<String> RETURNS_STATUS = Set.of("ResponseEntity", "Response", "HttpResponse",
            "MutableHttpResponse", "RestResponse", "ServerResponse", "HttpEntity");

    /**
     * @param codes  the statuses found
     * @param source how the success status was found, for messages
     * @param known  false when the handler builds its response in a way not read statically
     */
    record Success(Set<Integer> codes, String source, boolean known) {
    }

    private final SourceIndex index;

    HandlerStatuses(SourceIndex index) {
        this.index = index;
    }

    Success success(HandlerSource handler) {
        OptionalInt annotated = responseStatus(handler.method()).isPresent() ? responseStatus(handler.method())
                : responseStatus(handler.annotated());
        if (annotated.isPresent()) {
            return new Success(Set.of(annotated.getAsInt()), "@ResponseStatus/@Status on the method", true);
        }
        if (handler.endpoint().framework().equals("Spring")) {
            for (SourceType type : index.hierarchy(handler.controller())) {
                OptionalInt onClass = status(type.declaration().getAnnotations(), "ResponseStatus");
                if (onClass.isPresent()) {
                    return new Success(Set.of(onClass.getAsInt()), "@ResponseStatus on " + type.simpleName(), true);
                }
            }
        }
        Set<Integer> built = new TreeSet<>();
        handler.method().getBody().ifPresent(body -> built.addAll(statusesIn(body, true)));
        built.removeIf(code -> code >= 400);
        if (!built.isEmpty()) {
            return new Success(built, "the responses it builds", true);
        }
        Type returned = handler.method().getType();
        if (buildsItsOwnStatus(returned)) {
            return new Success(Set.of(), "", false);
        }
        if (handler.endpoint().framework().equals("JAX-RS")) {
            return returned.isVoidType()
                    ? new Success(Set.of(204), "the JAX-RS default for a void method", true)
                    : new Success(Set.of(200), "the JAX-RS default for a method returning an entity", true);
        }
        return new Success(Set.of(200), "the " + handler.endpoint().framework() + " default", true);
    }

    private static boolean buildsItsOwnStatus(Type type) {
        if (!type.isClassOrInterfaceType()) {
            return false;
        }
        ClassOrInterfaceType named = type.asClassOrInterfaceType();
        if (RETURNS_STATUS.contains(named.getNameAsString())) {
            return true;
        }
        return named.getTypeArguments().map(args -> args.stream().anyMatch(HandlerStatuses::buildsItsOwnStatus))
                .orElse(false);
    }

    /** Error statuses produced in the handler's own body. */
    Set<Integer> errorsInBody(HandlerSource handler) {
        Set<Integer> codes = new TreeSet<>();
        handler.method().getBody().ifPresent(body -> {
            codes.addAll(statusesIn(body, false));
            for (ThrowStmt thrown : body.findAll(ThrowStmt.class)) {
                if (thrown.getExpression() instanceof ObjectCreationExpr creation) {
                    exceptionStatus(creation.getType(), handler.owner()).ifPresent(codes::add);
                }
            }
            // exceptions built elsewhere and thrown here: orElseThrow(() -> new NotFound(...))
            for (ObjectCreationExpr creation : body.findAll(ObjectCreationExpr.class)) {
                if (creation.getType().getNameAsString().endsWith("Exception")) {
                    exceptionStatus(creation.getType(), handler.owner()).ifPresent(codes::add);
                }
            }
        });
        codes.removeIf(code -> code < 400);
        return codes;
    }

    /** The status an exception type carries: its {@code @ResponseStatus}, its JAX-RS meaning, or none. */
    OptionalInt exceptionStatus(ClassOrInterfaceType type, SourceType scope) {
        Optional<SourceType> source = index.resolve(type.getNameWithScope(), scope);
        if (source.isPresent()) {
            for (SourceType level : index.hierarchy(source.get())) {
                OptionalInt annotated = status(level.declaration().getAnnotations(), "ResponseStatus");
                if (annotated.isPresent()) {
                    return annotated;
                }
            }
            // a project exception extending a JAX-RS one
            for (SourceType level : index.hierarchy(source.get())) {
                if (level.declaration() instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c) {
                    for (ClassOrInterfaceType extended : c.getExtendedTypes()) {
                        Integer code = JAXRS_EXCEPTIONS.get(extended.getNameAsString());
                        if (code != null && index.resolve(extended.getNameWithScope(), level).isEmpty()) {
                            return OptionalInt.of(code);
                        }
                    }
                }
            }
            return OptionalInt.empty();
        }
        Integer code = JAXRS_EXCEPTIONS.get(type.getNameAsString());
        boolean jaxRs = scope.unit() != null && scope.unit().getImports().stream()
                .anyMatch(i -> i.getNameAsString().contains(".ws.rs"));
        return code != null && jaxRs ? OptionalInt.of(code) : OptionalInt.empty();
    }

    /**
     * Statuses written in {@code node}: builder calls on {@code ResponseEntity}, {@code Response} or
     * {@code HttpResponse}, {@code new ResponseEntity<>(.., status)}, status exceptions,
     * {@code ProblemDetail.forStatus(..)}.
     */
    static Set<Integer> statusesIn(Node node, boolean builderCallsOnly) {
        Set<Integer> codes = new TreeSet<>();
        for (MethodCallExpr call : node.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if (!BUILDERS.contains(root(call))) {
                if ((name.equals("forStatus") || name.equals("forStatusAndDetail")) && !call.getArguments().isEmpty()) {
                    StatusCodes.of(call.getArgument(0)).ifPresent(codes::add);
                }
                continue;
            }
            Integer fixed = BUILDER_STATUSES.get(name);
            if (fixed != null) {
                codes.add(fixed);
            } else if (name.equals("status") && !call.getArguments().isEmpty()) {
                StatusCodes.of(call.getArgument(0)).ifPresent(codes::add);
            }
        }
        for (ObjectCreationExpr creation : node.findAll(ObjectCreationExpr.class)) {
            String type = creation.getType().getNameAsString();
            if (type.equals("ResponseEntity") && !creation.getArguments().isEmpty()) {
                StatusCodes.of(creation.getArgument(creation.getArguments().size() - 1)).ifPresent(codes::add);
            } else if (!builderCallsOnly && (type.equals("ResponseStatusException") || type.equals("HttpStatusException")
                    || type.equals("ErrorResponseException")) && !creation.getArguments().isEmpty()) {
                StatusCodes.of(creation.getArgument(0)).ifPresent(codes::add);
            } else if (!builderCallsOnly && (type.equals("WebApplicationException") || type.equals("ClientErrorException")
                    || type.equals("ServerErrorException"))) {
                for (Expression argument : creation.getArguments()) {
                    StatusCodes.of(argument).ifPresent(codes::add);
                }
            }
        }
        return codes;
    }

    /** The name at the start of a call chain: {@code ResponseEntity} for {@code ResponseEntity.status(..).body(..)}. */
    private static String root(MethodCallExpr call) {
        Expression scope = call;
        while (scope instanceof MethodCallExpr c && c.getScope().isPresent()) {
            scope = c.getScope().get();
        }
        if (scope instanceof NameExpr name) {
            return name.getNameAsString();
        }
        if (scope instanceof com.github.javaparser.ast.expr.FieldAccessExpr access) {
            return access.getNameAsString();
        }
        return "";
    }

    private static OptionalInt responseStatus(MethodDeclaration method) {
        OptionalInt spring = status(method.getAnnotations(), "ResponseStatus");
        return spring.isPresent() ? spring : status(method.getAnnotations(), "Status");
    }

    /** {@code @ResponseStatus(HttpStatus.CREATED)}, {@code @ResponseStatus(code = ..)}, {@code @Status(..)}. */
    static OptionalInt status(Iterable<AnnotationExpr> annotations, String simpleName) {
        for (AnnotationExpr annotation : annotations) {
            if (JacksonProperties.simpleName(annotation).equals(simpleName)) {
                Optional<Expression> value = JacksonProperties.value(annotation);
                if (value.isEmpty()) {
                    value = JavaAnnotations.attribute(annotation, "code");
                }
                if (value.isPresent()) {
                    return StatusCodes.of(value.get());
                }
                // @ResponseStatus without a value means 500
                return simpleName.equals("ResponseStatus") ? OptionalInt.of(500) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** Whether the parameter takes something from the request that the framework can reject with 400. */
    static boolean bindsFromRequest(Parameter parameter) {
        for (AnnotationExpr annotation : parameter.getAnnotations()) {
            if (Set.of("RequestBody", "Body", "PathVariable", "RequestParam", "RequestHeader", "PathParam",
                    "QueryParam", "HeaderParam", "FormParam", "CookieParam", "MatrixParam", "BeanParam", "QueryValue",
                    "Header", "Valid", "Validated", "ModelAttribute", "RequestPart", "CookieValue", "Part")
                    .contains(JacksonProperties.simpleName(annotation))) {
                return true;
            }
        }
        return false;
    }
}
