package io.github.architect.payloads;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import io.github.architect.endpoints.source.SourceIndex;
import io.github.architect.endpoints.source.SourceType;
import io.github.architect.payloads.JsonShape.TypeUse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.github.architect.code.JavaAnnotations.attribute;

/**
 * The JSON properties of a class or record as Jackson's defaults (as Spring Boot configures them)
 * see them: record components; public fields; getters ({@code isX} only for primitive
 * {@code boolean}) when writing; setters, {@code @JsonCreator} or sole-constructor parameters and
 * fields with a visible getter ({@code INFER_PROPERTY_MUTATORS}) when reading; what Lombok's
 * {@code @Data}, {@code @Value}, {@code @Getter}, {@code @Setter} and {@code @Jacksonized} generate;
 * renamed by {@code @JsonProperty} and {@code @JsonNaming} (or the configured strategy), dropped by
 * {@code @JsonIgnore} and {@code @JsonIgnoreProperties}, flattened by {@code @JsonUnwrapped}.
 */
final class JacksonProperties implements PropertyBinding {

    /** Which way Jackson binds. */
    enum Direction { READ, WRITE }

    /**
     * @param type     the property's type where it is declared
     * @param required whether bean validation requires it ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty})
     * @param cascaded whether validation cascades into its value ({@code @Valid} on it or its element type)
     */
    record Property(String name, TypeUse type, boolean required, boolean cascaded) {
    }

    /**
     * @param properties by JSON name
     * @param open       whether any name binds ({@code @JsonAnySetter}, {@code @JsonAnyGetter}) or the type is
     *                   written as something else ({@code @JsonValue})
     */
    record Properties(Map<String, Property> properties, boolean open) {
    }

    private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty", "NonNull");

    private final SourceIndex index;
    private final String defaultStrategy;

    JacksonProperties(SourceIndex index, String defaultStrategy) {
        this.index = index;
        this.defaultStrategy = defaultStrategy;
    }

    /** One property being collected, under its implicit (Java) name. */
    private static final class Candidate {
        String explicit;
        boolean ignored;
        boolean readable;
        boolean writable;
        boolean hasGetter;
        boolean required;
        boolean cascaded;
        boolean unwrapped;
        String unwrapPrefix = "";
        TypeUse type;
    }

    @Override
    public Properties of(SourceType type, Map<String, TypeUse> bindings, Direction direction) {
        return of(type, bindings, direction, 0);
    }

    @Override
    public String renameAnnotation() {
        return "@JsonProperty";
    }

