package io.github.architect.endpoints.framework;

import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.endpoints.source.DeploymentConfig;
import io.github.architect.endpoints.source.SourceType;
import io.github.architect.code.Unresolvable;
import io.github.architect.code.JavaTypes;
import io.github.architect.code.JavaType;
import io.github.architect.code.JavaConstants;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import io.github.architect.check.Location;
import io.github.architect.code.JavaAnnotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the framework readers share while scanning one module: type lookup, constant evaluation, the
 * deployment configuration, and the lists findings are collected into. One instance per type scanned,
 * so it needs no locking.
 */
public final class ModuleScan {

    final JavaTypes types;
    final JavaConstants constants;
    final DeploymentConfig config;
    final String applicationPath;
    final List<CodeEndpoint> endpoints = new ArrayList<>();
    final List<UnresolvedMapping> unresolved = new ArrayList<>();
    final List<HandlerSource> handlers = new ArrayList<>();

    public ModuleScan(JavaTypes types, DeploymentConfig config, String applicationPath) {
        this.types = types;
        this.constants = new JavaConstants(types);
        this.config = config;
        this.applicationPath = applicationPath;
    }

    /** The endpoints found so far, in the order the frameworks found them. */
    public List<CodeEndpoint> endpoints() {
        return endpoints;
    }

    /** The mappings found so far that could not be resolved. */
    public List<UnresolvedMapping> unresolved() {
        return unresolved;
    }

    /** The handlers of {@link #endpoints()}, with their declarations. */
    public List<HandlerSource> handlers() {
        return handlers;
    }

    /** The strings of an annotation attribute, {@code defaults} when none of the names is set. */
    List<String> strings(AnnotationExpr annotation, JavaType scope, List<String> defaults, String... names)
            throws Unresolvable {
        Optional<Expression> value = JavaAnnotations.attribute(annotation, names);
        if (value.isEmpty()) {
            return defaults;
        }
        List<String> strings = constants.strings(value.get(), scope);
        return strings.isEmpty() ? defaults : strings;
    }

    void endpoint(String method, String path, JavaType servedBy, HandlerMethod handler, String framework) {
        CodeEndpoint endpoint = new CodeEndpoint(method, path, servedBy.binaryName(), handler.name(), handler.location(),
                framework);
        endpoints.add(endpoint);
        handlers.add(new HandlerSource(endpoint, new SourceType(servedBy), new SourceType(handler.owner()),
                handler.method(), new SourceType(handler.annotatedIn()), handler.annotated()));
    }

    void unresolved(JavaType type, String methodName, Location location, String reason) {
        unresolved.add(new UnresolvedMapping(type.binaryName(), methodName, location, reason));
    }

    static Location location(JavaType type) {
        return type.type().getName().getBegin().map(p -> Location.of(type.source().file(), p.line, p.column))
                .orElse(Location.of(type.source().file()));
    }

    /**
     * An annotation on {@code annotated}, written directly or carried by one of its annotations
     * declared in the project (a composed {@code @ApiController} annotated with {@code @RestController}).
     * Returns the annotation and the type it must be evaluated in.
     */
    Optional<Found> annotation(JavaType annotated, com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> node,
                               Set<String> names) {
        Optional<AnnotationExpr> direct = JavaAnnotations.find(node, names);
        if (direct.isPresent()) {
            return Optional.of(new Found(direct.get(), annotated));
        }
        for (AnnotationExpr other : node.getAnnotations()) {
            Optional<JavaType> declaration = composed(other, annotated);
            if (declaration.isPresent()) {
                Optional<AnnotationExpr> meta = JavaAnnotations.find((AnnotationDeclaration) declaration.get().type(), names);
                if (meta.isPresent()) {
                    return Optional.of(new Found(meta.get(), declaration.get()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<JavaType> composed(AnnotationExpr annotation, JavaType scope) {
        if (types.sources().filesNamed(JavaAnnotations.simpleName(annotation)).isEmpty()) {
            return Optional.empty(); // a library annotation: cheap exit before resolving
        }
        return types.resolve(annotation.getNameAsString(), scope).filter(t -> t.type() instanceof AnnotationDeclaration);
    }

    /** An annotation and the type whose imports and constants its values are read with. */
    record Found(AnnotationExpr annotation, JavaType scope) {
    }
}
