package io.github.architect.idl;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FieldDefinition;
import graphql.language.FragmentDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition;
import graphql.language.OperationTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.github.architect.model.OperationKind;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The root fields a GraphQL SDL text declares ({@code type Query}, {@code extend type Mutation},
 * root types renamed by a {@code schema} definition), read with graphql-java's parser. A text
 * holding only executable definitions (an example query) declares nothing.
 */
public final class GraphqlSchemaText {

    /** One root field, at a 1-based line and column of the text. */
    public record RootField(OperationKind kind, String name, int line, int column) {
    }

    /**
     * @param error why the text does not parse, or null; then {@code line}/{@code column} place it
     */
    public record Parsed(List<RootField> fields, boolean executable, String error, int line, int column) {

        public Parsed {
            fields = List.copyOf(fields);
        }

        public boolean failed() {
            return error != null;
        }
    }

    private GraphqlSchemaText() {
    }

    public static Parsed parse(String text) {
        Document document;
        try {
            ParserOptions options = ParserOptions.getDefaultSdlParserOptions().transform(b -> b.captureSourceLocation(true));
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(new StringReader(text)).parserOptions(options).build());
        } catch (InvalidSyntaxException e) {
            SourceLocation at = e.getLocation();
            String message = e.getMessage() == null ? "invalid syntax" : e.getMessage().lines().findFirst().orElse("");
            // the line is given separately, counted in the caller's file rather than in this text
            message = message.replaceFirst("\\s+at line \\d+ column \\d+\\.?$", "");
            return new Parsed(List.of(), false, message, at == null ? 1 : Math.max(1, at.getLine()),
                    at == null ? 1 : Math.max(1, at.getColumn()));
        } catch (RuntimeException e) {
            // a defect of the parser must become a finding about this text, never a crash of the build
            return new Parsed(List.of(), false, "cannot be parsed (" + e.getClass().getSimpleName() + ")", 1, 1);
        }
        Map<String, OperationKind> roots = rootTypes(document);
        List<RootField> fields = new ArrayList<>();
        boolean executable = false;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition || definition instanceof FragmentDefinition) {
                executable = true;
            } else if (definition instanceof ObjectTypeDefinition type) {
                OperationKind kind = roots.get(type.getName());
                if (kind == null) {
                    continue;
                }
                for (FieldDefinition field : type.getFieldDefinitions()) {
                    SourceLocation at = field.getSourceLocation();
                    fields.add(new RootField(kind, field.getName(), at == null ? 1 : at.getLine(),
                            at == null ? 1 : at.getColumn()));
                }
            }
        }
        return new Parsed(fields, executable && fields.isEmpty(), null, 0, 0);
    }

    /** Root type names: Query, Mutation and Subscription, unless a schema definition renames them. */
    private static Map<String, OperationKind> rootTypes(Document document) {
        Map<String, OperationKind> roots = new HashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof SchemaDefinition schema) {
                for (OperationTypeDefinition root : schema.getOperationTypeDefinitions()) {
                    OperationKind kind = OperationKind.ofRootType(root.getName().toLowerCase(Locale.ROOT));
                    if (kind != null) {
                        roots.put(root.getTypeName().getName(), kind);
                    }
                }
            }
        }
        if (roots.isEmpty()) {
            for (OperationKind kind : OperationKind.values()) {
                if (kind.isGraphql()) {
                    roots.put(kind.rootType(), kind);
                }
            }
        }
        return roots;
    }
}
