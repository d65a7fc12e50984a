package io.github.architect.endpoints.framework;

import io.github.architect.code.Unresolvable;
import io.github.architect.code.JavaType;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import io.github.architect.code.JavaAnnotations;
import io.github.architect.model.UrlPaths;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Micronaut controllers: {@code @Controller} with {@code @Get}..{@code @Delete} and {@code @CustomHttpMethod}. */
final class MicronautEndpoints implements EndpointFramework {

    private static final Map<String, String> VERBS = Map.of("Get", "GET", "Post", "POST", "Put", "PUT", "Delete", "DELETE",
            "Patch", "PATCH", "Head", "HEAD", "Options", "OPTIONS", "Trace", "TRACE");
    private static final Set<String> CUSTOM = Set.of("CustomHttpMethod");
    private static final String PACKAGE = "io.micronaut.http.annotation";
    private static final String FRAMEWORK = "Micronaut";

    @Override
    public List<String> markers() {
        return List.of("Controller", "@Get", "@Post", "@Put", "@Delete", "@Patch", "@Head", "@Options", "@Trace");
    }

    @Override
    public Set<String> typeAnnotations() {
        return Set.of("Controller");
    }

    @Override
    public Set<String> methodAnnotations() {
        return VERBS.keySet();
    }

    @Override
    public void collect(ModuleScan scan, JavaType type, List<JavaType> hierarchy) {
        Optional<ModuleScan.Found> controller = controller(scan, hierarchy);
        if (controller.isPresent()) {
            collectController(scan, type, hierarchy, controller.get());
        }
    }

    /** Spring and Micronaut both call it {@code @Controller}: the import tells them apart. */
    static boolean isMicronaut(ModuleScan.Found controller) {
        String written = controller.annotation().getNameAsString();
        if (written.contains(".")) {
            return written.startsWith(PACKAGE);
        }
        for (ImportDeclaration imp : controller.scope().source().unit().getImports()) {
            String name = imp.getNameAsString();
            if (!imp.isStatic() && (imp.isAsterisk() ? name.equals(PACKAGE) : name.equals(PACKAGE + ".Controller"))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ModuleScan.Found> controller(ModuleScan scan, List<JavaType> hierarchy) {
        for (JavaType type : hierarchy) {
            Optional<ModuleScan.Found> found = scan.annotation(type, type.type(), Set.of("Controller"));
            if (found.isPresent() && isMicronaut(found.get())) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static void collectController(ModuleScan scan, JavaType controller, List<JavaType> hierarchy,
                                          ModuleScan.Found annotation) {
        String base;
        try {
            List<String> values = scan.strings(annotation.annotation(), annotation.scope(), List.of("/"), "value");
            base = UrlPaths.join(scan.config.micronautPrefix(), values.get(0));
        } catch (Unresolvable e) {
            scan.unresolved(controller, null, ModuleScan.location(controller), e.getMessage());
            return;
        }
        Set<String> names = new java.util.HashSet<>(VERBS.keySet());
        names.addAll(CUSTOM);
        for (HandlerMethod handler : HandlerMethod.of(hierarchy, m -> JavaAnnotations.find(m, names).isPresent())) {
            AnnotationExpr verb = JavaAnnotations.find(handler.annotated(), names).orElseThrow();
            try {
                String method = VERBS.get(JavaAnnotations.simpleName(verb));
                if (method == null) {
                    method = scan.constants.string(JavaAnnotations.attribute(verb, "method").orElseThrow(() ->
                            new Unresolvable("@CustomHttpMethod without a method")), handler.annotatedIn())
                            .toUpperCase(Locale.ROOT);
                }
                List<String> uris = JavaAnnotations.attribute(verb, "uris").isPresent()
                        ? scan.strings(verb, handler.annotatedIn(), List.of("/"), "uris")
                        : scan.strings(verb, handler.annotatedIn(), List.of("/"), "value", "uri");
                for (String uri : uris) {
                    scan.endpoint(method, scan.config.resolve(UrlPaths.join(base, uri)), controller, handler, FRAMEWORK);
                }
            } catch (Unresolvable e) {
                scan.unresolved(controller, handler.name(), handler.location(), e.getMessage());
            }
        }
    }
}
