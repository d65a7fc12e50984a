package io.github.architect.payloads;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;
import io.github.architect.endpoints.source.SourceIndex;
import io.github.architect.endpoints.source.SourceType;
import io.github.architect.payloads.JacksonProperties.Direction;
import io.github.architect.payloads.JacksonProperties.Properties;
import io.github.architect.payloads.JacksonProperties.Property;
import io.github.architect.payloads.JsonShape.TypeUse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.github.architect.payloads.JacksonProperties.annotation;
import static io.github.architect.payloads.JacksonProperties.has;
import static io.github.architect.payloads.JacksonProperties.simpleName;

/**
 * The JSON properties of a class or record under JSON-B's defaults (Jakarta JSON Binding, as Yasson
 * and Johnzon implement it): public fields, public getters ({@code getX}, {@code isX} for a
 * {@code boolean} or {@code Boolean}) when writing, public setters and the parameters of a
 * {@code @JsonbCreator} (or a record's components) when reading; a private field is a property only
 * through an accessor, which also makes its annotations count. {@code @JsonbProperty} renames,
 * {@code @JsonbTransient} drops, a class-level {@code @JsonbTypeAdapter}/{@code @JsonbTypeSerializer}/
 * {@code @JsonbTypeDeserializer} writes anything. Jackson's annotations mean nothing to it. What
 * Lombok generates counts as written. A naming strategy set with {@code JsonbConfig} in code is not
 * seen: the Java names are the JSON names.
 */
final class JsonbProperties implements PropertyBinding {

    private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty", "NonNull");
    private static final Set<String> CUSTOM = Set.of("JsonbTypeAdapter", "JsonbTypeSerializer", "JsonbTypeDeserializer");

    private final SourceIndex index;

    JsonbProperties(SourceIndex index) {
        this.index = index;
    }

    /**
     * Whether JSON-B binds a module's JAX-RS bodies: no Jackson on its classpath, and a JSON-B
     * implementation, the JAX-RS API or a Jakarta EE API that brings JSON-B as the default provider.
     * A module whose libraries are not known is left to Jackson.
     */
    static boolean binds(Set<String> libraries) {
        if (libraries.stream().anyMatch(l -> l.contains("jackson"))) {
            return false;
        }
        return libraries.stream().anyMatch(l -> l.contains("json.bind") || l.contains("jsonb")
                || l.contains("json-binding") || l.contains("yasson") || l.contains("johnzon")
                || l.contains("jakartaee") || l.contains("javaee") || l.contains("ws.rs") || l.contains("jaxrs")
                || l.contains("microprofile"));
    }

    @Override
    public String renameAnnotation() {
        return "@JsonbProperty";
    }

    /** One property being collected, under its Java name. */
    private static final class Candidate {
        String explicit;
        boolean ignored;
        boolean readable;
        boolean writable;
        boolean required;
        boolean cascaded;
        TypeUse type;
    }

