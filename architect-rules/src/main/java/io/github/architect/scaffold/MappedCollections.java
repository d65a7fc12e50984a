package io.github.architect.scaffold;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.github.architect.check.CheckContext;
import io.github.architect.code.CodeModule;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.Service;
import io.github.architect.scaffold.DraftFacts.DraftCollection;
import io.github.architect.schema.DataSchemaCheck;
import io.github.architect.schema.sources.MongoDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The MongoDB collections the code maps ({@code @Document} classes, found by the schema check's own
 * scan), by service, with the fields each class stores: its {@code @Id} as {@code _id}, a
 * {@code @Field("name")} under that name, static, transient and {@code @Transient} fields left out.
 */
final class MappedCollections {

    private static final Set<String> NOT_STORED = Set.of("Transient", "DBRef", "DocumentReference");

    private MappedCollections() {
    }

    static Map<String, List<DraftCollection>> of(CheckContext context, ServiceMapping mapping) {
        DataSchemaCheck check = new DataSchemaCheck();
        Map<String, List<DraftCollection>> byService = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (CodeModule module : context.codebase().modules()) {
            if (!module.holdsCode()) {
                continue;
            }
            for (MongoDocument document : check.schema(context, module).sources().documents()) {
                String service = mapping.serviceOf(module, document.className()).map(Service::name).orElse("");
                if (seen.add(service + " " + document.collection().toLowerCase(Locale.ROOT))) {
                    byService.computeIfAbsent(service, s -> new ArrayList<>())
                            .add(new DraftCollection(document.collection(), fields(document, context.javaSources())));
                }
            }
        }
        return byService;
    }

    /** The stored fields and their Java types, in declaration order; none when the source does not parse. */
    private static Map<String, String> fields(MongoDocument document, JavaSourceIndex index) {
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<TypeDeclaration<?>> type = declaration(document, index);
        if (type.isEmpty()) {
            return fields;
        }
        for (FieldDeclaration field : type.get().getFields()) {
            if (field.isStatic() || field.isTransient()
                    || field.getAnnotations().stream().anyMatch(a -> NOT_STORED.contains(simple(a.getNameAsString())))) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                String name = field.getAnnotationByName("Id").isPresent() ? "_id"
                        : field.getAnnotationByName("Field").flatMap(MappedCollections::literal)
                        .orElse(variable.getNameAsString());
                fields.putIfAbsent(name, variable.getType().asString());
            }
        }
        return fields;
    }

    private static Optional<String> literal(AnnotationExpr annotation) {
        if (annotation.isSingleMemberAnnotationExpr()
                && annotation.asSingleMemberAnnotationExpr().getMemberValue() instanceof StringLiteralExpr value) {
            return Optional.of(value.asString()).filter(s -> !s.isBlank());
        }
        if (annotation.isNormalAnnotationExpr()) {
            return annotation.asNormalAnnotationExpr().getPairs().stream()
                    .filter(p -> p.getNameAsString().equals("value") || p.getNameAsString().equals("name"))
                    .map(p -> p.getValue()).filter(StringLiteralExpr.class::isInstance)
                    .map(v -> ((StringLiteralExpr) v).asString()).filter(s -> !s.isBlank()).findFirst();
        }
        return Optional.empty();
    }

    /** The class in the file the schema scan already parsed through the build's index (no second parse). */
    private static Optional<TypeDeclaration<?>> declaration(MongoDocument document, JavaSourceIndex index) {
        String simple = simple(document.className());
        // the schema check reports unreadable sources; the draft lists the collection without fields
        return index.parse(document.file()).parsed().flatMap(unit -> unit.findAll(TypeDeclaration.class).stream()
                .filter(t -> t.getNameAsString().equals(simple)).findFirst().map(t -> (TypeDeclaration<?>) t));
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1).substring(name.substring(name.lastIndexOf('.') + 1)
                .lastIndexOf('$') + 1);
    }
}
