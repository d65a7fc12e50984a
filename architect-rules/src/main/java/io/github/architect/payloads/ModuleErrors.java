package io.github.architect.payloads;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.JavaAnnotations;
import io.github.architect.endpoints.source.SourceIndex;
import io.github.architect.endpoints.source.SourceType;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The error statuses any handler of the build can end in without its own body saying so: exceptions
 * annotated {@code @ResponseStatus} that some code throws, {@code @ExceptionHandler}s of
 * {@code @ControllerAdvice} classes, JAX-RS {@code ExceptionMapper}s and Micronaut global
 * {@code @Error} handlers.
 *
 * @param codes   the statuses found
 * @param unknown whether some handler builds its status in a way not read statically (then any status may be produced)
 */
record ModuleErrors(Set<Integer> codes, boolean unknown) {

    private static final Set<String> ADVICE = Set.of("ControllerAdvice", "RestControllerAdvice");

    static ModuleErrors of(Codebase codebase, SourceIndex index, HandlerStatuses statuses) {
        Set<Integer> codes = new TreeSet<>();
        boolean unknown = false;
        for (CodeModule module : codebase.modules()) {
            if (!module.holdsCode()) {
                continue;
            }
            for (SourceType type : index.typesOf(module,
                    List.of("ResponseStatus", "Advice", "ExceptionMapper", "@Error"))) {
                if (type.declaration().getAnnotations().stream()
                        .anyMatch(a -> ADVICE.contains(JacksonProperties.simpleName(a)))) {
                    for (MethodDeclaration method : type.declaration().getMethods()) {
                        if (JacksonProperties.has(method, "ExceptionHandler")) {
                            unknown |= !handlerStatuses(method, codes);
                        }
                    }
                }
                if (isExceptionMapper(type)) {
                    for (MethodDeclaration method : type.declaration().getMethodsByName("toResponse")) {
                        unknown |= !handlerStatuses(method, codes);
                    }
                }
                for (MethodDeclaration method : type.declaration().getMethods()) {
                    if (JacksonProperties.annotation(method, "Error")
                            .flatMap(a -> JavaAnnotations.attribute(a, "global"))
                            .filter(e -> e.toString().equals("true")).isPresent()) {
                        unknown |= !handlerStatuses(method, codes);
                    }
                }
            }
        }
        List<SourceType> annotatedExceptions = codebase.modules().stream().filter(CodeModule::holdsCode)
                .flatMap(m -> index.typesOf(m, List.of("ResponseStatus")).stream())
                .filter(t -> t.declaration().getAnnotations().stream()
                        .anyMatch(a -> JacksonProperties.simpleName(a).equals("ResponseStatus")))
                .toList();
        for (SourceType exception : annotatedExceptions) {
            String created = "new " + exception.simpleName() + "(";
            if (codebase.modules().stream().filter(CodeModule::holdsCode).anyMatch(m -> index.mentions(m, created))) {
                HandlerStatuses.status(exception.declaration().getAnnotations(), "ResponseStatus").ifPresent(codes::add);
            }
        }
        return new ModuleErrors(Set.copyOf(codes), unknown);
    }

    /** Adds what an exception handler answers; false when it cannot be read. */
    static boolean handlerStatuses(MethodDeclaration method, Set<Integer> codes) {
        OptionalInt annotated = HandlerStatuses.status(method.getAnnotations(), "ResponseStatus");
        if (annotated.isEmpty()) {
            annotated = HandlerStatuses.status(method.getAnnotations(), "Status");
        }
        if (annotated.isPresent()) {
            codes.add(annotated.getAsInt());
            return true;
        }
        Set<Integer> built = method.getBody().map(b -> HandlerStatuses.statusesIn(b, false)).orElse(Set.of());
        codes.addAll(built);
        return !built.isEmpty();
    }

    private static boolean isExceptionMapper(SourceType type) {
        return type.declaration() instanceof ClassOrInterfaceDeclaration c
                && c.getImplementedTypes().stream().map(ClassOrInterfaceType::getNameAsString)
                .anyMatch(n -> n.equals("ExceptionMapper"));
    }
}