    @Override
    public Properties of(SourceType type, Map<String, TypeUse> bindings, Direction direction) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        boolean open = false;
        List<SourceType> hierarchy = type.declaration() instanceof RecordDeclaration ? List.of(type) : index.hierarchy(type);
        for (SourceType declaring : hierarchy) {
            TypeDeclaration<?> declaration = declaring.declaration();
            Map<String, TypeUse> scope = declaring.equals(type) ? bindings : Map.of();
            open |= declaration.getAnnotations().stream().anyMatch(a -> CUSTOM.contains(simpleName(a)));
            boolean data = has(declaration, "Data");
            boolean getters = data || has(declaration, "Value") || has(declaration, "Getter");
            boolean setters = data || has(declaration, "Setter");
            if (declaration instanceof RecordDeclaration record) {
                for (Parameter component : record.getParameters()) {
                    Candidate c = candidates.computeIfAbsent(component.getNameAsString(), n -> new Candidate());
                    c.readable = c.writable = true;
                    member(c, component, new TypeUse(component.getType(), declaring, scope), component.getType());
                }
            }
            for (FieldDeclaration field : declaration.getFields()) {
                if (field.isStatic() || field.isTransient()) {
                    continue;
                }
                for (VariableDeclarator variable : field.getVariables()) {
                    Candidate c = candidates.computeIfAbsent(variable.getNameAsString(), n -> new Candidate());
                    c.writable |= field.isPublic() || getters || has(field, "Getter");
                    c.readable |= field.isPublic() && !field.isFinal() || setters || has(field, "Setter");
                    member(c, field, new TypeUse(variable.getType(), declaring, scope), variable.getType());
                }
            }
            for (MethodDeclaration method : declaration.getMethods()) {
                if (has(method, "JsonbCreator")) {
                    creator(candidates, method, declaring, scope);
                }
                if (method.isStatic() || !(method.isPublic() || isInterface(declaration) && !method.isPrivate())) {
                    continue;
                }
                String name = method.getNameAsString();
                if (method.getParameters().isEmpty() && !method.getType().isVoidType()) {
                    String property = getterName(name, method.getType());
                    if (property != null) {
                        Candidate c = candidates.computeIfAbsent(property, n -> new Candidate());
                        c.writable = true;
                        member(c, method, new TypeUse(method.getType(), declaring, scope), method.getType());
                    }
                } else if (method.getParameters().size() == 1 && name.length() > 3 && name.startsWith("set")
                        && Character.isUpperCase(name.charAt(3))) {
                    Candidate c = candidates.computeIfAbsent(JacksonProperties.decapitalize(name.substring(3)),
                            n -> new Candidate());
                    c.readable = true;
                    Type parameter = method.getParameter(0).getType();
                    member(c, method, new TypeUse(parameter, declaring, scope), parameter);
                }
            }
            if (declaration instanceof ClassOrInterfaceDeclaration) {
                declaration.getConstructors().stream().filter(k -> has(k, "JsonbCreator")).findFirst()
                        .ifPresent(k -> creator(candidates, k, declaring, scope));
            }
        }
        Map<String, Property> properties = new LinkedHashMap<>();
        for (Map.Entry<String, Candidate> entry : candidates.entrySet()) {
            Candidate c = entry.getValue();
            boolean bound = direction == Direction.WRITE ? c.writable : c.readable;
            if (c.ignored || !bound || c.type == null) {
                continue;
            }
            String name = c.explicit != null ? c.explicit : entry.getKey();
            properties.putIfAbsent(name, new Property(name, c.type, c.required, c.cascaded));
        }
        return new Properties(properties, open);
    }

    private static void creator(Map<String, Candidate> candidates, CallableDeclaration<?> creator, SourceType declaring,
                                Map<String, TypeUse> scope) {
        for (Parameter parameter : creator.getParameters()) {
            String name = explicitName(parameter).orElse(parameter.getNameAsString());
            Candidate c = candidates.computeIfAbsent(name, n -> new Candidate());
            c.readable = true;
            if (c.type == null) {
                c.type = new TypeUse(parameter.getType(), declaring, scope);
            }
            c.required |= parameter.getAnnotations().stream().anyMatch(a -> REQUIRED.contains(simpleName(a)));
        }
    }

    private static void member(Candidate c, NodeWithAnnotations<?> member, TypeUse type, Type javaType) {
        if (c.type == null) {
            c.type = type;
        }
        explicitName(member).ifPresent(name -> c.explicit = name);
        if (has(member, "JsonbTransient")) {
            c.ignored = true;
        }
        if (member.getAnnotations().stream().anyMatch(a -> REQUIRED.contains(simpleName(a)))) {
            c.required = true;
        }
        c.cascaded |= has(member, "Valid") || javaType.findAll(AnnotationExpr.class).stream()
                .anyMatch(a -> simpleName(a).equals("Valid"));
    }

    private static Optional<String> explicitName(NodeWithAnnotations<?> member) {
        return annotation(member, "JsonbProperty").flatMap(JacksonProperties::value)
                .filter(StringLiteralExpr.class::isInstance).map(e -> ((StringLiteralExpr) e).asString())
                .filter(s -> !s.isEmpty());
    }

    /** {@code getTotal} is "total"; {@code isActive} is "active" for a {@code boolean} or {@code Boolean}. */
    private static String getterName(String method, Type returned) {
        if (method.length() > 3 && method.startsWith("get") && Character.isUpperCase(method.charAt(3))
                && !method.equals("getClass")) {
            return JacksonProperties.decapitalize(method.substring(3));
        }
        String type = returned.asString();
        if (method.length() > 2 && method.startsWith("is") && Character.isUpperCase(method.charAt(2))
                && (type.equals("boolean") || type.equals("Boolean") || type.equals("java.lang.Boolean"))) {
            return JacksonProperties.decapitalize(method.substring(2));
        }
        return null;
    }

    private static boolean isInterface(TypeDeclaration<?> declaration) {
        return declaration instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    }
}
