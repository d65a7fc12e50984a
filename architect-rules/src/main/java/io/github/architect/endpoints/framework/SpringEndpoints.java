package io.github.architect.endpoints.framework;

import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.code.Unresolvable;
import io.github.architect.code.JavaType;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.architect.code.JavaAnnotations;
import io.github.architect.model.UrlPaths;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spring MVC and WebFlux annotated controllers: {@code @RequestMapping} and its shortcuts, and
 * {@code @HttpExchange} interfaces implemented by a controller. Feign and HttpExchange interfaces
 * nobody implements are clients and are never looked at: only controller classes are.
 */
final class SpringEndpoints implements EndpointFramework {

    static final Set<String> STEREOTYPES = Set.of("RestController", "Controller");
    static final Map<String, String> SHORTCUTS = Map.ofEntries(
            Map.entry("GetMapping", "GET"), Map.entry("PostMapping", "POST"), Map.entry("PutMapping", "PUT"),
            Map.entry("DeleteMapping", "DELETE"), Map.entry("PatchMapping", "PATCH"),
            Map.entry("GetExchange", "GET"), Map.entry("PostExchange", "POST"), Map.entry("PutExchange", "PUT"),
            Map.entry("DeleteExchange", "DELETE"), Map.entry("PatchExchange", "PATCH"));
    static final Set<String> GENERIC = Set.of("RequestMapping", "HttpExchange");
    static final Set<String> ALL_MAPPINGS = union(SHORTCUTS.keySet(), GENERIC);
    private static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");
    private static final String FRAMEWORK = "Spring";

    @Override
    public List<String> markers() {
        return List.of("Mapping", "Controller", "Exchange");
    }

    @Override
    public Set<String> typeAnnotations() {
        return union(STEREOTYPES, GENERIC);
    }

    @Override
    public Set<String> methodAnnotations() {
        return ALL_MAPPINGS;
    }

    @Override
    public void collect(ModuleScan scan, JavaType type, List<JavaType> hierarchy) {
        if (isController(scan, hierarchy)) {
            collectController(scan, type, hierarchy);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static boolean isController(ModuleScan scan, List<JavaType> hierarchy) {
        for (JavaType type : hierarchy) {
            Optional<ModuleScan.Found> stereotype = scan.annotation(type, type.type(), STEREOTYPES);
            if (stereotype.isPresent() && !MicronautEndpoints.isMicronaut(stereotype.get())) {
                return true;
            }
        }
        return false;
    }

    private static void collectController(ModuleScan scan, JavaType controller, List<JavaType> hierarchy) {
        String prefix;
        try {
            prefix = scan.config.springPrefix();
        } catch (Unresolvable e) {
            scan.unresolved(controller, null, ModuleScan.location(controller), e.getMessage());
            return;
        }
        List<String> typePaths = List.of("");
        List<String> typeMethods = List.of();
        for (JavaType type : hierarchy) {
            Optional<ModuleScan.Found> mapping = scan.annotation(type, type.type(), GENERIC);
            if (mapping.isPresent()) {
                try {
                    typePaths = paths(scan, mapping.get());
                    typeMethods = methods(mapping.get().annotation());
                } catch (Unresolvable e) {
                    scan.unresolved(controller, null, ModuleScan.location(type),
                            "the class-level mapping of " + type.simpleName() + " cannot be resolved: " + e.getMessage());
                    return;
                }
                break;
            }
        }
        for (HandlerMethod handler : HandlerMethod.of(hierarchy, m -> JavaAnnotations.find(m, ALL_MAPPINGS).isPresent())) {
            AnnotationExpr annotation = JavaAnnotations.find(handler.annotated(), ALL_MAPPINGS).orElseThrow();
            ModuleScan.Found found = new ModuleScan.Found(annotation, handler.annotatedIn());
            try {
                List<String> methodPaths = paths(scan, found);
                String shortcut = SHORTCUTS.get(JavaAnnotations.simpleName(annotation));
                List<String> methods = shortcut != null ? List.of(shortcut) : methods(annotation);
                if (methods.isEmpty()) {
                    methods = typeMethods.isEmpty() ? List.of(CodeEndpoint.ANY_METHOD) : typeMethods;
                }
                for (String typePath : typePaths) {
                    for (String methodPath : methodPaths) {
                        String path = scan.config.resolve(UrlPaths.join(prefix, typePath, methodPath));
                        for (String method : methods) {
                            scan.endpoint(method, path, controller, handler, FRAMEWORK);
                        }
                    }
                }
            } catch (Unresolvable e) {
                scan.unresolved(controller, handler.name(), handler.location(), e.getMessage());
            }
        }
    }

    private static List<String> paths(ModuleScan scan, ModuleScan.Found mapping) throws Unresolvable {
        List<String> paths = new ArrayList<>();
        for (String path : scan.strings(mapping.annotation(), mapping.scope(), List.of(""), "value", "path", "url")) {
            paths.add(scan.config.resolve(path));
        }
        return paths;
    }

    /** {@code method = RequestMethod.GET}, an array of them, or {@code method = "GET"} on {@code @HttpExchange}. */
    private static List<String> methods(AnnotationExpr annotation) {
        Optional<Expression> value = JavaAnnotations.attribute(annotation, "method");
        if (value.isEmpty()) {
            return List.of();
        }
        List<Expression> elements = value.get() instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value.get());
        List<String> methods = new ArrayList<>();
        for (Expression element : elements) {
            String name;
            if (element instanceof FieldAccessExpr access) {
                name = access.getNameAsString();
            } else if (element instanceof NameExpr simple) {
                name = simple.getNameAsString();
            } else if (element.isStringLiteralExpr()) {
                name = element.asStringLiteralExpr().asString();
            } else {
                name = element.toString();
            }
            String upper = name.toUpperCase(Locale.ROOT);
            if (HTTP_METHODS.contains(upper)) {
                methods.add(upper);
            }
        }
        return methods;
    }
}