    private Properties of(SourceType type, Map<String, TypeUse> bindings, Direction direction, int depth) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Set<String> ignoredNames = new HashSet<>();
        boolean open = false;
        String strategy = null;
        List<SourceType> hierarchy = type.declaration() instanceof RecordDeclaration ? List.of(type) : index.hierarchy(type);
        for (SourceType declaring : hierarchy) {
            TypeDeclaration<?> declaration = declaring.declaration();
            Map<String, TypeUse> scopeBindings = declaring.equals(type) ? bindings : Map.of();
            if (strategy == null) {
                strategy = annotation(declaration, "JsonNaming").flatMap(JacksonProperties::value)
                        .map(Expression::toString).orElse(null);
            }
            annotation(declaration, "JsonIgnoreProperties").ifPresent(a -> ignoredNames.addAll(strings(a, "value")));
            boolean data = has(declaration, "Data");
            boolean value = has(declaration, "Value");
            boolean getters = data || value || has(declaration, "Getter");
            boolean setters = data || has(declaration, "Setter");
            boolean builderRead = has(declaration, "Jacksonized");
            if (declaration instanceof RecordDeclaration record) {
                for (Parameter component : record.getParameters()) {
                    Candidate c = candidate(candidates, component.getNameAsString());
                    c.readable = c.writable = c.hasGetter = true;
                    member(c, component, new TypeUse(component.getType(), declaring, scopeBindings));
                }
            }
            for (FieldDeclaration field : declaration.getFields()) {
                if (field.isStatic()) {
                    continue;
                }
                for (VariableDeclarator variable : field.getVariables()) {
                    if (field.isTransient() && !has(field, "JsonProperty")) {
                        continue;
                    }
                    Candidate c = candidate(candidates, variable.getNameAsString());
                    boolean visible = field.isPublic() || has(field, "JsonProperty");
                    boolean getter = visible || getters || has(field, "Getter");
                    c.writable |= getter;
                    c.hasGetter |= getter && !field.isPublic();
                    c.readable |= visible || setters || builderRead || has(field, "Setter")
                            || (value && has(declaration, "Builder") && builderRead);
                    member(c, field, new TypeUse(variable.getType(), declaring, scopeBindings));
                }
            }
            for (MethodDeclaration method : declaration.getMethods()) {
                if (method.isStatic()) {
                    if (has(method, "JsonCreator")) {
                        creator(candidates, method, declaring, scopeBindings);
                    }
                    continue;
                }
                if (has(method, "JsonAnySetter") && direction == Direction.READ
                        || has(method, "JsonAnyGetter") && direction == Direction.WRITE || has(method, "JsonValue")) {
                    open = true;
                }
                boolean visible = method.isPublic() || isInterface(declaration) && !method.isPrivate()
                        || has(method, "JsonProperty");
                if (!visible) {
                    continue;
                }
                String name = method.getNameAsString();
                int parameters = method.getParameters().size();
                if (parameters == 0 && !method.getType().isVoidType()) {
                    String property = getterName(name, method.getType());
                    if (property == null && has(method, "JsonProperty")) {
                        property = name;
                    }
                    if (property != null && !name.equals("getClass")) {
                        Candidate c = candidate(candidates, property);
                        c.writable = true;
                        c.hasGetter = true;
                        member(c, method, new TypeUse(method.getType(), declaring, scopeBindings));
                    }
                } else if (parameters == 1 && name.length() > 3 && name.startsWith("set")) {
                    Candidate c = candidate(candidates, decapitalize(name.substring(3)));
                    c.readable = true;
                    member(c, method, new TypeUse(method.getParameter(0).getType(), declaring, scopeBindings));
                }
            }
            if (declaration instanceof ClassOrInterfaceDeclaration) {
                List<ConstructorDeclaration> constructors = declaration.getConstructors();
                Optional<ConstructorDeclaration> annotated = constructors.stream().filter(k -> has(k, "JsonCreator")).findFirst();
                boolean noArgs = constructors.isEmpty() || constructors.stream().anyMatch(k -> k.getParameters().isEmpty());
                if (annotated.isPresent()) {
                    creator(candidates, annotated.get(), declaring, scopeBindings);
                } else if (constructors.size() == 1 && !noArgs && constructors.get(0).isPublic()
                        && declaring.equals(type)) {
                    // Spring Boot registers the parameter-names module: a sole constructor binds by its names
                    creator(candidates, constructors.get(0), declaring, scopeBindings);
                }
            }
        }
        if (strategy == null) {
            strategy = defaultStrategy;
        }
        Map<String, Property> properties = new LinkedHashMap<>();
        for (Map.Entry<String, Candidate> entry : candidates.entrySet()) {
            Candidate c = entry.getValue();
            // a private field with a visible getter is also set by Jackson (INFER_PROPERTY_MUTATORS)
            boolean bound = direction == Direction.WRITE ? c.writable : c.readable || c.hasGetter;
            if (c.ignored || !bound || c.type == null) {
                continue;
            }
            String name = c.explicit != null ? c.explicit : translate(entry.getKey(), strategy);
            if (ignoredNames.contains(name)) {
                continue;
            }
            if (c.unwrapped && depth < 8) {
                JsonShape nested = new TypeShapes(index).shape(c.type);
                if (nested instanceof JsonShape.ObjectOf object) {
                    Properties inner = of(object.type(), object.bindings(), direction, depth + 1);
                    inner.properties().forEach((k, v) -> properties.putIfAbsent(c.unwrapPrefix + k,
                            new Property(c.unwrapPrefix + k, v.type(), v.required(), v.cascaded())));
                    open |= inner.open();
                    continue;
                }
            }
            properties.putIfAbsent(name, new Property(name, c.type, c.required, c.cascaded));
        }
        return new Properties(properties, open);
    }

    private static void creator(Map<String, Candidate> candidates, CallableDeclaration<?> creator, SourceType declaring,
                                Map<String, TypeUse> bindings) {
        for (Parameter parameter : creator.getParameters()) {
            String name = annotation(parameter, "JsonProperty").flatMap(JacksonProperties::value)
                    .filter(StringLiteralExpr.class::isInstance).map(e -> ((StringLiteralExpr) e).asString())
                    .filter(s -> !s.isEmpty()).orElse(parameter.getNameAsString());
            Candidate c = candidate(candidates, name);
            c.readable = true;
            if (c.type == null) {
                c.type = new TypeUse(parameter.getType(), declaring, bindings);
            }
            c.required |= parameter.getAnnotations().stream().anyMatch(a -> REQUIRED.contains(simpleName(a)));
            c.cascaded |= cascades(parameter, parameter.getType());
        }
    }

    private static void member(Candidate c, NodeWithAnnotations<?> member, TypeUse type) {
        if (c.type == null) {
            c.type = type;
        }
        Optional<AnnotationExpr> property = annotation(member, "JsonProperty");
        if (property.isPresent()) {
            Optional<Expression> value = value(property.get());
            if (value.isPresent() && value.get() instanceof StringLiteralExpr literal && !literal.asString().isEmpty()) {
                c.explicit = literal.asString();
            }
        }
        Optional<AnnotationExpr> ignore = annotation(member, "JsonIgnore");
        if (ignore.isPresent() && !(value(ignore.get()).orElse(null) instanceof BooleanLiteralExpr b && !b.getValue())) {
            c.ignored = true;
        }
        Optional<AnnotationExpr> unwrapped = annotation(member, "JsonUnwrapped");
        if (unwrapped.isPresent()) {
            c.unwrapped = true;
            c.unwrapPrefix = strings(unwrapped.get(), "prefix").stream().findFirst().orElse("");
        }
        if (member.getAnnotations().stream().anyMatch(a -> REQUIRED.contains(simpleName(a)))) {
            c.required = true;
        }
        c.cascaded |= cascades(member, type.type());
    }

    /** {@code @Valid} on the member, or on a type argument ({@code List<@Valid Line>}). */
    private static boolean cascades(NodeWithAnnotations<?> member, Type type) {
        return has(member, "Valid") || type != null && type.findAll(AnnotationExpr.class).stream()
                .anyMatch(a -> simpleName(a).equals("Valid"));
    }

    private static Candidate candidate(Map<String, Candidate> candidates, String name) {
        return candidates.computeIfAbsent(name, n -> new Candidate());
    }

    /** {@code getTotal} is "total", {@code isActive} is "active" for a primitive boolean only, others none. */
    private static String getterName(String method, Type returned) {
        if (method.length() > 3 && method.startsWith("get") && Character.isUpperCase(method.charAt(3))) {
            return decapitalize(method.substring(3));
        }
        if (method.length() > 2 && method.startsWith("is") && Character.isUpperCase(method.charAt(2))
                && returned.isPrimitiveType() && returned.asPrimitiveType().getType() == PrimitiveType.Primitive.BOOLEAN) {
            return decapitalize(method.substring(2));
        }
        return null;
    }

    /** Jackson's default mangling: the leading upper-case letters lower-cased ("URL" is "url", "Total" is "total"). */
    static String decapitalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        while (i < name.length() && Character.isUpperCase(name.charAt(i))) {
            out.append(Character.toLowerCase(name.charAt(i)));
            i++;
        }
        return out.append(name.substring(i)).toString();
    }

    /** The JSON name of a Java name under a naming strategy ({@code SnakeCaseStrategy.class}, {@code SNAKE_CASE}). */
    static String translate(String name, String strategy) {
        if (strategy == null) {
            return name;
        }
        String s = strategy.toUpperCase(Locale.ROOT).replace(".CLASS", "").replace("_", "");
        if (s.contains("SNAKECASE")) {
            return separated(name, '_', false);
        }
        if (s.contains("UPPERSNAKE")) {
            return separated(name, '_', true);
        }
        if (s.contains("KEBAB")) {
            return separated(name, '-', false);
        }
        if (s.contains("LOWERDOT")) {
            return separated(name, '.', false);
        }
        if (s.contains("UPPERCAMEL") || s.contains("PASCAL")) {
            return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        if (s.endsWith("LOWERCASESTRATEGY") || s.endsWith("LOWERCASE")) {
            return name.toLowerCase(Locale.ROOT);
        }
        return name;
    }

    /** As Jackson's SnakeCaseStrategy translates: a separator before each upper-case letter that follows a lower one. */
    private static String separated(String name, char separator, boolean upper) {
        StringBuilder out = new StringBuilder();
        boolean previousTranslated = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (!previousTranslated && out.length() > 0 && out.charAt(out.length() - 1) != separator) {
                    out.append(separator);
                }
                c = Character.toLowerCase(c);
                previousTranslated = true;
            } else {
                previousTranslated = false;
            }
            out.append(c);
        }
        return upper ? out.toString().toUpperCase(Locale.ROOT) : out.toString();
    }

    private static boolean isInterface(TypeDeclaration<?> declaration) {
        return declaration instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    }

    static boolean has(NodeWithAnnotations<?> node, String simpleName) {
        return annotation(node, simpleName).isPresent();
    }

    static Optional<AnnotationExpr> annotation(NodeWithAnnotations<?> node, String simpleName) {
        for (AnnotationExpr a : node.getAnnotations()) {
            if (simpleName(a).equals(simpleName)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    static String simpleName(AnnotationExpr annotation) {
        return annotation.getName().getIdentifier();
    }

    static Optional<Expression> value(AnnotationExpr annotation) {
        return attribute(annotation, "value");
    }

    private static List<String> strings(AnnotationExpr annotation, String name) {
        Optional<Expression> value = attribute(annotation, name);
        List<String> result = new ArrayList<>();
        if (value.isEmpty()) {
            return result;
        }
        NodeList<Expression> elements = value.get() instanceof ArrayInitializerExpr array ? array.getValues()
                : new NodeList<>(value.get());
        for (Expression element : elements) {
            if (element instanceof StringLiteralExpr literal) {
                result.add(literal.asString());
            }
        }
        return result;
    }
}
