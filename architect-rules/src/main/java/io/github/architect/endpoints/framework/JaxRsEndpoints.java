package io.github.architect.endpoints.framework;

import io.github.architect.code.Unresolvable;
import io.github.architect.code.JavaType;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.architect.code.JavaAnnotations;
import io.github.architect.model.UrlPaths;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Jakarta REST and javax JAX-RS resources (Quarkus, RESTEasy, Jersey): {@code @Path} on the class
 * (or an interface it implements) and the methods, HTTP method designators including custom ones
 * declared with {@code @HttpMethod}, and sub-resource locators followed one level.
 */
final class JaxRsEndpoints implements EndpointFramework {

    private static final Set<String> DESIGNATORS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final Set<String> PATH = Set.of("Path");
    private static final String FRAMEWORK = "JAX-RS";

    @Override
    public List<String> markers() {
        return List.of("@Path", "@GET", "@POST", "@PUT", "@DELETE", "@PATCH", "@HEAD", "@OPTIONS", "HttpMethod",
                "ApplicationPath");
    }

    /** {@code @HttpMethod} marks an annotation declared in the project as a custom designator. */
    @Override
    public Set<String> typeAnnotations() {
        return Set.of("Path", "HttpMethod");
    }

    @Override
    public Set<String> methodAnnotations() {
        Set<String> names = new java.util.HashSet<>(DESIGNATORS);
        names.addAll(PATH);
        return Set.copyOf(names);
    }

    @Override
    public void collect(ModuleScan scan, JavaType type, List<JavaType> hierarchy) {
        Optional<JavaType> pathType = rootPathType(hierarchy);
        if (pathType.isPresent()) {
            collectResource(scan, type, hierarchy, pathType.get());
        }
    }

    private static Optional<JavaType> rootPathType(List<JavaType> hierarchy) {
        return hierarchy.stream().filter(t -> JavaAnnotations.find(t.type(), PATH).isPresent()).findFirst();
    }

    private static void collectResource(ModuleScan scan, JavaType resource, List<JavaType> hierarchy, JavaType pathType) {
        String classPath;
        String prefix;
        try {
            prefix = scan.config.jaxRsPrefix(scan.applicationPath);
            classPath = path(scan, JavaAnnotations.find(pathType.type(), PATH).orElseThrow(), pathType);
        } catch (Unresolvable e) {
            scan.unresolved(resource, null, ModuleScan.location(resource), e.getMessage());
            return;
        }
        collectMethods(scan, resource, hierarchy, UrlPaths.join(prefix, classPath), true);
    }

    private static void collectMethods(ModuleScan scan, JavaType resource, List<JavaType> hierarchy, String base,
                                       boolean followLocators) {
        for (HandlerMethod handler : HandlerMethod.of(hierarchy, m -> isMapped(scan, m))) {
            MethodDeclaration annotated = handler.annotated();
            try {
                Optional<AnnotationExpr> pathAnnotation = JavaAnnotations.find(annotated, PATH);
                String methodPath = pathAnnotation.isPresent() ? path(scan, pathAnnotation.get(), handler.annotatedIn()) : "";
                Optional<String> designator = designator(scan, annotated, handler.annotatedIn());
                String full = UrlPaths.join(base, methodPath);
                if (designator.isPresent()) {
                    scan.endpoint(designator.get(), full, resource, handler, FRAMEWORK);
                } else if (followLocators) {
                    subResource(scan, handler, full);
                } else {
                    scan.unresolved(resource, handler.name(), handler.location(),
                            "sub-resource locators are followed one level only; " + full + " leads to another one");
                }
            } catch (Unresolvable e) {
                scan.unresolved(resource, handler.name(), handler.location(), e.getMessage());
            }
        }
    }

    private static void subResource(ModuleScan scan, HandlerMethod locator, String base) throws Unresolvable {
        if (!(locator.annotated().getType() instanceof ClassOrInterfaceType returned)) {
            throw new Unresolvable("sub-resource locator returns " + locator.annotated().getType() + ", not a resource class");
        }
        JavaType subResource = scan.types.resolve(returned.getNameWithScope(), locator.annotatedIn())
                .orElseThrow(() -> new Unresolvable("sub-resource locator returns " + returned.getNameWithScope()
                        + ", which is not in the project's sources (the resource is chosen at run time)"));
        collectMethods(scan, subResource, scan.types.hierarchy(subResource), base, false);
    }

    private static boolean isMapped(ModuleScan scan, MethodDeclaration method) {
        for (AnnotationExpr annotation : method.getAnnotations()) {
            String name = JavaAnnotations.simpleName(annotation);
            if (DESIGNATORS.contains(name) || PATH.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code @GET}... or a custom annotation declared in the project with {@code @HttpMethod("LINK")}. */
    private static Optional<String> designator(ModuleScan scan, MethodDeclaration method, JavaType scope) throws Unresolvable {
        for (AnnotationExpr annotation : method.getAnnotations()) {
            String name = JavaAnnotations.simpleName(annotation);
            if (DESIGNATORS.contains(name)) {
                return Optional.of(name);
            }
        }
        for (AnnotationExpr annotation : method.getAnnotations()) {
            if (scan.types.sources().filesNamed(JavaAnnotations.simpleName(annotation)).isEmpty()) {
                continue;
            }
            Optional<JavaType> declaration = scan.types.resolve(annotation.getNameAsString(), scope)
                    .filter(t -> t.type() instanceof AnnotationDeclaration);
            if (declaration.isPresent()) {
                Optional<AnnotationExpr> httpMethod = JavaAnnotations.find(declaration.get().type(), Set.of("HttpMethod"));
                if (httpMethod.isPresent()) {
                    return Optional.of(scan.constants.string(
                            JavaAnnotations.attribute(httpMethod.get(), "value").orElseThrow(), declaration.get()).toUpperCase());
                }
            }
        }
        return Optional.empty();
    }

    private static String path(ModuleScan scan, AnnotationExpr annotation, JavaType scope) throws Unresolvable {
        List<String> values = scan.strings(annotation, scope, List.of(""), "value");
        return values.get(0);
    }

    /** The value of {@code @ApplicationPath} on a type, if it has one. */
    @Override
    public Optional<String> applicationPath(ModuleScan scan, JavaType type) throws Unresolvable {
        Optional<AnnotationExpr> annotation = JavaAnnotations.find(type.type(), Set.of("ApplicationPath"));
        if (annotation.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scan.strings(annotation.get(), type, List.of(""), "value").get(0));
    }
}
